#include "ServiceComparison.h"

#include "Evaluation.h"
#include "EvaluationSetup.h"
#include "Project.h"
#include "Tracking.h"
#include "UncertaintyAnalysis.h"

#include <algorithm>
#include <cmath>

namespace balise {

ServiceComparison ServiceComparisonBuilder::build(const Project& project, const EvaluationSetup& setup,
                                                  const engine::EvaluationResult& result, int period,
                                                  const QList<int>& services, const UncertaintyOutcome* uncertainty)
{
    ServiceComparison c;
    c.territory = project.info().territory.name;
    c.projectTitle = project.info().title;
    c.periodLabel = setup.periodLabels.value(period);
    c.previousPeriodLabel = period > 0 ? setup.periodLabels.value(period - 1) : QString();
    c.allServices = result.services;
    const auto objectives = setup.input.tree.children(0);
    for (int node : objectives) {
        c.objectiveCodes.append(setup.nodeCodes.value(node));
        c.objectiveNames.append(setup.nodeNames.value(node));
    }
    // The analysis counts only when it ranked these very services in this period.
    const bool intervals = uncertainty && !uncertainty->cancelled && uncertainty->periodLabel == c.periodLabel &&
                           uncertainty->serviceNames == setup.serviceNames &&
                           uncertainty->monteCarlo.services.size() == static_cast<size_t>(result.services);
    if (intervals)
        c.replications = uncertainty->monteCarlo.completedReplications;

    QList<int> chosen = services;
    if (chosen.isEmpty())
        for (int s = 0; s < result.services; ++s)
            chosen.append(s);
    for (int s : chosen) {
        if (s < 0 || s >= result.services)
            continue;
        ComparisonRow row;
        row.service = s;
        row.name = setup.serviceNames.value(s);
        if (const DataService* service = project.data().findService(setup.serviceIds.value(s)))
            row.operatorName = service->operatorName;
        row.score = result.score(period, 0, s);
        row.coverage = result.coverageOf(period, 0, s);
        row.light = result.light(period, 0, s);
        row.rank = result.rank(period, 0, s);
        if (period > 0) {
            const double before = result.score(period - 1, 0, s);
            row.change = std::isnan(before) || std::isnan(row.score) ? ComparisonRow::none : row.score - before;
        }
        for (int node : objectives) {
            row.objectiveScores.append(result.score(period, node, s));
            row.objectiveLights.append(result.light(period, node, s));
        }
        if (intervals) {
            const engine::ServiceRankStatistics& stats = uncertainty->monteCarlo.services[static_cast<size_t>(s)];
            row.hasInterval = stats.rankedReplications > 0;
            row.rankLow = stats.q05Rank;
            row.rankHigh = stats.q95Rank;
            row.pFirst = stats.pFirst;
        }
        c.rows.append(row);
    }
    std::sort(c.rows.begin(), c.rows.end(), [](const ComparisonRow& a, const ComparisonRow& b) {
        if ((a.rank > 0) != (b.rank > 0))
            return a.rank > 0;
        return a.rank != b.rank ? a.rank < b.rank : a.name.localeAwareCompare(b.name) < 0;
    });
    return c;
}

} // namespace balise
