#include "Evaluation.h"

#include "ParallelRuns.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <stdexcept>

namespace balise::engine {
namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
// Scores live on 0–100: differences below this are floating-point noise, not a real difference.
constexpr double scoreTolerance = 1e-9;
// Coverage is a share of weight; the aggregation compares it to its threshold with this tolerance too.
constexpr double coverageTolerance = 1e-9;
constexpr double defaultRedBelow = 40.0;
constexpr double defaultGreenFrom = 70.0;
// Bucket ranking: at most this many buckets (on the stack), and buckets larger than this are sorted
// and binary-searched instead of scanned.
constexpr size_t maxBuckets = 1024;
constexpr std::ptrdiff_t smallBucket = 16;

// The plain way: sort the scores best first, then count for each service those clearly above it.
void sortedRanks(std::span<const double> scores, std::span<int> ranks, std::vector<double>& scratch)
{
    scratch.clear();
    for (double s : scores)
        if (!std::isnan(s))
            scratch.push_back(s);
    std::sort(scratch.begin(), scratch.end(), std::greater<>());
    for (size_t j = 0; j < scores.size(); ++j) {
        const double s = scores[j];
        const auto better = std::partition_point(scratch.begin(), scratch.end(),
                                                 [&](double other) { return other > s + scoreTolerance; });
        ranks[j] = std::isnan(s) ? 0 : 1 + static_cast<int>(better - scratch.begin());
    }
}

// The rules to normalise with: the input's own, or (with a method given) copies with the method
// replaced, made once in `storage` rather than once per period.
const std::vector<IndicatorRule>& rulesFor(const EvaluationInput& input, std::optional<NormalisationMethod> method,
                                           std::vector<IndicatorRule>& storage)
{
    if (!method)
        return input.rules;
    storage = input.rules;
    for (auto& rule : storage)
        rule.method = *method;
    return storage;
}

// One period's block of nodeCount × services: indicator rows normalised, the others NaN. `notes`, when
// not null, receives one entry per indicator.
void normalisePeriod(const EvaluationInput& input, const std::vector<IndicatorRule>& rules, int period,
                     double* periodScores, NormalisationNotes* notes)
{
    const FlatTree& tree = input.tree;
    const auto S = static_cast<size_t>(input.services);
    // normalise() writes every cell of an indicator row; only the other rows need filling.
    for (int node = 0; node < tree.nodeCount(); ++node)
        if (tree.indicatorOf(node) < 0)
            std::fill_n(periodScores + static_cast<size_t>(node) * S, S, NaN);
    for (int i = 0; i < tree.indicatorCount(); ++i) {
        const std::span<const double> values(input.values.data() + input.valueIndex(period, i, 0), S);
        const std::span<double> row(periodScores + static_cast<size_t>(tree.nodeOfIndicator(i)) * S, S);
        const NormalisationNotes found = normalise(rules[static_cast<size_t>(i)], values, row);
        if (notes)
            notes[i] = found;
    }
}

} // namespace

AggregationSettings EvaluationInput::effectiveAggregation() const
{
    AggregationSettings settings = aggregation;
    if (aggregationOverride)
        settings.method = *aggregationOverride;
    return settings;
}

void EvaluationInput::check() const
{
    const auto nodes = static_cast<size_t>(tree.nodeCount());
    if (services < 0 || periods < 0)
        throw std::invalid_argument("the numbers of services and periods cannot be negative");
    if (weights.size() != nodes)
        throw std::invalid_argument("one weight per node (root included) is needed");
    if (rules.size() != static_cast<size_t>(tree.indicatorCount()))
        throw std::invalid_argument("one rule per indicator is needed");
    if (values.size() !=
        static_cast<size_t>(periods) * static_cast<size_t>(tree.indicatorCount()) * static_cast<size_t>(services))
        throw std::invalid_argument("values must be periods × indicators × services");
    if ((!redBelow.empty() && redBelow.size() != nodes) || (!greenFrom.empty() && greenFrom.size() != nodes))
        throw std::invalid_argument("traffic-light thresholds must be given for every node or for none");
}

void normaliseAll(const EvaluationInput& input, std::optional<NormalisationMethod> method, std::span<double> scores,
                  std::span<NormalisationNotes> notes)
{
    input.check();
    const FlatTree& tree = input.tree;
    const int indicators = tree.indicatorCount();
    const auto S = static_cast<size_t>(input.services);
    const size_t block = static_cast<size_t>(tree.nodeCount()) * S;
    if (scores.size() != static_cast<size_t>(input.periods) * block)
        throw std::invalid_argument("normalised scores must be periods × nodes × services");
    if (!notes.empty() && notes.size() != static_cast<size_t>(input.periods) * static_cast<size_t>(indicators))
        throw std::invalid_argument("normalisation notes must be periods × indicators");

    std::vector<IndicatorRule> overridden;
    const std::vector<IndicatorRule>& rules = rulesFor(input, method, overridden);
    for (int p = 0; p < input.periods; ++p)
        normalisePeriod(input, rules, p, scores.data() + static_cast<size_t>(p) * block,
                        notes.empty() ? nullptr
                                      : notes.data() + static_cast<size_t>(p) * static_cast<size_t>(indicators));
}

std::vector<double> normaliseAll(const EvaluationInput& input, std::vector<NormalisationNotes>* notes)
{
    std::vector<double> scores(static_cast<size_t>(input.periods) * static_cast<size_t>(input.tree.nodeCount()) *
                               static_cast<size_t>(std::max(input.services, 0)));
    if (notes)
        notes->assign(static_cast<size_t>(input.periods) * static_cast<size_t>(input.tree.indicatorCount()), {});
    normaliseAll(input, input.normalisationOverride, scores,
                 notes ? std::span<NormalisationNotes>(*notes) : std::span<NormalisationNotes>());
    return scores;
}

Light lightOf(double score, double redBelow, double greenFrom)
{
    if (std::isnan(score))
        return Light::Insufficient;
    if (score + scoreTolerance < redBelow)
        return Light::Red;
    if (score + scoreTolerance < greenFrom)
        return Light::Amber;
    return Light::Green;
}

void rankServices(std::span<const double> scores, std::span<int> ranks, std::vector<double>& scratch)
{
    if (ranks.size() != scores.size())
        throw std::invalid_argument("one rank per score is needed");
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    size_t present = 0;
    for (double s : scores)
        if (!std::isnan(s)) {
            lo = std::min(lo, s);
            hi = std::max(hi, s);
            ++present;
        }
    if (present == 0 || hi - lo <= scoreTolerance) {
        // Nobody is clearly better than anybody: every service with a score is first.
        for (size_t j = 0; j < scores.size(); ++j)
            ranks[j] = std::isnan(scores[j]) ? 0 : 1;
        return;
    }
    if (!std::isfinite(hi - lo)) {
        sortedRanks(scores, ranks, scratch); // infinite scores: never from the engine, still ranked
        return;
    }

    // Bucket sort, best first: this runs once per node and period (hundreds of times per evaluation),
    // and on 200 services it is about three times faster than std::sort plus binary searches.
    // bucket(x) = ⌊(hi − x)·B/(hi − lo)⌋ clamped to [0, B): rounding keeps it monotone, so a score in an
    // earlier bucket than t is exactly a score above t, and only t's own bucket has to be searched.
    const int buckets = static_cast<int>(std::min(present, maxBuckets));
    const double scale = buckets / (hi - lo);
    const auto bucket = [&](double x) {
        const double f = (hi - x) * scale;
        return f <= 0.0 ? 0 : (f >= buckets ? buckets - 1 : static_cast<int>(f));
    };
    std::array<int, maxBuckets + 1> start;
    std::fill(start.begin(), start.begin() + buckets + 1, 0);
    for (double s : scores)
        if (!std::isnan(s))
            ++start[static_cast<size_t>(bucket(s)) + 1];
    for (int b = 0; b < buckets; ++b)
        start[static_cast<size_t>(b) + 1] += start[static_cast<size_t>(b)];
    std::array<int, maxBuckets> fill;
    std::copy(start.begin(), start.begin() + buckets, fill.begin());
    scratch.resize(present);
    for (double s : scores)
        if (!std::isnan(s))
            scratch[static_cast<size_t>(fill[static_cast<size_t>(bucket(s))]++)] = s;
    // Only buckets too large to scan are sorted; a bucket of a few scores is counted as it is.
    double* const sorted = scratch.data();
    for (int b = 0; b < buckets; ++b) {
        double* first = sorted + start[static_cast<size_t>(b)];
        double* last = sorted + start[static_cast<size_t>(b) + 1];
        if (last - first > smallBucket)
            std::sort(first, last, std::greater<>());
    }
    for (size_t j = 0; j < scores.size(); ++j) {
        const double s = scores[j];
        if (std::isnan(s)) {
            ranks[j] = 0;
            continue;
        }
        // Services clearly better than s: every earlier bucket, and those of t's bucket above t.
        const double t = s + scoreTolerance;
        const int b = bucket(t);
        const double* first = sorted + start[static_cast<size_t>(b)];
        const double* last = sorted + start[static_cast<size_t>(b) + 1];
        std::ptrdiff_t above = 0;
        if (last - first > smallBucket)
            above = std::partition_point(first, last, [t](double other) { return other > t; }) - first;
        else
            for (const double* p = first; p < last; ++p)
                above += *p > t;
        ranks[j] = 1 + start[static_cast<size_t>(b)] + static_cast<int>(above);
    }
}

Light EvaluationResult::light(int period, int node, int service) const
{
    return lightOf(score(period, node, service), redBelow[static_cast<size_t>(node)],
                   greenFrom[static_cast<size_t>(node)]);
}

EvaluationResult evaluate(const EvaluationInput& input, const EvaluationOptions& options)
{
    EvaluationResult result;
    evaluate(input, result, options);
    return result;
}

void evaluate(const EvaluationInput& input, EvaluationResult& result, const EvaluationOptions& options)
{
    input.check();
    const FlatTree& tree = input.tree;
    result.nodes = tree.nodeCount();
    result.services = input.services;
    result.periods = input.periods;
    result.indicators = tree.indicatorCount();
    const auto nodes = static_cast<size_t>(result.nodes);
    const size_t S = static_cast<size_t>(std::max(input.services, 0));
    const size_t block = nodes * S;
    const size_t total = static_cast<size_t>(input.periods) * block;
    // resize/assign keep the capacity of a reused result: no fresh pages on a re-evaluation.
    result.scores.resize(total);
    result.notes.resize(static_cast<size_t>(input.periods) * static_cast<size_t>(result.indicators));
    std::vector<IndicatorRule> overridden;
    const std::vector<IndicatorRule>& rules = rulesFor(input, input.normalisationOverride, overridden);
    if (input.redBelow.empty())
        result.redBelow.assign(nodes, defaultRedBelow);
    else
        result.redBelow = input.redBelow;
    if (input.greenFrom.empty())
        result.greenFrom.assign(nodes, defaultGreenFrom);
    else
        result.greenFrom = input.greenFrom;
    // aggregate() writes every coverage cell and rankServices() every rank of a ranked row: resizing is
    // enough, and spares clearing megabytes that are overwritten at once.
    result.coverage.resize(total);
    result.ranks.resize(total);

    const std::vector<double> shares = siblingShares(tree, input.weights);
    const AggregationSettings settings = input.effectiveAggregation();
    const bool rankIndicators = options.rankedNodes == RankedNodes::All;
    auto evaluatePeriod = [&](int p, std::vector<double>& scratch) {
        // Normalised and aggregated one period at a time, so that the period's block is still in the
        // cache when aggregate() fills the inner rows in place.
        const size_t offset = static_cast<size_t>(p) * block;
        normalisePeriod(input, rules, p, result.scores.data() + offset,
                        result.notes.data() + static_cast<size_t>(p) * static_cast<size_t>(result.indicators));
        const std::span<double> scores(result.scores.data() + offset, block);
        const std::span<double> coverage(result.coverage.data() + offset, block);
        aggregate(tree, shares, settings, input.services, scores, coverage);
        for (int node = 0; node < result.nodes; ++node) {
            const size_t row = offset + static_cast<size_t>(node) * S;
            const bool indicator = tree.indicatorOf(node) >= 0;
            if (!indicator) {
                // Coverage sums shares that are not exact in floating point (shares 1.37/Σ, 1.22/Σ… may
                // add up to 0.99999999999999989): within the tolerance of 1, everything was measured.
                // An indicator's coverage is exactly 0 or 1.
                for (size_t j = 0; j < S; ++j)
                    if (result.coverage[row + j] > 1.0 - coverageTolerance)
                        result.coverage[row + j] = 1.0;
            }
            if (indicator && !rankIndicators) {
                std::fill_n(result.ranks.data() + row, S, 0);
                continue;
            }
            rankServices(std::span<const double>(result.scores.data() + row, S),
                         std::span<int>(result.ranks.data() + row, S), scratch);
        }
    };

    // Below this many node scores per evaluation, starting a thread costs more than it saves.
    constexpr size_t parallelFrom = 100'000;
    RunControl control;
    control.threads = input.periods > 1 && result.scores.size() >= parallelFrom ? options.threads : 1;
    ParallelRuns::run(input.periods, control, [&] {
        return [&, scratch = std::vector<double>(S)](std::int64_t p) mutable {
            evaluatePeriod(static_cast<int>(p), scratch);
        };
    });
}

} // namespace balise::engine
