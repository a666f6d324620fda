// The uncertainty analysis in the workbench: it runs in the background, fills the rank table and the
// chart when complete, and a cancelled run leaves the previous results in place.
#include "ModelTestMessages.h"
#include "ProjectDocument.h"
#include "ProjectEvaluation.h"
#include "QCustomPlotHeader.h"
#include "RankStatisticsModel.h"
#include "ReplicationsModel.h"
#include "UiTestProject.h"
#include "UncertaintyRunner.h"
#include "UncertaintyView.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <catch2/catch.hpp>

#include <cmath>

using namespace balise;
using balise::ui::ProjectDocument;
using balise::ui::RankStatisticsModel;
using balise::ui::ReplicationsModel;
using balise::ui::UncertaintyRunner;
using balise::ui::UncertaintyView;

namespace {

QStringList tableTexts(const RankStatisticsModel& model)
{
    QStringList texts;
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            texts.append(model.index(r, c).data().toString());
    return texts;
}

} // namespace

TEST_CASE("A Monte Carlo run in the background fills the ranks — a cancelled one keeps them", "[ui][results]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("mc.balise"))));
    // Both services need a score for a ranking: a value for the second service too.
    Measurement second;
    const Project& project = document.project();
    second.key = {project.services().constLast().id, project.framework().findByCode(QStringLiteral("I111"))->id,
                  project.periods().constFirst().id};
    second.value = 900.0;
    document.project().setMeasurement(second);

    test::ModelTestMessages messages;
    UncertaintyView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    view.setEvaluation(&document.evaluation());
    QSignalSpy finished(view.runner(), &UncertaintyRunner::finished);
    QSignalSpy progressed(view.runner(), &UncertaintyRunner::progressed);
    view.setReplications(2000);
    view.run();
    CHECK(view.isRunning());
    REQUIRE(finished.wait(10000));
    CHECK_FALSE(view.isRunning());
    CHECK(progressed.count() > 0);
    REQUIRE(view.model()->rowCount() == 2);
    CHECK(view.model()->outcome().monteCarlo.completedReplications == 2000);
    CHECK(view.chart()->plottableCount() == 2); // medians and their intervals
    const QStringList first = tableTexts(*view.model());

    // A long run, cancelled at once: the previous results stay, unchanged.
    QSignalSpy cancelled(view.runner(), &UncertaintyRunner::cancelled);
    view.setReplications(1'000'000);
    view.run();
    REQUIRE(view.isRunning());
    view.cancel();
    REQUIRE(cancelled.wait(10000));
    CHECK(finished.count() == 1);
    CHECK(tableTexts(*view.model()) == first);

    // Editing the project marks the results as out of date, without dropping them.
    second.value = 100.0;
    document.project().setMeasurement(second);
    CHECK(tableTexts(*view.model()) == first);
    CHECK(view.findChildren<QLabel*>().size() > 0);
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("Closing the view while an analysis runs stops it cleanly", "[ui][results]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("stop.balise"))));
    auto view = std::make_unique<UncertaintyView>();
    view->setEvaluation(&document.evaluation());
    view->setReplications(1'000'000);
    view->run();
    REQUIRE(view->isRunning());
    view.reset(); // the runner cancels and waits: no thread left behind, no crash
    SUCCEED();
}

TEST_CASE("The replications' list shows what each Monte Carlo run drew", "[ui][results]")
{
    test::ModelTestMessages messages;
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("list.balise"))));
    UncertaintyView view;
    QAbstractItemModelTester tester(view.replicationList(), QAbstractItemModelTester::FailureReportingMode::Warning);
    view.setEvaluation(&document.evaluation());
    CHECK(view.replicationList()->rowCount() == 0);

    QSignalSpy finished(view.runner(), &UncertaintyRunner::finished);
    view.setReplications(50);
    view.run();
    REQUIRE(finished.wait(10000));
    const ReplicationsModel& list = *view.replicationList();
    REQUIRE(list.rowCount() == 50);
    // The replication's number, the aggregation, the normalisation, then one multiplier per node below
    // the root.
    const int nodes = document.evaluation().setup().input.tree.nodeCount();
    REQUIRE(list.columnCount() == 3 + nodes - 1);
    CHECK(list.index(0, 0).data().toInt() == 1);
    CHECK(list.index(49, 0).data().toInt() == 50);
    const QString method = list.index(0, 1).data().toString();
    CHECK((method == QStringLiteral("arithmetic") || method == QStringLiteral("geometric")));
    CHECK(list.headerData(3, Qt::Horizontal).toString().startsWith(QStringLiteral("× ")));
    // Each weight's multiplier lies within the noise asked for (± 25 % by default).
    bool varied = false;
    for (int r = 0; r < list.rowCount(); ++r) {
        for (int c = 3; c < list.columnCount(); ++c) {
            const double multiplier = QLocale().toDouble(list.index(r, c).data().toString());
            CHECK(multiplier >= 0.75 - 1e-3);
            CHECK(multiplier <= 1.25 + 1e-3);
            varied = varied || std::abs(multiplier - 1.0) > 1e-3;
        }
    }
    CHECK(varied);
    CHECK(messages.messages().isEmpty());
}
