#include "ServiceScorecard.h"

#include "Evaluation.h"
#include "EvaluationSetup.h"
#include "Project.h"
#include "ReportNumbers.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace balise {
namespace {

using ReportNumbers::readable;
using ReportNumbers::withUnit;

class Builder
{
public:
    Builder(const Project& project, const EvaluationSetup& setup, const engine::EvaluationResult& result, int period,
            int service)
        : m_project(project), m_setup(setup), m_result(result), m_period(period), m_service(service),
          m_tracking(engine::track(setup.input, result, setup.dates))
    {}

    ScorecardLine line(int node) const
    {
        const engine::FlatTree& tree = m_setup.input.tree;
        ScorecardLine l;
        l.node = node;
        l.code = m_setup.nodeCodes.value(node);
        l.name = m_setup.nodeNames.value(node);
        l.depth = std::max(0, tree.depth(node) - 1);
        l.score = m_result.score(m_period, node, m_service);
        l.coverage = m_result.coverageOf(m_period, node, m_service);
        l.light = m_result.light(m_period, node, m_service);
        l.change = m_tracking.changeSincePrevious[m_tracking.index(m_period, node, m_service)];
        const FrameworkNode* source = m_project.framework().find(m_setup.nodeIds.value(node));
        if (!source)
            return l; // the overall score
        l.kind = source->kind;
        l.owner = source->owner;
        l.actions = source->actions.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const int indicator = tree.indicatorOf(node);
        if (indicator < 0)
            return l;
        const IndicatorSpec& spec = source->indicator;
        const double value = m_setup.input.values[m_setup.input.valueIndex(m_period, indicator, m_service)];
        l.valueText = ReportNumbers::value(value, spec);
        if (spec.direction == Direction::TargetBand && spec.bandLow && spec.bandHigh)
            l.targetText =
                withUnit(readable(*spec.bandLow) + QStringLiteral("–") + readable(*spec.bandHigh), spec.unit);
        else if (spec.target)
            l.targetText = ReportNumbers::value(*spec.target, spec);
        l.pace = m_tracking.progressOf(indicator, m_service).pace;
        const MeasurementKey key{m_setup.serviceIds.value(m_service), m_setup.indicatorIds.value(indicator),
                                 m_setup.periodIds.value(m_period)};
        if (const auto found = m_project.data().measurements.constFind(key);
            found != m_project.data().measurements.cend())
            l.comment = found->comment;
        return l;
    }

    std::vector<double> trend(int node) const { return engine::seriesOf(m_result, node, m_service); }

    double average(int node) const
    {
        double sum = 0.0;
        int count = 0;
        for (int s = 0; s < m_result.services; ++s)
            if (const double x = m_result.score(m_period, node, s); !std::isnan(x)) {
                sum += x;
                ++count;
            }
        return count > 0 ? sum / count : ScorecardLine::none;
    }

    void addDescendants(int node, QList<ScorecardLine>& lines) const
    {
        for (int child : m_setup.input.tree.children(node)) {
            lines.append(line(child));
            addDescendants(child, lines);
        }
    }

private:
    const Project& m_project;
    const EvaluationSetup& m_setup;
    const engine::EvaluationResult& m_result;
    int m_period;
    int m_service;
    engine::TrackingResult m_tracking;
};

} // namespace

ServiceScorecard ServiceScorecardBuilder::build(const Project& project, const EvaluationSetup& setup,
                                                const engine::EvaluationResult& result, int period, int service)
{
    const Builder builder(project, setup, result, period, service);
    ServiceScorecard card;
    card.territory = project.info().territory.name;
    card.projectTitle = project.info().title;
    card.serviceName = setup.serviceNames.value(service);
    if (const DataService* s = project.data().findService(setup.serviceIds.value(service)))
        card.operatorName = s->operatorName;
    card.periodLabels = setup.periodLabels;
    card.periodLabel = setup.periodLabels.value(period);
    card.previousPeriodLabel = period > 0 ? setup.periodLabels.value(period - 1) : QString();
    card.overall = builder.line(0);
    card.rank = result.rank(period, 0, service);
    card.rankedServices = 0;
    for (int s = 0; s < result.services; ++s)
        card.rankedServices += result.rank(period, 0, s) > 0 ? 1 : 0;
    card.overallTrend = builder.trend(0);

    for (int objective : setup.input.tree.children(0)) {
        card.objectives.append(builder.line(objective));
        card.objectiveAverages.push_back(builder.average(objective));
        ScorecardSection section;
        section.objective = card.objectives.constLast();
        builder.addDescendants(objective, section.lines);
        section.trend = builder.trend(objective);
        card.sections.append(section);
    }

    QList<ScorecardLine> scored;
    for (int i = 0; i < setup.input.tree.indicatorCount(); ++i) {
        ScorecardLine l = builder.line(setup.input.tree.nodeOfIndicator(i));
        if (!std::isnan(l.score))
            scored.append(l);
        const bool watched = l.light == engine::Light::Red || l.change <= -ServiceScorecard::watchDrop ||
                             (l.pace == engine::Pace::Behind && l.light != engine::Light::Green);
        if (watched)
            card.watch.append(l);
    }
    // Worst first; ties by code, so that two runs print the same page.
    auto worse = [](const ScorecardLine& a, const ScorecardLine& b) {
        const double x = std::isnan(a.score) ? -1.0 : a.score;
        const double y = std::isnan(b.score) ? -1.0 : b.score;
        return x != y ? x < y : a.code < b.code;
    };
    std::sort(scored.begin(), scored.end(), worse);
    std::sort(card.watch.begin(), card.watch.end(), [&](const ScorecardLine& a, const ScorecardLine& b) {
        const bool redA = a.light == engine::Light::Red;
        const bool redB = b.light == engine::Light::Red;
        return redA != redB ? redA : worse(a, b);
    });
    const qsizetype shown = std::min<qsizetype>(3, scored.size() / 2 + scored.size() % 2);
    card.weakest = scored.mid(0, shown);
    for (qsizetype i = 0; i < shown && i < scored.size(); ++i)
        card.strongest.append(scored[scored.size() - 1 - i]);
    return card;
}

} // namespace balise
