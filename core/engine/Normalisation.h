#pragma once

#include "EngineTypes.h"

#include <limits>
#include <span>
#include <vector>

namespace balise::engine {

// How one indicator's raw values become 0–100 scores (DESIGN §3).
struct IndicatorRule
{
    static constexpr double none = std::numeric_limits<double>::quiet_NaN();

    Goal goal = Goal::HigherIsBetter;
    NormalisationMethod method = NormalisationMethod::Goalposts;
    double baseline = none; // goalposts
    double target = none;
    double bandLow = none; // Goal::TargetBand
    double bandHigh = none;
    double bandTolerance = none; // distance outside the band at which the score reaches 0
    // Qualitative indicators: values are level indices (0 = worst) and levelScores[i] is level i's
    // score. Empty for quantitative indicators.
    std::vector<double> levelScores;

    bool isQualitative() const { return !levelScores.empty(); }
};

// What normalising one indicator in one period found, for the evaluation to report.
struct NormalisationNotes
{
    bool fellBackToMinMax = false;  // goalposts without usable baseline and target
    bool nonDiscriminating = false; // every service has the same value: all score 50
};

// Even spacing of `count` ordered levels on 0–100: 0, 100/(count−1), …, 100 (one level: 100).
std::vector<double> evenLevelScores(int count);

// Normalises the values of one indicator across the services of one period. `values` and `scores`
// have one entry per service; NaN is a missing value and gives a missing score, and the other
// services are normalised among themselves.
//
// - Goalposts: 100·(x − baseline)/(target − baseline), clamped to [0, 100]; the direction is carried by
//   baseline and target. Without both, or when they are equal, min-max is used and the notes say so.
// - Min-max: 100·(x − min)/(max − min), or 100·(max − x)/(max − min) when lower is better.
// - Z-score: 50 + 10·z clamped to [0, 100], z = (x − mean)/σ with σ the population standard
//   deviation over the services present (sign reversed when lower is better).
// - Rank: percentile of the service among those present, 100·(r − 1)/(n − 1) where r is its rank from
//   the worst (1) to the best (n) and tied values share the mean of their ranks.
// - A constant indicator (every present value equal) scores 50 for everyone with min-max, z-score and
//   rank, and is flagged non-discriminating.
// - Target band (Goal::TargetBand, whatever the method): 100 inside [bandLow, bandHigh], falling
//   linearly to 0 at bandTolerance outside it (default tolerance: the band's width, or 1 for a band
//   reduced to one value).
// - Qualitative: the score of the level; an index outside the levels is treated as missing.
NormalisationNotes normalise(const IndicatorRule& rule, std::span<const double> values, std::span<double> scores);

} // namespace balise::engine
