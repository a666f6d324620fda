#include "OneAtATime.h"

#include <cmath>
#include <limits>
#include <memory>
#include <stdexcept>

namespace balise::engine {

OneAtATimeResult OneAtATime::run(double change, const RunControl& control) const
{
    // X = 1 would remove the node, which can change which services have complete data: not a shift.
    if (!(change > 0.0 && change < 1.0))
        throw std::invalid_argument("the weight change must be in (0, 1)");
    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
    const int S = m_model.services();
    const auto services = static_cast<size_t>(S);

    OneAtATimeResult result;
    result.services = S;
    result.change = change;
    result.nominalScores = m_model.nominalScores();
    result.nominalRanks.resize(services);
    std::vector<double> scratch;
    rankServices(result.nominalScores, result.nominalRanks, scratch);
    for (int node = 1; node < m_model.nodeCount(); ++node)
        result.nodes.push_back(node);
    const auto runs = static_cast<std::int64_t>(2 * result.nodes.size());
    result.scoreChange.assign(static_cast<size_t>(runs) * services, NaN);
    result.rankChange.assign(static_cast<size_t>(runs) * services, NaN);

    const std::int64_t made = ParallelRuns::run(runs, control, [&] {
        struct State
        {
            CompositeModel::Workspace workspace;
            std::vector<double> multipliers, scores, scratch;
            std::vector<int> ranks;
        };
        auto state = std::make_shared<State>();
        state->multipliers.assign(static_cast<size_t>(m_model.nodeCount()), 1.0);
        state->scores.resize(services);
        state->ranks.resize(services);
        return [this, state, &result, change, services](std::int64_t run) {
            const int k = static_cast<int>(run / 2);
            const int direction = static_cast<int>(run % 2);
            const auto node = static_cast<size_t>(result.nodes[static_cast<size_t>(k)]);
            state->multipliers[node] = direction == 0 ? 1.0 - change : 1.0 + change;
            m_model.overallScores(state->multipliers, m_model.settings().method, 0, state->workspace, state->scores);
            state->multipliers[node] = 1.0;
            rankServices(state->scores, state->ranks, state->scratch);
            for (size_t s = 0; s < services; ++s) {
                const size_t at = result.index(k, direction, static_cast<int>(s));
                result.scoreChange[at] = state->scores[s] - result.nominalScores[s]; // NaN propagates
                if (state->ranks[s] > 0 && result.nominalRanks[s] > 0)
                    result.rankChange[at] = state->ranks[s] - result.nominalRanks[s];
            }
        };
    });
    if (made < runs) {
        OneAtATimeResult cancelled;
        cancelled.cancelled = true;
        return cancelled;
    }
    return result;
}

} // namespace balise::engine
