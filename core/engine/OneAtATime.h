#pragma once

#include "CompositeModel.h"
#include "ParallelRuns.h"

#include <vector>

namespace balise::engine {

// One-at-a-time sensitivity (DESIGN §3, the data of a tornado chart): each node's weight in turn is
// multiplied by 1 − X and by 1 + X, its siblings keeping their raw weights so that the shares are
// renormalised, and every service's overall score and rank are compared with the nominal ones. The
// model's nominal method and normalisation are kept.
struct OneAtATimeResult
{
    bool cancelled = false; // then nothing else is filled
    int services = 0;
    double change = 0.0;               // X
    std::vector<double> nominalScores; // per service; NaN = insufficient data
    std::vector<int> nominalRanks;     // per service; 0 = no rank
    std::vector<int> nodes;            // the nodes moved: every node but the root, in pre-order

    // Per moved node k, direction (0: −X, 1: +X) and service s, at ((2k + direction)·services + s):
    // the score minus the nominal score (NaN when either has no score) and the rank minus the nominal
    // rank (NaN when either has no rank; a negative change is a better rank).
    std::vector<double> scoreChange;
    std::vector<double> rankChange;

    size_t index(int k, int direction, int service) const
    {
        return (static_cast<size_t>(2 * k + direction)) * static_cast<size_t>(services) + static_cast<size_t>(service);
    }
};

class OneAtATime
{
public:
    explicit OneAtATime(const CompositeModel& model) : m_model(model) {}

    // `change` X in (0, 1): ±X as a fraction (0.2 = ±20 %). Throws std::invalid_argument otherwise. An
    // only child's share stays 1 whatever its weight: its changes are 0.
    OneAtATimeResult run(double change, const RunControl& control = {}) const;

private:
    const CompositeModel& m_model;
};

} // namespace balise::engine
