// The impact account editor on the guide's Copenhagen cycling example: lines per km split between
// society and the cyclist, a volume, an investment, and the totals, NPV and IRR that follow.
#include "ImpactAccountEditor.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "UiTestProject.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace balise;
using balise::ui::ImpactAccountEditor;
using balise::ui::ProjectDocument;

TEST_CASE("The impact account editor computes the Copenhagen example and undoes its edits", "[ui][impacts]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("impacts.balise"))));
    Project& project = document.project();
    ImpactAccountEditor editor;
    editor.setDocument(&document);
    const EntityId id = editor.addAccount();
    REQUIRE(id != NoId);

    // Health benefit 0.23 (society) and 0.50 (cyclist), accident cost 0.07 and 0.03 per km.
    const QList<std::tuple<QString, QString, QString>> lines{
        {QStringLiteral("Santé"), QStringLiteral("0.23"), QStringLiteral("Society")},
        {QStringLiteral("Santé"), QStringLiteral("0.5"), QStringLiteral("User")},
        {QStringLiteral("Accidents"), QStringLiteral("-0.07"), QStringLiteral("Society")},
        {QStringLiteral("Accidents"), QStringLiteral("-0.03"), QStringLiteral("User")}};
    for (int r = 0; r < lines.size(); ++r) {
        editor.addLine();
        QTableWidget* table = editor.lines();
        REQUIRE(table->rowCount() == r + 1);
        table->item(r, 0)->setText(std::get<0>(lines[r]));
        table->item(r, 1)->setText(std::get<1>(lines[r]));
        table->item(r, 2)->setText(std::get<2>(lines[r]));
    }
    // One million km in the project's period, and an investment of 400,000.
    editor.volumes()->item(0, 0)->setText(QStringLiteral("1000000"));
    QLineEdit* investment = nullptr;
    for (QLabel* label : editor.findChildren<QLabel*>())
        if (label->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Investment")))
            investment = qobject_cast<QLineEdit*>(label->buddy());
    REQUIRE(investment);
    investment->setText(QStringLiteral("400000"));
    Q_EMIT investment->editingFinished();

    const QString results = editor.results()->text();
    INFO(results.toStdString());
    CHECK(results.contains(QStringLiteral("0.16 for society, 0.47 for the user, 0.63 in all")));
    // 630,000 after one period at 4 %: NPV = −400,000 + 630,000 / 1.04 = 205,769.23.
    CHECK(results.contains(QStringLiteral("205,769.23")));
    CHECK(results.contains(QStringLiteral("Internal rate of return: 57.5 %")));

    // Refused text changes nothing; undo all the way removes the account again.
    editor.lines()->item(0, 1)->setText(QStringLiteral("beaucoup"));
    CHECK(project.impactAccounts().constLast().lines[0].valuePerUnit == Catch::Detail::Approx(0.23));
    while (document.undoStack().canUndo())
        document.undoStack().undo();
    CHECK(project.impactAccounts().size() == 1); // the test project's own account only
    while (document.undoStack().canRedo())
        document.undoStack().redo();
    CHECK(project.impactAccounts().size() == 2);
    CHECK(project.impactAccounts().constLast().lines.size() == 4);

    editor.showAccount(project.impactAccounts().constLast().id);
    editor.removeAccount();
    CHECK(project.impactAccounts().size() == 1);
    document.undoStack().undo();
    CHECK(project.impactAccounts().size() == 2);
    CHECK(project.impactAccounts().constLast().investment == 400000.0);
}
