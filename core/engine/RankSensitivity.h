#pragma once

#include "CompositeModel.h"
#include "IncrementalRanking.h"
#include "MonteCarlo.h"
#include "Saltelli.h"

#include <string>
#include <vector>

namespace balise::engine {

// The composite indicator as a model for Saltelli's design (DESIGN §3, bench/README.md): its uncertain
// inputs are groups — the whole weight vector (one factor, drawn as in MonteCarlo), the aggregation
// method (when drawn) and the normalisation (when drawn among more than one candidate) — and its
// output is how far the ranking moves: y = mean over services of |rank − nominal rank|.
//
// Services without a rank in the nominal run or in the run at hand are left out of that run's mean
// (a run in which no service can be compared gives 0).
class RankSensitivity
{
public:
    enum class Input
    {
        Weights,
        Aggregation,
        Normalisation
    };

    // The Saltelli model interface (see Saltelli::estimate).
    using Point = RunParameters;
    struct Workspace
    {
        CompositeModel::Workspace model;
        std::vector<double> scores;
        std::vector<int> ranks;
        IncrementalRanking ranking;
    };

    // Throws std::invalid_argument for a weight noise outside [0, 1).
    RankSensitivity(const CompositeModel& model, UncertaintySpace space);

    const std::vector<Input>& inputs() const { return m_inputs; }
    // "weights", "aggregation", "normalisation": stable keys for files.
    static std::string keyOf(Input input);

    // First-order and total indices per entry of inputs(), N·(d + 2) runs.
    SaltelliResult run(const SaltelliOptions& options) const { return Saltelli::estimate(*this, options); }

    int inputCount() const { return static_cast<int>(m_inputs.size()); }
    void draw(RandomStream& stream, Point& point) const;
    void take(Point& target, const Point& source, int input) const;
    double evaluate(const Point& point, Workspace& workspace) const;

private:
    const CompositeModel& m_model;
    UncertaintySpace m_space;
    std::vector<Input> m_inputs;
    std::vector<int> m_nominalRanks;
    std::vector<std::vector<int>> m_hints;
};

} // namespace balise::engine
