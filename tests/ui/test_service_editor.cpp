// The data service editor: every attribute edited, undone, a refused name, adding and removing.
#include "Project.h"
#include "ProjectDocument.h"
#include "ServiceEditor.h"
#include "UiTestProject.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace balise;
using balise::ui::ProjectDocument;
using balise::ui::ServiceEditor;

namespace {

QLineEdit* lineAfterLabel(ServiceEditor& editor, const QString& label)
{
    for (QLabel* l : editor.findChildren<QLabel*>())
        if (l->text().remove(QLatin1Char('&')) == label)
            return qobject_cast<QLineEdit*>(l->buddy());
    return nullptr;
}

} // namespace

TEST_CASE("The service editor writes each attribute, undoably, and refuses a taken name", "[ui][services]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("services.balise"))));
    const Project& project = document.project();
    ServiceEditor editor;
    editor.setDocument(&document);
    const EntityId bikes = project.data().findServiceByName(QStringLiteral("Vélo libre"))->id;
    editor.showService(bikes);

    QLineEdit* operatorField = lineAfterLabel(editor, QStringLiteral("Operator:"));
    REQUIRE(operatorField);
    operatorField->setText(QStringLiteral("Régie des mobilités"));
    Q_EMIT operatorField->editingFinished();
    CHECK(project.data().findService(bikes)->operatorName == QStringLiteral("Régie des mobilités"));

    // Postures and destabilisation ratings.
    QCheckBox* investor = nullptr;
    for (QCheckBox* box : editor.findChildren<QCheckBox*>())
        if (box->property("posture").toInt() == static_cast<int>(Posture::Investor))
            investor = box;
    REQUIRE(investor);
    investor->setChecked(true);
    CHECK(project.data().findService(bikes)->hasPosture(Posture::Investor));
    QComboBox* audience = nullptr;
    for (QComboBox* box : editor.findChildren<QComboBox*>())
        if (box->count() == 6) // not assessed, 0…4
            audience = audience ? audience : box;
    REQUIRE(audience);
    audience->setCurrentIndex(audience->findData(3));
    Q_EMIT audience->activated(audience->currentIndex());
    CHECK(project.data().findService(bikes)->destabilisation[0] == 3);

    REQUIRE(document.undoStack().count() == 3);
    document.undoStack().undo();
    CHECK_FALSE(project.data().findService(bikes)->destabilisation[0].has_value());
    CHECK(audience->currentData().toInt() == -1); // the form follows the undo

    // A name already taken: refused, said, and the field shows the stored name again.
    QLineEdit* name = lineAfterLabel(editor, QStringLiteral("Name:"));
    REQUIRE(name);
    name->setText(test::markupServiceName());
    Q_EMIT name->editingFinished();
    CHECK(project.data().findService(bikes)->name == QStringLiteral("Vélo libre"));
    CHECK(name->text() == QStringLiteral("Vélo libre"));
}

TEST_CASE("Adding a service, and removing one with its measurements after asking", "[ui][services]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("add.balise"))));
    const Project& project = document.project();
    ServiceEditor editor;
    editor.setDocument(&document);
    const EntityId added = editor.addService();
    REQUIRE(added != NoId);
    CHECK(project.data().findService(added)->name == QStringLiteral("New service"));
    CHECK(editor.addService() != NoId);
    CHECK(project.data().findServiceByName(QStringLiteral("New service 2")) != nullptr);

    const EntityId carpool = project.data().findServiceByName(test::markupServiceName())->id;
    const auto before = project.measurements();
    QStringList asked;
    bool answer = false;
    editor.setConfirmation([&](const QString& question) {
        asked.append(question);
        return answer;
    });
    editor.showService(carpool);
    editor.removeService();
    CHECK(asked.size() == 1);
    CHECK(project.data().findService(carpool) != nullptr);
    answer = true;
    editor.removeService();
    CHECK(project.data().findService(carpool) == nullptr);
    document.undoStack().undo();
    CHECK(project.data().findService(carpool) != nullptr);
    CHECK(project.measurements() == before);
}
