#include "Tracking.h"

#include <cmath>
#include <stdexcept>

namespace balise::engine {
namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
// Shares are ratios of raw values: reaching 0.9999999999 of the way is reaching the target.
constexpr double shareTolerance = 1e-9;

template <typename T> std::optional<T> entry(const std::vector<std::optional<T>>& list, int index)
{
    return index >= 0 && static_cast<size_t>(index) < list.size() ? list[static_cast<size_t>(index)] : std::nullopt;
}

IndicatorProgress progressOf(const EvaluationInput& input, const TrackingDates& dates, int indicator, int service)
{
    IndicatorProgress progress;
    const IndicatorRule& rule = input.rules[static_cast<size_t>(indicator)];
    if (rule.isQualitative() || rule.goal == Goal::TargetBand || std::isnan(rule.baseline) || std::isnan(rule.target) ||
        rule.target == rule.baseline)
        return progress;
    for (int p = input.periods - 1; p >= 0; --p) {
        const double x = input.values[input.valueIndex(p, indicator, service)];
        if (!std::isnan(x)) {
            progress.period = p;
            progress.share = (x - rule.baseline) / (rule.target - rule.baseline);
            break;
        }
    }
    if (progress.period < 0)
        return progress;
    if (progress.share >= 1.0 - shareTolerance) {
        progress.projectedShare = progress.share;
        progress.pace = Pace::Reached;
        return progress;
    }
    const auto start = entry(dates.baselineDate, indicator);
    const auto due = entry(dates.targetDate, indicator);
    const auto measured = entry(dates.periodEnd, progress.period);
    if (!start || !due || !measured || *measured <= *start)
        return progress;
    if (*measured >= *due) {
        progress.projectedShare = progress.share;
        progress.pace = Pace::Behind;
        return progress;
    }
    // Linear pace since the baseline: share per day times the days from baseline to target.
    progress.projectedShare =
        progress.share * static_cast<double>(*due - *start) / static_cast<double>(*measured - *start);
    progress.pace = progress.projectedShare >= 1.0 - shareTolerance ? Pace::OnTrack : Pace::Behind;
    return progress;
}

} // namespace

std::vector<double> seriesOf(const EvaluationResult& result, int node, int service)
{
    std::vector<double> series(static_cast<size_t>(result.periods));
    for (int p = 0; p < result.periods; ++p)
        series[static_cast<size_t>(p)] = result.score(p, node, service);
    return series;
}

TrackingResult track(const EvaluationInput& input, const EvaluationResult& result, const TrackingDates& dates)
{
    if (result.nodes != input.tree.nodeCount() || result.services != input.services || result.periods != input.periods)
        throw std::invalid_argument("the evaluation result does not match its input");
    TrackingResult tracking;
    tracking.nodes = result.nodes;
    tracking.services = result.services;
    tracking.periods = result.periods;
    const size_t cells = static_cast<size_t>(result.nodes) * static_cast<size_t>(result.services);
    tracking.changeSinceBaseline.assign(result.scores.size(), NaN);
    tracking.changeSincePrevious.assign(result.scores.size(), NaN);
    tracking.baselinePeriod.assign(cells, -1);

    for (int p = 0; p < result.periods; ++p)
        for (int node = 0; node < result.nodes; ++node)
            for (int s = 0; s < result.services; ++s) {
                const size_t cell =
                    static_cast<size_t>(node) * static_cast<size_t>(result.services) + static_cast<size_t>(s);
                const double score = result.score(p, node, s);
                if (std::isnan(score))
                    continue;
                int& baseline = tracking.baselinePeriod[cell];
                if (baseline < 0)
                    baseline = p;
                const size_t here = tracking.index(p, node, s);
                tracking.changeSinceBaseline[here] = score - result.score(baseline, node, s);
                if (p > 0)
                    tracking.changeSincePrevious[here] = score - result.score(p - 1, node, s); // NaN if missing
            }

    const int indicators = input.tree.indicatorCount();
    tracking.progress.resize(static_cast<size_t>(indicators) * static_cast<size_t>(input.services));
    for (int i = 0; i < indicators; ++i)
        for (int s = 0; s < input.services; ++s)
            tracking.progress[static_cast<size_t>(i) * static_cast<size_t>(input.services) + static_cast<size_t>(s)] =
                progressOf(input, dates, i, s);
    return tracking;
}

} // namespace balise::engine
