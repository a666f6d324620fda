// Results over time on the sample project: the ranks of the services period by period with their
// moves, and the scorecard's node-by-node detail with the change since the previous period and the
// progress towards each target.
#include "ComparisonView.h"
#include "ModelTestMessages.h"
#include "ProjectDocument.h"
#include "ProjectEvaluation.h"
#include "RankHistoryModel.h"
#include "ScorecardNodesModel.h"
#include "ScorecardView.h"
#include "UiTestProject.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <catch2/catch.hpp>

#include <cmath>

using namespace balise;
using balise::ui::ProjectDocument;
using balise::ui::RankHistoryModel;
using balise::ui::ScorecardNodesModel;

TEST_CASE("The ranks over the periods show each service's place and its move", "[ui][results]")
{
    test::ModelTestMessages messages;
    QTemporaryDir dir;
    ProjectDocument document(test::createSampleProject(dir.filePath(QStringLiteral("ranks.balise"))));
    ui::ComparisonView view;
    QAbstractItemModelTester tester(view.rankHistory(), QAbstractItemModelTester::FailureReportingMode::Warning);
    view.setEvaluation(&document.evaluation());
    const RankHistoryModel& ranks = *view.rankHistory();
    const engine::EvaluationResult& result = document.evaluation().result();
    REQUIRE(ranks.rowCount() == 3);
    REQUIRE(ranks.columnCount() == 4);
    CHECK(ranks.headerData(0, Qt::Horizontal).toString() == QStringLiteral("2023"));
    CHECK(ranks.headerData(0, Qt::Vertical).toString() == document.evaluation().setup().serviceNames[0]);
    bool moved = false;
    for (int s = 0; s < 3; ++s)
        for (int p = 0; p < 4; ++p) {
            const QModelIndex cell = ranks.index(s, p);
            CHECK(cell.data(RankHistoryModel::RankRole).toInt() == result.rank(p, 0, s));
            const int move = cell.data(RankHistoryModel::MoveRole).toInt();
            if (p > 0 && result.rank(p, 0, s) > 0 && result.rank(p - 1, 0, s) > 0)
                CHECK(move == result.rank(p - 1, 0, s) - result.rank(p, 0, s));
            const QString text = cell.data().toString();
            CHECK(text.startsWith(QString::number(result.rank(p, 0, s))));
            if (move > 0)
                CHECK(text.contains(QStringLiteral("▲%1").arg(move)));
            if (move < 0)
                CHECK(text.contains(QStringLiteral("▼%1").arg(-move)));
            moved = moved || move != 0;
        }
    // The sample's three services do not keep the same order over four years.
    CHECK(moved);

    // An edit that changes a rank shows after the batch of changes is over.
    const Project& project = document.project();
    const FrameworkNode* indicator = project.framework().findByCode(QStringLiteral("I111"));
    REQUIRE(indicator);
    for (const Period& period : project.periods())
        for (const DataService& service : project.services())
            document.project().removeMeasurement({service.id, indicator->id, period.id});
    QCoreApplication::processEvents();
    CHECK(ranks.rowCount() == 3);
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("The scorecard details every node: score, light, change and progress to target", "[ui][results]")
{
    test::ModelTestMessages messages;
    QTemporaryDir dir;
    ProjectDocument document(test::createSampleProject(dir.filePath(QStringLiteral("card.balise"))));
    ui::ScorecardView view;
    QAbstractItemModelTester tester(view.nodes(), QAbstractItemModelTester::FailureReportingMode::Warning);
    view.setEvaluation(&document.evaluation());
    view.showService(0);
    const ScorecardNodesModel& nodes = *view.nodes();
    const EvaluationSetup& setup = document.evaluation().setup();
    const engine::EvaluationResult& result = document.evaluation().result();
    REQUIRE(nodes.rowCount() == setup.input.tree.nodeCount());
    const int last = result.periods - 1;

    // The overall score first, with the change since the previous period in points.
    CHECK(nodes.index(0, ScorecardNodesModel::Node).data().toString() == QStringLiteral("Overall score"));
    const double overall = nodes.index(0, ScorecardNodesModel::Score).data(ScorecardNodesModel::ValueRole).toDouble();
    CHECK(overall == result.score(last, 0, 0));
    const double change = nodes.index(0, ScorecardNodesModel::Change).data(ScorecardNodesModel::ValueRole).toDouble();
    CHECK(change == Approx(result.score(last, 0, 0) - result.score(last - 1, 0, 0)));
    if (change > 0.05)
        CHECK(nodes.index(0, ScorecardNodesModel::Change).data().toString().startsWith(QLatin1Char('+')));

    // Every indicator with a baseline and a target has its way there; inner nodes have none.
    int withProgress = 0;
    for (int node = 1; node < nodes.rowCount(); ++node) {
        const double progress =
            nodes.index(node, ScorecardNodesModel::Progress).data(ScorecardNodesModel::ValueRole).toDouble();
        const int indicator = setup.input.tree.indicatorOf(node);
        if (indicator < 0) {
            CHECK(std::isnan(progress));
            continue;
        }
        const engine::IndicatorRule& rule = setup.input.rules[static_cast<size_t>(indicator)];
        if (!std::isnan(rule.baseline) && !std::isnan(rule.target) && !std::isnan(progress)) {
            ++withProgress;
            CHECK_FALSE(nodes.index(node, ScorecardNodesModel::Progress).data().toString().isEmpty());
        }
        // Indented under its parent.
        CHECK(nodes.index(node, ScorecardNodesModel::Node).data().toString().startsWith(QStringLiteral("    ")));
    }
    CHECK(withProgress > 5);
    CHECK(messages.messages().isEmpty());
}
