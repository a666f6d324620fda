// Printed reports: what the scorecard holds (from the evaluation), and markup in a service's name
// printed literally.
#include "CsvReader.h"
#include "Evaluation.h"
#include "EvaluationBuilder.h"
#include "ExportDataDialog.h"
#include "FrameworkCsvReader.h"
#include "MeasurementCsvReader.h"
#include "ProjectDocument.h"
#include "ServiceComparison.h"
#include "ServiceCsvReader.h"
#include "ServiceScorecard.h"
#include "TestSupport.h"
#include "UiTestProject.h"
#include "UncertaintyAnalysis.h"
#include "reports/ReportBlocks.h"
#include "reports/ReportExport.h"
#include "reports/ReportLayout.h"
#include "reports/ReportPreview.h"
#include "reports/ReportsView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>

#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QWheelEvent>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

using namespace balise;

namespace {

// What pdfinfo says of the first `pages` pages of `pdf`: their count and each page's size.
QString pdfInfo(const QString& pdf, int pages)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"),
                  {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QString::number(pages), pdf});
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("The scorecard of a sample service holds its evaluation", "[ui][report]")
{
    QTemporaryDir dir;
    const auto project = test::createSampleProject(dir.filePath(QStringLiteral("sample.balise")));
    const EvaluationSetup setup = EvaluationBuilder::build(project->data());
    const engine::EvaluationResult result = engine::evaluate(setup.input);
    const int last = result.periods - 1;
    const ServiceScorecard card = ServiceScorecardBuilder::build(*project, setup, result, last, 0);
    CHECK(card.serviceName == setup.serviceNames[0]);
    CHECK(card.periodLabel == setup.periodLabels[last]);
    CHECK(card.previousPeriodLabel == setup.periodLabels[last - 1]);
    CHECK(card.overall.score == Approx(result.score(last, 0, 0)));
    CHECK(card.rank == result.rank(last, 0, 0));
    CHECK(card.objectives.size() == 6);
    CHECK(card.sections.size() == 6);
    CHECK(card.overallTrend.size() == static_cast<size_t>(result.periods));
    // Strongest above weakest, none on both lists, at most three each.
    REQUIRE_FALSE(card.strongest.isEmpty());
    REQUIRE_FALSE(card.weakest.isEmpty());
    CHECK(card.strongest.size() <= 3);
    CHECK(card.strongest.constLast().score >= card.weakest.constLast().score);
    for (const ScorecardLine& strong : card.strongest)
        for (const ScorecardLine& weak : card.weakest)
            CHECK(strong.code != weak.code);
    // What is watched is red, falling or behind, and every red indicator is watched.
    for (const ScorecardLine& l : card.watch)
        CHECK((l.light == engine::Light::Red || l.change <= -ServiceScorecard::watchDrop ||
               l.pace == engine::Pace::Behind));
    for (const ScorecardSection& section : card.sections)
        for (const ScorecardLine& l : section.lines)
            if (l.kind == NodeKind::Indicator && l.light == engine::Light::Red)
                CHECK(std::any_of(card.watch.cbegin(), card.watch.cend(),
                                  [&](const ScorecardLine& w) { return w.code == l.code; }));
    // The indicator I111 shows its value with its unit and its target.
    const auto& lines = card.sections[0].lines;
    const auto i111 = std::find_if(lines.cbegin(), lines.cend(),
                                   [](const ScorecardLine& l) { return l.code == QLatin1String("I111"); });
    REQUIRE(i111 != lines.cend());
    CHECK(i111->valueText.endsWith(QStringLiteral("kWh/an")));
    CHECK(i111->targetText.endsWith(QStringLiteral("kWh/an")));
}

TEST_CASE("A service's name with markup prints literally in its scorecard", "[ui][report]")
{
    QTemporaryDir dir;
    const auto project = test::createUiTestProject(dir.filePath(QStringLiteral("markup.balise")));
    QString error;
    const auto layout = ui::ReportExport::serviceScorecard(*project, test::markupServiceName(), QString(), error);
    INFO(error.toStdString());
    REQUIRE(layout);
    const QString pdf = dir.filePath(QStringLiteral("markup.pdf"));
    REQUIRE(ui::ReportExport::writePdf(*layout, test::markupServiceName(), pdf, error) >= 1);
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    CHECK(text.contains(test::markupServiceName()));
}

TEST_CASE("The comparison ranks the chosen services and takes rank intervals from a matching analysis", "[ui][report]")
{
    QTemporaryDir dir;
    const auto project = test::createSampleProject(dir.filePath(QStringLiteral("sample.balise")));
    const EvaluationSetup setup = EvaluationBuilder::build(project->data());
    const engine::EvaluationResult result = engine::evaluate(setup.input);
    const int last = result.periods - 1;

    const ServiceComparison all = ServiceComparisonBuilder::build(*project, setup, result, last, {}, nullptr);
    REQUIRE(all.rows.size() == 3);
    CHECK(all.replications == 0);
    for (qsizetype i = 1; i < all.rows.size(); ++i)
        CHECK(all.rows[i - 1].rank <= all.rows[i].rank);
    CHECK(all.rows.first().score == Approx(result.score(last, 0, all.rows.first().service)));
    CHECK(all.objectiveCodes.size() == 6);
    CHECK(all.rows.first().objectiveScores.size() == 6);

    UncertaintyRequest request;
    request.period = last;
    request.replications = 60;
    const UncertaintyOutcome outcome = UncertaintyAnalysis::run(setup, request);
    const ServiceComparison two = ServiceComparisonBuilder::build(*project, setup, result, last, {2, 0}, &outcome);
    REQUIRE(two.rows.size() == 2);
    CHECK(two.allServices == 3);
    CHECK(two.replications == 60);
    for (const ComparisonRow& row : two.rows) {
        CHECK(row.hasInterval);
        CHECK(row.rankLow <= row.rankHigh);
        CHECK(row.rankLow >= 1);
        CHECK(row.rankHigh <= 3);
    }
    // An analysis of another period gives no interval.
    const ServiceComparison earlier = ServiceComparisonBuilder::build(*project, setup, result, last - 1, {}, &outcome);
    CHECK(earlier.replications == 0);
    CHECK_FALSE(earlier.rows.first().hasInterval);
}

TEST_CASE("The Reports view previews the report it is set to and exports it", "[ui][report]")
{
    QTemporaryDir dir;
    ui::ProjectDocument document(test::createSampleProject(dir.filePath(QStringLiteral("sample.balise"))));
    ui::ReportsView view;
    view.resize(900, 700);
    view.setDocument(&document);
    view.show();
    QCoreApplication::processEvents();
    CHECK(view.serviceBox()->count() == 3);
    CHECK(view.periodBox()->currentText() == QStringLiteral("2026"));
    CHECK(view.previewPages() >= 2);

    view.showScorecard(QStringLiteral("Boucle solaire Les Coteaux"), QStringLiteral("2025"));
    CHECK(view.kind() == ui::ReportsView::Kind::Scorecard);
    CHECK(view.serviceBox()->currentText() == QStringLiteral("Boucle solaire Les Coteaux"));
    const QString scorecard = dir.filePath(QStringLiteral("scorecard.pdf"));
    CHECK(view.exportTo(scorecard).isEmpty());
    CHECK(test::readBytes(scorecard).startsWith("%PDF-"));

    // The comparison of two ticked services.
    view.showKind(ui::ReportsView::Kind::Comparison);
    CHECK(view.servicesList()->isVisibleTo(&view));
    CHECK_FALSE(view.serviceBox()->isVisibleTo(&view));
    view.servicesList()->item(0)->setCheckState(Qt::Checked);
    view.servicesList()->item(2)->setCheckState(Qt::Checked);
    QString error;
    REQUIRE(view.makeReport(error));
    const QString comparison = dir.filePath(QStringLiteral("comparison.pdf"));
    CHECK(view.exportTo(comparison).isEmpty());
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {comparison, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    CHECK(QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral("Comparison of 2 services")));
    // A file that cannot be written: the reason, nothing else.
    CHECK_FALSE(view.exportTo(dir.filePath(QStringLiteral("missing/comparison.pdf"))).isEmpty());
}

TEST_CASE("The impact accounts report computes each account", "[ui][report]")
{
    QTemporaryDir dir;
    const auto project = test::createUiTestProject(dir.filePath(QStringLiteral("impacts.balise")));
    REQUIRE_FALSE(project->impactAccounts().isEmpty());
    const auto layout = ui::ReportExport::impacts(*project);
    const QString pdf = dir.filePath(QStringLiteral("impacts.pdf"));
    QString error;
    REQUIRE(ui::ReportExport::writePdf(*layout, QStringLiteral("impacts"), pdf, error) >= 1);
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    CHECK(text.contains(project->impactAccounts().first().name));
    CHECK(text.contains(QStringLiteral("Net present value")));
    CHECK(text.contains(QStringLiteral("Per unit")));
}

TEST_CASE("Export data writes the measurements, results and framework, and refuses an unwritable file", "[ui][export]")
{
    QTemporaryDir dir;
    ui::ProjectDocument document(test::createSampleProject(dir.filePath(QStringLiteral("sample.balise"))));
    ui::ExportDataDialog dialog(document);
    // Proposed beside the project, in the French spreadsheet dialect first.
    CHECK(dialog.pathEdit()->text().endsWith(QStringLiteral(".csv")));
    const QString measurements = dir.filePath(QStringLiteral("m.csv"));
    dialog.pathEdit()->setText(measurements);
    REQUIRE(dialog.exportFile());
    CHECK(test::readBytes(measurements).startsWith("\xEF\xBB\xBFservice;indicator;period;value"));

    dialog.setWhat(ui::ExportDataDialog::What::Results);
    dialog.dialectBox()->setCurrentIndex(dialog.dialectBox()->findData(QStringLiteral("comma")));
    const QString results = dir.filePath(QStringLiteral("r.csv"));
    dialog.pathEdit()->setText(results);
    REQUIRE(dialog.exportFile());
    CHECK(test::readBytes(results).startsWith("period,service,node,name,level,score"));

    dialog.setWhat(ui::ExportDataDialog::What::Framework);
    const QString framework = dir.filePath(QStringLiteral("f.csv"));
    dialog.pathEdit()->setText(framework);
    REQUIRE(dialog.exportFile());
    CHECK(test::readText(framework).contains(QStringLiteral("Résilience du système électrique")));

    dialog.pathEdit()->setText(dir.filePath(QStringLiteral("missing/f.csv")));
    CHECK_FALSE(dialog.exportFile());
    CHECK_FALSE(dialog.refusal().isEmpty());
}

TEST_CASE("A report turns the page to landscape for a wide table and back", "[ui][report]")
{
    QTemporaryDir dir;
    ui::ReportLayout layout({QStringLiteral("Territoire"), QStringLiteral("Titre"), QStringLiteral("Essai"), {}});
    layout.emplace<ui::TextBlock>(QStringLiteral("portrait"));
    layout.pageBreak(true);
    layout.emplace<ui::TextBlock>(QStringLiteral("landscape"));
    layout.pageBreak();
    layout.emplace<ui::TextBlock>(QStringLiteral("portrait again"));
    CHECK(ui::ReportLayout::contentWidth(true) > ui::ReportLayout::contentWidth());
    const QString pdf = dir.filePath(QStringLiteral("turned.pdf"));
    QString error;
    REQUIRE(ui::ReportExport::writePdf(layout, QStringLiteral("turned"), pdf, error) == 3);
    const QString info = pdfInfo(pdf, 3);
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page +1 size: +595 x 842 pts"))));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page +2 size: +842 x 595 pts"))));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page +3 size: +595 x 842 pts"))));
}

namespace {

// A project of ten objectives, one indicator each, and two services measured on all of them: more
// objectives than a portrait page's table holds, so that the comparison turns a page.
std::unique_ptr<Project> createWideProject(const QString& path)
{
    ProjectInfo info;
    info.title = QStringLiteral("Dix objectifs");
    auto project = Project::create(path, info);
    QByteArray framework = "level,code,parent,name,weight,direction,unit,baseline,target\n";
    QByteArray values = "service,indicator,period,value\n";
    for (int o = 1; o <= 10; ++o) {
        const QByteArray n = QByteArray::number(o);
        framework += "objective,O" + n + ",,Objectif " + n + ",1,,,,\n";
        framework += "indicator,I" + n + ",O" + n + ",Indicateur " + n + ",1,higher,%,0,100\n";
        values += "A,I" + n + ",2026," + QByteArray::number(30 + 5 * o) + "\n";
        values += "B,I" + n + ",2026," + QByteArray::number(80 - 3 * o) + "\n";
    }
    const FrameworkImportPlan plan = FrameworkCsvReader::readBytes(framework);
    REQUIRE(plan.ok());
    project->addNodes(plan.nodes);
    const ServiceImportPlan services = ServiceCsvReader::read(CsvReader().parse("service,operator\nA,Op A\nB,Op B\n"));
    REQUIRE(services.ok());
    project->importServices(services, false);
    const MeasurementImportPlan measured = MeasurementCsvReader::readBytes(values, project->framework());
    REQUIRE(measured.ok());
    project->importMeasurements(measured.rows, false);
    return project;
}

// A Reports view, not yet shown, over a project made from the sample's files.
struct SampleReportsView
{
    QTemporaryDir dir;
    ui::ProjectDocument document{test::createSampleProject(dir.filePath(QStringLiteral("sample.balise")))};
    ui::ReportsView view;
    SampleReportsView()
    {
        view.resize(800, 700);
        view.setDocument(&document);
    }
};

QStringList* capturedWarnings = nullptr;

void captureWarning(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (capturedWarnings && type != QtDebugMsg && type != QtInfoMsg)
        capturedWarnings->append(message);
}

} // namespace

TEST_CASE("The report preview shows a landscape page the way round it prints", "[ui][report]")
{
    QTemporaryDir dir;
    ui::ProjectDocument document(createWideProject(dir.filePath(QStringLiteral("wide.balise"))));
    QStringList warnings;
    capturedWarnings = &warnings;
    const QtMessageHandler previous = qInstallMessageHandler(captureWarning);
    ui::ReportsView view;
    view.resize(700, 900);
    view.setDocument(&document);
    view.show();
    view.showKind(ui::ReportsView::Kind::Comparison);
    QCoreApplication::processEvents();
    qInstallMessageHandler(previous);
    capturedWarnings = nullptr;
    // A guard against going back to a preview through a QPrinter: QPrintPreviewWidget's printer refused
    // to turn the page ("Cannot be changed while printer is
    // active") and drew the wide table cut off on a portrait page.
    const QString printerWarnings = warnings.filter(QStringLiteral("printer"), Qt::CaseInsensitive).join(u'\n');
    CHECK(printerWarnings.toStdString().empty());

    // The same pages as the PDF: a portrait page, then the table of ten objectives on a landscape one.
    REQUIRE(view.previewPages() == 2);
    const ui::ReportPreview& preview = *view.preview();
    CHECK_FALSE(preview.page(0).landscape);
    CHECK(preview.page(1).landscape);
    const QString pdf = dir.filePath(QStringLiteral("comparison.pdf"));
    REQUIRE(view.exportTo(pdf).isEmpty());
    const QString info = pdfInfo(pdf, 2);
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages: +2\\b"))));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page +2 size: +842 x 595 pts"))));

    // Drawn to scale: the landscape page as wide as the widest fits, the portrait page narrower.
    const QRectF portrait = preview.pageRect(0);
    const QRectF landscape = preview.pageRect(1);
    CHECK(portrait.height() > portrait.width());
    CHECK(landscape.width() > landscape.height());
    CHECK(landscape.width() == Approx(portrait.height()).epsilon(0.01));
    CHECK(landscape.width() <= preview.viewport()->width());
    CHECK(landscape.top() > portrait.bottom());

    // What a user sees of page 2: its table's last column (O10) is drawn, right of where a portrait
    // page would end. Scrolled to it, the page's right-hand part holds ink, not only white paper.
    ui::ReportPreview& scrolled = *view.preview();
    scrolled.verticalScrollBar()->setValue(static_cast<int>(landscape.top()));
    const QRectF shown = scrolled.pageRect(1);
    const QImage image = scrolled.viewport()->grab().toImage();
    // In the image's own pixels, which a scaled screen makes more than the widget's.
    const double dpr = image.devicePixelRatio();
    const double s = scrolled.scale();
    const int left = static_cast<int>((shown.left() + portrait.width()) * dpr);
    const int right = std::min(image.width(), static_cast<int>((shown.right() - 40 * s) * dpr));
    const int top = std::max(0, static_cast<int>(shown.top() * dpr));
    const int bottom = std::min(image.height(), static_cast<int>((shown.top() + 200 * s) * dpr));
    REQUIRE(left < right);
    REQUIRE(top < bottom);
    int inked = 0;
    for (int x = left; x < right; ++x)
        for (int y = top; y < bottom; ++y)
            if (qGray(image.pixel(x, y)) < 128)
                ++inked;
    CHECK(inked > 50);
}

TEST_CASE("Printing from the menu previews the pages the way round they print", "[ui][report]")
{
    QTemporaryDir dir;
    ui::ProjectDocument document(createWideProject(dir.filePath(QStringLiteral("wide.balise"))));
    ui::ReportsView view;
    view.setDocument(&document);
    view.showKind(ui::ReportsView::Kind::Comparison);
    int pages = -1;
    bool turned = false;
    QStringList buttons;
    // The dialog is modal: it is read, and closed, from the event loop it runs (the view as context:
    // should the dialog not open, the timer dies with the view).
    QTimer::singleShot(0, &view, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        CHECK(dialog);
        if (!dialog)
            return;
        if (const auto* preview = dialog->findChild<ui::ReportPreview*>()) {
            pages = preview->pageCount();
            turned = pages == 2 && preview->page(1).landscape;
        }
        for (const QPushButton* button : dialog->findChildren<QPushButton*>())
            buttons.append(button->text());
        dialog->close();
    });
    view.printWithPreview();
    CHECK(pages == 2);
    CHECK(turned);
    CHECK(buttons.contains(ui::ReportsView::tr("&Print…")));
}

TEST_CASE("The report preview zooms with Ctrl and fits the width again with Ctrl+0", "[ui][report]")
{
    SampleReportsView sample;
    ui::ReportsView& view = sample.view;
    view.show();
    QCoreApplication::processEvents();
    ui::ReportPreview& preview = *view.preview();
    REQUIRE(preview.pageCount() >= 2);
    const QRectF fitted = preview.pageRect(0);
    CHECK(fitted.left() >= 0);
    CHECK(fitted.right() <= preview.viewport()->width());
    CHECK(preview.horizontalScrollBar()->maximum() == 0); // fitted: nothing to scroll across

    auto* zoomIn = preview.findChild<QAction*>(QStringLiteral("zoomIn"));
    auto* fitWidth = preview.findChild<QAction*>(QStringLiteral("fitWidth"));
    REQUIRE(zoomIn);
    REQUIRE(fitWidth);
    CHECK(zoomIn->shortcuts().contains(QKeySequence(QKeySequence::ZoomIn)));
    CHECK(zoomIn->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Equal)));
    CHECK(fitWidth->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_0));

    // Page 2 in the middle of the view; zoomed in, the same point of page 2 stays there.
    const QRectF second = preview.pageRect(1);
    preview.verticalScrollBar()->setValue(
        static_cast<int>(second.top() + second.height() / 2 - preview.viewport()->height() / 2.0));
    const double down = (preview.viewport()->height() / 2.0 - preview.pageRect(1).top()) / preview.scale();
    zoomIn->trigger();
    CHECK(preview.zoom() == Approx(1.25));
    CHECK((preview.viewport()->height() / 2.0 - preview.pageRect(1).top()) / preview.scale() ==
          Approx(down).margin(2.0));
    // A wheel notch with Ctrl, then half a notch (a touchpad's step).
    auto wheel = [&](int delta) {
        const QPointF at(100, 100);
        QWheelEvent event(at, preview.viewport()->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(preview.viewport(), &event);
    };
    wheel(120);
    CHECK(preview.zoom() == Approx(1.25 * 1.25));
    wheel(60);
    CHECK(preview.zoom() == Approx(1.25 * 1.25 * std::sqrt(1.25)));
    CHECK(preview.pageRect(0).width() > fitted.width() * 1.5);
    CHECK(preview.horizontalScrollBar()->maximum() > 0); // wider than the view: it scrolls across

    fitWidth->trigger();
    CHECK(preview.zoom() == 1.0);
    CHECK(preview.pageRect(0).width() == Approx(fitted.width()));
    preview.setZoom(100.0);
    CHECK(preview.zoom() == ui::ReportPreview::maxZoom);
}

TEST_CASE("The Reports view lays its report out again only when shown", "[ui][report]")
{
    SampleReportsView sample;
    ui::ReportsView& view = sample.view;
    QCoreApplication::processEvents();
    CHECK(view.previewPages() == 0); // hidden: nothing laid out yet
    view.show();
    QCoreApplication::processEvents();
    const int scorecardPages = view.previewPages();
    CHECK(scorecardPages >= 2);

    // Asked for while hidden (another report chosen, as the File menu does), done when shown again.
    view.hide();
    view.showKind(ui::ReportsView::Kind::Comparison);
    QCoreApplication::processEvents();
    CHECK(view.previewPages() == scorecardPages);
    view.show();
    QCoreApplication::processEvents();
    CHECK(view.previewPages() == 1); // the sample's three services compare on one page
}
