// Printed reports: what the scorecard holds (from the evaluation), and markup in a service's name
// printed literally.
#include "Evaluation.h"
#include "EvaluationBuilder.h"
#include "ExportDataDialog.h"
#include "ProjectDocument.h"
#include "ServiceComparison.h"
#include "ServiceScorecard.h"
#include "TestSupport.h"
#include "UiTestProject.h"
#include "UncertaintyAnalysis.h"
#include "reports/ReportBlocks.h"
#include "reports/ReportExport.h"
#include "reports/ReportLayout.h"
#include "reports/ReportsView.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cmath>

using namespace balise;

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
    QProcess process;
    process.start(QStringLiteral("pdfinfo"),
                  {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("3"), pdf});
    REQUIRE(process.waitForFinished(30000));
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page +1 size: +595 x 842 pts"))));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page +2 size: +842 x 595 pts"))));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page +3 size: +595 x 842 pts"))));
}
