#include "MonteCarlo.h"

#include "IncrementalRanking.h"

#include <cmath>
#include <limits>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace balise::engine {

size_t MonteCarlo::hintIndex(const RunParameters& parameters)
{
    return static_cast<size_t>(2 * parameters.normalisation +
                               (parameters.method == AggregationMethod::Geometric ? 1 : 0));
}

void MonteCarlo::checkSpace(const UncertaintySpace& space)
{
    if (!(space.weightNoise >= 0.0 && space.weightNoise < 1.0))
        throw std::invalid_argument("the weight noise must be in [0, 1)");
}

void MonteCarlo::draw(const CompositeModel& model, const UncertaintySpace& space, RandomStream& stream,
                      RunParameters& parameters)
{
    parameters.method = model.settings().method;
    if (space.drawAggregation)
        parameters.method = stream.coin() ? AggregationMethod::Geometric : AggregationMethod::Arithmetic;
    parameters.normalisation = 0;
    if (space.drawNormalisation && model.candidateCount() > 1)
        parameters.normalisation = stream.below(model.candidateCount());
    const auto n = static_cast<size_t>(model.nodeCount());
    parameters.multipliers.assign(n, 1.0);
    const double p = space.weightNoise;
    if (p > 0.0)
        for (size_t node = 1; node < n; ++node)
            parameters.multipliers[node] = stream.uniform(1.0 - p, 1.0 + p);
}

RunParameters MonteCarlo::nominal(const CompositeModel& model)
{
    RunParameters parameters;
    parameters.multipliers.assign(static_cast<size_t>(model.nodeCount()), 1.0);
    parameters.method = model.settings().method;
    return parameters;
}

double MonteCarlo::quantile(std::span<const double> sorted, double q)
{
    if (sorted.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const double h = static_cast<double>(sorted.size() - 1) * q;
    const auto lo = static_cast<size_t>(std::floor(h));
    if (lo + 1 >= sorted.size())
        return sorted.back();
    return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[lo + 1] - sorted[lo]);
}

MonteCarloResult MonteCarlo::run(const MonteCarloOptions& options) const
{
    if (options.replications < 1)
        throw std::invalid_argument("at least one replication is needed");
    checkSpace(options.space);
    const int S = m_model.services();
    if (S > MaxServices)
        throw std::invalid_argument("at most 4,096 services can be ranked by Monte Carlo");
    const auto services = static_cast<size_t>(S);
    const auto R = static_cast<size_t>(options.replications);

    std::vector<double> scratch;
    std::vector<int> nominalRanks(services);
    rankServices(m_model.nominalScores(), nominalRanks, scratch);

    // Each thread counts, per service, how often it took each rank (0 = none): S × (S + 1) counters,
    // 160 kB for 200 services, whatever the number of replications. Counts add up exactly, so merging
    // the threads' tables in any order gives the same statistics.
    const size_t width = services + 1;
    const std::vector<std::vector<int>> hints = m_model.rankingHints();
    MonteCarloResult result;
    result.replications = options.replications;
    if (options.keepParameters)
        result.parameters.resize(R);

    struct State
    {
        CompositeModel::Workspace workspace;
        RunParameters parameters;
        std::vector<double> scores;
        std::vector<int> ranks;
        IncrementalRanking ranking;
        std::vector<std::uint32_t> counts; // services × (services + 1)
    };
    std::mutex statesMutex;
    std::vector<std::shared_ptr<State>> states;
    const std::int64_t made = ParallelRuns::run(options.replications, options.control, [&] {
        // Per thread: scratch reused for every replication, so the loop allocates nothing.
        auto state = std::make_shared<State>();
        state->scores.resize(services);
        state->ranks.resize(services);
        state->counts.assign(services * width, 0);
        {
            const std::lock_guard lock(statesMutex);
            states.push_back(state);
        }
        return [this, state, &options, &result, &hints, services, width](std::int64_t index) {
            RandomStream stream(options.seed, static_cast<std::uint64_t>(index));
            RunParameters& p = state->parameters;
            draw(m_model, options.space, stream, p);
            m_model.overallScores(p.multipliers, p.method, p.normalisation, state->workspace, state->scores);
            state->ranking.rank(state->scores, hints[hintIndex(p)], state->ranks);
            std::uint32_t* counts = state->counts.data();
            for (size_t s = 0; s < services; ++s)
                ++counts[s * width + static_cast<size_t>(state->ranks[s])];
            if (options.keepParameters)
                result.parameters[static_cast<size_t>(index)] = p;
        };
    });
    result.completedReplications = static_cast<int>(made);
    if (made < options.replications) {
        result.cancelled = true;
        result.parameters.clear();
        return result;
    }

    std::vector<std::uint64_t> counts(services * width, 0);
    for (const auto& state : states)
        for (size_t k = 0; k < counts.size(); ++k)
            counts[k] += state->counts[k];
    result.services.resize(services);
    for (size_t s = 0; s < services; ++s) {
        const std::span<const std::uint64_t> histogram(counts.data() + s * width, width);
        std::uint64_t ranked = 0;
        double sum = 0.0;
        for (size_t rank = 1; rank <= services; ++rank) {
            ranked += histogram[rank];
            sum += static_cast<double>(histogram[rank]) * static_cast<double>(rank);
        }
        ServiceRankStatistics& stats = result.services[s];
        stats.nominalRank = nominalRanks[s];
        stats.rankedReplications = static_cast<int>(ranked);
        stats.pFirst = static_cast<double>(histogram[1]) / static_cast<double>(R);
        stats.meanRank = ranked == 0 ? std::numeric_limits<double>::quiet_NaN() : sum / static_cast<double>(ranked);
        stats.medianRank = quantile(histogram, 0.5);
        stats.q05Rank = quantile(histogram, 0.05);
        stats.q95Rank = quantile(histogram, 0.95);
    }
    return result;
}

double MonteCarlo::quantile(std::span<const std::uint64_t> histogram, double q)
{
    std::uint64_t n = 0;
    for (size_t v = 1; v < histogram.size(); ++v)
        n += histogram[v];
    if (n == 0)
        return std::numeric_limits<double>::quiet_NaN();
    // The k-th smallest rank (0-based): the first rank whose cumulative count exceeds k.
    auto orderStatistic = [&](std::uint64_t k) {
        std::uint64_t below = 0;
        for (size_t v = 1; v < histogram.size(); ++v) {
            below += histogram[v];
            if (below > k)
                return static_cast<double>(v);
        }
        return static_cast<double>(histogram.size() - 1);
    };
    const double h = static_cast<double>(n - 1) * q;
    const auto lo = static_cast<std::uint64_t>(std::floor(h));
    const double x = orderStatistic(lo);
    if (lo + 1 >= n)
        return x;
    return x + (h - static_cast<double>(lo)) * (orderStatistic(lo + 1) - x);
}

} // namespace balise::engine
