#include "RankSensitivity.h"

#include <cstdlib>

namespace balise::engine {

RankSensitivity::RankSensitivity(const CompositeModel& model, UncertaintySpace space) : m_model(model), m_space(space)
{
    MonteCarlo::checkSpace(space);
    m_inputs.push_back(Input::Weights);
    if (space.drawAggregation)
        m_inputs.push_back(Input::Aggregation);
    if (space.drawNormalisation && model.candidateCount() > 1)
        m_inputs.push_back(Input::Normalisation);
    else
        m_space.drawNormalisation = false;
    std::vector<double> scratch;
    m_nominalRanks.resize(static_cast<size_t>(model.services()));
    rankServices(model.nominalScores(), m_nominalRanks, scratch);
    m_hints = model.rankingHints();
}

std::string RankSensitivity::keyOf(Input input)
{
    switch (input) {
    case Input::Weights:
        return "weights";
    case Input::Aggregation:
        return "aggregation";
    case Input::Normalisation:
        return "normalisation";
    }
    return {};
}

void RankSensitivity::draw(RandomStream& stream, Point& point) const
{
    MonteCarlo::draw(m_model, m_space, stream, point);
}

void RankSensitivity::take(Point& target, const Point& source, int input) const
{
    switch (m_inputs[static_cast<size_t>(input)]) {
    case Input::Weights:
        target.multipliers = source.multipliers;
        break;
    case Input::Aggregation:
        target.method = source.method;
        break;
    case Input::Normalisation:
        target.normalisation = source.normalisation;
        break;
    }
}

double RankSensitivity::evaluate(const Point& point, Workspace& workspace) const
{
    const auto S = static_cast<size_t>(m_model.services());
    workspace.scores.resize(S);
    workspace.ranks.resize(S);
    m_model.overallScores(point.multipliers, point.method, point.normalisation, workspace.model, workspace.scores);
    workspace.ranking.rank(workspace.scores, m_hints[MonteCarlo::hintIndex(point)], workspace.ranks);
    long shift = 0;
    long compared = 0;
    for (size_t s = 0; s < S; ++s)
        if (workspace.ranks[s] > 0 && m_nominalRanks[s] > 0) {
            shift += std::labs(static_cast<long>(workspace.ranks[s]) - m_nominalRanks[s]);
            ++compared;
        }
    return compared > 0 ? static_cast<double>(shift) / static_cast<double>(compared) : 0.0;
}

} // namespace balise::engine
