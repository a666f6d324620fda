// A name with markup ("<b>Covoiturage</b>", a service of the UI test project) shows as typed in every
// view of the workbench and in every report: labels that show it are plain text, or rich text that
// carries it escaped; the PDF reports print it literally.
#include "MainWindow.h"
#include "ProjectTreeModel.h"
#include "ProjectTreeView.h"
#include "UiTestProject.h"
#include "reports/ReportExport.h"
#include "reports/ReportLayout.h"

#include <QLabel>
#include <QProcess>
#include <QTextBrowser>
#include <QTextDocument>
#include <catch2/catch.hpp>

using namespace balise;
using namespace balise::ui;

namespace {

QList<ProjectItemRef> everyItem(const ProjectTreeModel& model, const QModelIndex& parent = QModelIndex())
{
    QList<ProjectItemRef> items;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        items.append(model.itemAt(index));
        items.append(everyItem(model, index));
    }
    return items;
}

// What a label shows a user: its text as typed when plain, the text its markup renders when rich.
QString shown(const QLabel& label)
{
    if (label.textFormat() == Qt::PlainText)
        return label.text();
    QTextDocument document;
    document.setHtml(label.text());
    return document.toPlainText();
}

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("A name with markup shows as typed in every view of the workbench", "[ui][markup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("markup.balise"));
    test::createUiTestProject(path);
    MainWindowOptions options;
    options.rememberState = false;
    MainWindow window(options);
    REQUIRE(window.openProject(path));
    window.show();
    const QString name = test::markupServiceName();
    int labelsWithName = 0, itemsSeen = 0;
    for (const ProjectItemRef& item : everyItem(*window.treeModel())) {
        if (!window.selectItem(item))
            continue;
        ++itemsSeen;
        QCoreApplication::processEvents();
        for (const QLabel* label : window.findChildren<QLabel*>()) {
            if (!label->isVisible())
                continue;
            // (The impact account "Covoiturage : effets" carries the word without markup.)
            const QString text = shown(*label).remove(QStringLiteral("Covoiturage : effets"));
            // The bare word without its tags would mean the markup was interpreted.
            if (text.contains(QStringLiteral("Covoiturage"))) {
                INFO("label " << label->objectName().toStdString() << ": " << label->text().toStdString());
                CHECK(text.contains(name));
                ++labelsWithName;
            }
        }
        for (const QTextBrowser* browser : window.findChildren<QTextBrowser*>()) {
            if (!browser->isVisible())
                continue;
            const QString text = browser->toPlainText().remove(QStringLiteral("Covoiturage : effets"));
            if (text.contains(QStringLiteral("Covoiturage"))) {
                INFO("document " << browser->objectName().toStdString());
                CHECK(text.contains(name));
            }
        }
    }
    CHECK(itemsSeen > 20);
    CHECK(labelsWithName >= 1);
}

TEST_CASE("A name with markup prints literally in every report", "[ui][markup][report]")
{
    QTemporaryDir dir;
    const auto project = test::createUiTestProject(dir.filePath(QStringLiteral("markup.balise")));
    const QString name = test::markupServiceName();
    QString error;
    std::vector<std::unique_ptr<ReportLayout>> layouts;
    layouts.push_back(ReportExport::serviceScorecard(*project, name, QString(), error));
    layouts.push_back(ReportExport::comparison(*project, {}, QString(), nullptr, error));
    layouts.push_back(ReportExport::evolution(*project, name, error));
    layouts.push_back(ReportExport::impacts(*project));
    layouts.push_back(ReportExport::frameworkDocument(*project));
    int withName = 0;
    for (std::size_t i = 0; i < layouts.size(); ++i) {
        INFO("report " << i << " " << error.toStdString());
        REQUIRE(layouts[i]);
        const QString pdf = dir.filePath(QStringLiteral("report-%1.pdf").arg(i));
        REQUIRE(ReportExport::writePdf(*layouts[i], QStringLiteral("Test"), pdf, error) >= 1);
        const QString text = pdfText(pdf).remove(QStringLiteral("Covoiturage : effets"));
        if (text.contains(QStringLiteral("Covoiturage"))) {
            CHECK(text.contains(name));
            ++withName;
        }
    }
    // The scorecard, the comparison and the evolution are about the service.
    CHECK(withName >= 3);
}
