// Names with markup show as typed in every view of the workbench and in every report: a service of the
// UI test project ("<b>Covoiturage</b>"), and here also the project's title, an objective, an indicator
// and a period. Labels and tooltips that show them are plain text, or rich text that carries them
// escaped; the PDF reports print them literally.
#include "MainWindow.h"
#include "Project.h"
#include "ProjectTreeModel.h"
#include "ProjectTreeView.h"
#include "UiTestProject.h"
#include "reports/ReportExport.h"
#include "reports/ReportLayout.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QProcess>
#include <QSet>
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

// What a tooltip shows: Qt renders it as rich text when it looks like markup, as QToolTip does.
QString shownToolTip(const QString& toolTip)
{
    if (!Qt::mightBeRichText(toolTip))
        return toolTip;
    QTextDocument document;
    document.setHtml(toolTip);
    return document.toPlainText();
}

// Every tooltip of a model: its items' (in a tree, their children's too) and its headers'.
QStringList toolTipsOf(const QAbstractItemModel& model, const QModelIndex& parent = QModelIndex())
{
    QStringList tips;
    if (!parent.isValid()) {
        for (int column = 0; column < model.columnCount(); ++column)
            tips.append(model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
        for (int row = 0; row < model.rowCount(); ++row)
            tips.append(model.headerData(row, Qt::Vertical, Qt::ToolTipRole).toString());
    }
    for (int row = 0; row < model.rowCount(parent); ++row)
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex index = model.index(row, column, parent);
            tips.append(model.data(index, Qt::ToolTipRole).toString());
            if (column == 0)
                tips.append(toolTipsOf(model, index));
        }
    return tips;
}

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// A name as typed and the text its markup would render to: a view that shows the rendered text anywhere
// outside the typed name interpreted the markup.
struct MarkedName
{
    QString typed;
    QString rendered;
};

QList<MarkedName> markedNames()
{
    return {{test::markupServiceName(), QStringLiteral("Covoiturage")},
            {QStringLiteral("<i>Val d'Essai</i> 2026"), QStringLiteral("Val d'Essai 2026")},
            {QStringLiteral("<i>Mobilité</i> pour tous"), QStringLiteral("Mobilité pour tous")},
            {QStringLiteral("Trajets <u>partagés</u> par mois"), QStringLiteral("Trajets partagés par mois")},
            {QStringLiteral("<b>Bilan</b> final"), QStringLiteral("Bilan final")}};
}

std::unique_ptr<Project> createMarkedProject(const QString& path)
{
    auto project = test::createUiTestProject(path);
    const QList<MarkedName> names = markedNames();
    ProjectInfo info = project->info();
    info.title = names[1].typed;
    project->setInfo(info);
    FrameworkNode objective = *project->framework().findByCode(QStringLiteral("O1"));
    objective.name = names[2].typed;
    project->updateNode(objective);
    FrameworkNode indicator = *project->framework().findByCode(QStringLiteral("I111"));
    indicator.name = names[3].typed;
    project->updateNode(indicator);
    Period period = Period::fromLabel(names[4].typed);
    project->addPeriod(period);
    return project;
}

// The names a text shows as typed; throws the test when it shows one rendered.
QSet<QString> namesShownIn(QString text, const std::string& where)
{
    // (The impact account "Covoiturage : effets" carries the service's word without markup.)
    text.remove(QStringLiteral("Covoiturage : effets"));
    QSet<QString> shownAsTyped;
    for (const MarkedName& name : markedNames()) {
        if (text.contains(name.typed))
            shownAsTyped.insert(name.typed);
        INFO(where << " shows \"" << name.rendered.toStdString() << "\" rendered: " << text.toStdString());
        CHECK_FALSE(QString(text).remove(name.typed).contains(name.rendered));
    }
    return shownAsTyped;
}

} // namespace

TEST_CASE("A name with markup shows as typed in every view of the workbench", "[ui][markup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("markup.balise"));
    createMarkedProject(path);
    MainWindowOptions options;
    options.rememberState = false;
    MainWindow window(options);
    REQUIRE(window.openProject(path));
    window.show();
    int itemsSeen = 0;
    QSet<QString> shownInLabels, shownInDocuments, shownInToolTips;
    for (const ProjectItemRef& item : everyItem(*window.treeModel())) {
        if (!window.selectItem(item))
            continue;
        ++itemsSeen;
        QCoreApplication::processEvents();
        for (const QLabel* label : window.findChildren<QLabel*>()) {
            if (label->isVisible())
                shownInLabels |= namesShownIn(shown(*label), "label " + label->objectName().toStdString());
        }
        for (const QTextBrowser* browser : window.findChildren<QTextBrowser*>()) {
            if (browser->isVisible())
                shownInDocuments |=
                    namesShownIn(browser->toPlainText(), "document " + browser->objectName().toStdString());
        }
        for (const QAbstractItemView* view : window.findChildren<QAbstractItemView*>()) {
            if (!view->isVisible() || !view->model())
                continue;
            for (const QString& tip : toolTipsOf(*view->model()))
                shownInToolTips |= namesShownIn(shownToolTip(tip), "tooltip in " + view->objectName().toStdString());
        }
        for (const QWidget* widget : window.findChildren<QWidget*>()) {
            if (widget->isVisible() && !widget->toolTip().isEmpty())
                shownInToolTips |=
                    namesShownIn(shownToolTip(widget->toolTip()), "tooltip of " + widget->objectName().toStdString());
        }
    }
    CHECK(itemsSeen > 20);
    // Tooltips give names whole where a column is too narrow: the service, the objective, the indicator.
    for (const int marked : {0, 2, 3}) {
        INFO(markedNames()[marked].typed.toStdString());
        CHECK(shownInToolTips.contains(markedNames()[marked].typed));
    }
    // Each name was shown somewhere, so the checks above had something to look at.
    for (const MarkedName& name : markedNames()) {
        INFO(name.typed.toStdString());
        CHECK((shownInLabels.contains(name.typed) || shownInDocuments.contains(name.typed)));
    }
}

TEST_CASE("A name with markup prints literally in every report", "[ui][markup][report]")
{
    QTemporaryDir dir;
    const auto project = createMarkedProject(dir.filePath(QStringLiteral("markup.balise")));
    const QString name = test::markupServiceName();
    QString error;
    std::vector<std::unique_ptr<ReportLayout>> layouts;
    layouts.push_back(ReportExport::serviceScorecard(*project, name, QString(), error));
    layouts.push_back(ReportExport::comparison(*project, {}, QString(), nullptr, error));
    layouts.push_back(ReportExport::evolution(*project, name, error));
    layouts.push_back(ReportExport::impacts(*project));
    layouts.push_back(ReportExport::frameworkDocument(*project));
    int withName = 0;
    QSet<QString> printed;
    for (std::size_t i = 0; i < layouts.size(); ++i) {
        INFO("report " << i << " " << error.toStdString());
        REQUIRE(layouts[i]);
        const QString pdf = dir.filePath(QStringLiteral("report-%1.pdf").arg(i));
        REQUIRE(ReportExport::writePdf(*layouts[i], QStringLiteral("Test"), pdf, error) >= 1);
        // (pdftotext breaks lines where the page does: a name broken across lines is neither form.)
        const QSet<QString> names = namesShownIn(pdfText(pdf), "report " + std::to_string(i));
        if (names.contains(name))
            ++withName;
        printed |= names;
    }
    for (const MarkedName& marked : markedNames()) {
        INFO(marked.typed.toStdString());
        CHECK(printed.contains(marked.typed));
    }
    // The scorecard, the comparison and the evolution are about the service.
    CHECK(withName >= 3);
}
