#include "ServiceEvolution.h"

#include "Evaluation.h"
#include "EvaluationSetup.h"
#include "Project.h"
#include "ReportNumbers.h"
#include "Tracking.h"

#include <QLocale>
#include <cmath>
#include <functional>

namespace balise {
ServiceEvolution ServiceEvolutionBuilder::build(const Project& project, const EvaluationSetup& setup,
                                                const engine::EvaluationResult& result, int service)
{
    ServiceEvolution e;
    e.serviceName = setup.serviceNames.value(service);
    if (const DataService* s = project.data().findService(setup.serviceIds.value(service)))
        e.operatorName = s->operatorName;
    e.services = result.services;
    e.allPeriods = setup.periodLabels;
    const int first = std::max(0, result.periods - ServiceEvolution::maxPeriods);
    for (int p = first; p < result.periods; ++p)
        e.periods.append(setup.periodLabels.value(p));

    const engine::FlatTree& tree = setup.input.tree;
    auto line = [&](int node) {
        EvolutionLine l;
        l.code = setup.nodeCodes.value(node);
        l.name = setup.nodeNames.value(node);
        l.depth = std::max(0, tree.depth(node) - 1);
        const FrameworkNode* source = project.framework().find(setup.nodeIds.value(node));
        if (source)
            l.kind = source->kind;
        const int indicator = tree.indicatorOf(node);
        for (int p = first; p < result.periods; ++p) {
            l.scores.push_back(result.score(p, node, service));
            l.lights.push_back(result.light(p, node, service));
            if (indicator >= 0 && source)
                l.values.append(ReportNumbers::value(setup.input.values[setup.input.valueIndex(p, indicator, service)],
                                                     source->indicator));
        }
        return l;
    };
    e.overall = line(0);
    for (int p = first; p < result.periods; ++p)
        e.ranks.push_back(result.rank(p, 0, service));
    e.overallTrend.push_back(engine::seriesOf(result, 0, service));
    e.trendNames.append(tr("Overall score"));
    for (int objective : tree.children(0)) {
        e.objectives.append(line(objective));
        e.overallTrend.push_back(engine::seriesOf(result, objective, service));
        e.trendNames.append(setup.nodeCodes.value(objective));
    }
    // Depth-first under each objective, indicators only (the objectives' rows say the rest).
    std::function<void(int)> visit = [&](int node) {
        for (int child : tree.children(node)) {
            if (tree.indicatorOf(child) >= 0)
                e.indicators.append(line(child));
            visit(child);
        }
    };
    visit(0);
    return e;
}

} // namespace balise
