#pragma once

#include "CompositeModel.h"
#include "ParallelRuns.h"
#include "RandomStream.h"

#include <cstdint>
#include <vector>

namespace balise::engine {

// What is uncertain in one run of the composite indicator, and how it is drawn (DESIGN §3).
struct UncertaintySpace
{
    double weightNoise = 0.25;      // p in [0, 1): every weight × U(1 − p, 1 + p), renormalised among siblings
    bool drawAggregation = true;    // arithmetic or geometric with probability ½ each, for the whole run
    bool drawNormalisation = false; // one of the model's candidates, uniformly
};

// The parameters of one run: enough to redo it by hand, so that runs are not opaque.
struct RunParameters
{
    std::vector<double> multipliers; // per node (the root's is 1)
    AggregationMethod method = AggregationMethod::Arithmetic;
    int normalisation = 0; // candidate index of the model, 0 = nominal

    bool operator==(const RunParameters&) const = default;
};

struct MonteCarloOptions
{
    int replications = 1000;
    UncertaintySpace space;
    std::uint64_t seed = 1;
    bool keepParameters = false; // fill MonteCarloResult::parameters
    RunControl control;
};

// Rank statistics of one service over the replications in which it had a rank.
struct ServiceRankStatistics
{
    int nominalRank = 0;        // 0: no overall score with the nominal parameters
    int rankedReplications = 0; // replications in which it had an overall score
    // NaN when rankedReplications is 0.
    double meanRank = 0.0;
    double medianRank = 0.0;
    double q05Rank = 0.0;
    double q95Rank = 0.0;
    double pFirst = 0.0; // share of all replications in which it ranked first (0 when never ranked)
};

struct MonteCarloResult
{
    bool cancelled = false;        // then no statistics: services is empty
    int replications = 0;          // asked for
    int completedReplications = 0; // made (fewer when cancelled)
    std::vector<ServiceRankStatistics> services;
    std::vector<RunParameters> parameters; // per replication, when asked for
};

// Uncertainty analysis by Monte Carlo: N replications of the composite indicator with randomly drawn
// weights (and method, and normalisation), and the distribution of every service's rank.
//
// Replication r draws from RandomStream(seed, r), in this order: the method (if drawn), the
// normalisation (if drawn, among more than one candidate), then one multiplier per node in pre-order
// (if p > 0). Results are therefore identical for any number of threads, and replication r of a run
// with N replications is replication r of a run with more.
//
// Ranks: 1 = best; ties (scores within 1e-9) share the lowest rank (competition ranking, as the
// evaluation's ranks); a service without an overall score in a replication (insufficient data: its
// coverage may cross the threshold as weights move) has no rank there and is left out of that
// replication's ranking. Its mean, median and quantiles are over the replications in which it was
// ranked; P(rank 1) is over all replications. Quantiles interpolate linearly between order statistics
// (Hyndman & Fan type 7, the default of R and numpy).
class MonteCarlo
{
public:
    // The rank tables grow with the square of the number of services: 4,096 take 64 MiB per thread.
    static constexpr int MaxServices = 4096;

    explicit MonteCarlo(const CompositeModel& model) : m_model(model) {}

    // Throws std::invalid_argument for N < 1, p outside [0, 1) or too many services. Memory: a table of S × (S + 1)
    // counters per thread (160 kB for 200 services), plus the parameters when kept (N × nodes doubles).
    MonteCarloResult run(const MonteCarloOptions& options) const;

    // Draws the parameters of one run from `stream` (the order documented above).
    static void draw(const CompositeModel& model, const UncertaintySpace& space, RandomStream& stream,
                     RunParameters& parameters);
    // The parameters of the nominal run: multipliers 1, the model's method, candidate 0.
    static RunParameters nominal(const CompositeModel& model);
    static void checkSpace(const UncertaintySpace& space);
    // Which of CompositeModel::rankingHints() suits a run.
    static size_t hintIndex(const RunParameters& parameters);

    // Type-7 quantile of ascending `sorted` values: h = (n − 1)·q, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
    // NaN for no values.
    static double quantile(std::span<const double> sorted, double q);
    // The same for integer values given as counts: histogram[v] values equal to v (v = 0 not counted).
    static double quantile(std::span<const std::uint64_t> histogram, double q);

private:
    const CompositeModel& m_model;
};

} // namespace balise::engine
