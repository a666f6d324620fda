#pragma once

#include "Evaluation.h"

#include <limits>
#include <optional>
#include <vector>

namespace balise::engine {

// Dates tracking needs, as day numbers (any consecutive day count, e.g. Julian days); empty = unknown.
struct TrackingDates
{
    std::vector<std::optional<long long>> periodEnd;    // per period of the evaluation
    std::vector<std::optional<long long>> baselineDate; // per indicator column
    std::vector<std::optional<long long>> targetDate;   // per indicator column
};

// Whether an indicator's progress reaches its target by the target date.
enum class Pace
{
    Unknown, // no baseline and target (qualitative, target band), no value, or dates missing
    Reached, // the latest value is at or beyond the target
    OnTrack, // at the pace since the baseline, the target is reached by its date
    Behind   // it is not (or the target date has passed without reaching it)
};

// Progress of one indicator for one service towards its target, from its latest value.
//
// share = (x − baseline)/(target − baseline), x being the latest value of the service (the last
// period of the evaluation in which it has one): 0 at the baseline, 1 at the target, not clamped
// (negative when it went the wrong way, above 1 beyond the target). Raw values are used, so the
// normalisation method plays no part.
//
// Pace, by linear extrapolation through the baseline (value at the baseline date) and the latest value
// (taken at its period's end date, E): the share expected at the target date T is
// projected = share · (T − baselineDate)/(E − baselineDate). Reached when share ≥ 1; otherwise
// Behind when E ≥ T (the date has passed), OnTrack when projected ≥ 1, else Behind; Unknown when a date
// is missing or E is not after the baseline date.
struct IndicatorProgress
{
    static constexpr double none = std::numeric_limits<double>::quiet_NaN();

    double share = none;
    int period = -1; // the period the latest value comes from, -1 when the service has none
    double projectedShare = none;
    Pace pace = Pace::Unknown;
};

// Changes over time of every node's score, and progress of every indicator towards its target.
struct TrackingResult
{
    int nodes = 0;
    int services = 0;
    int periods = 0;
    // [period][node][service], in score points. The baseline of a node for a service is the first
    // period of the evaluation in which it has a score; changes are NaN when either score is missing
    // (and since the previous period, in the first period).
    std::vector<double> changeSinceBaseline;
    std::vector<double> changeSincePrevious;
    std::vector<int> baselinePeriod;         // [node][service], -1 when the node never has a score
    std::vector<IndicatorProgress> progress; // [indicator][service]

    size_t index(int period, int node, int service) const
    {
        return (static_cast<size_t>(period) * static_cast<size_t>(nodes) + static_cast<size_t>(node)) *
                   static_cast<size_t>(services) +
               static_cast<size_t>(service);
    }
    const IndicatorProgress& progressOf(int indicator, int service) const
    {
        return progress[static_cast<size_t>(indicator) * static_cast<size_t>(services) + static_cast<size_t>(service)];
    }
};

// The series of one node's score for one service over the periods (NaN where insufficient).
std::vector<double> seriesOf(const EvaluationResult& result, int node, int service);

// `result` must come from evaluate(input). `dates` may be empty (no pace is then known) or give one
// entry per period and per indicator.
TrackingResult track(const EvaluationInput& input, const EvaluationResult& result, const TrackingDates& dates);

} // namespace balise::engine
