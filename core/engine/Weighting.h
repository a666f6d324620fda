#pragma once

#include <span>
#include <vector>

// Turning what users give into sibling weights (DESIGN §3: direct points or percentages, equal, a
// 100-point budget, rank order centroid; AHP is in Ahp.h). A user's mistake is not an exception: every
// function returns a result whose error the caller turns into a message.
namespace balise::engine {

enum class WeightError
{
    None,
    Empty,        // no item to weigh
    NotFinite,    // a value is NaN or infinite (item)
    Negative,     // a weight below zero (item)
    AllZero,      // every weight is zero: nothing would count
    PercentSum,   // percentages do not sum to 100 ± 0.01 (total)
    NotInteger,   // a budget allocation is not a whole number of points (item)
    BudgetSum,    // budget points do not sum to the budget (total)
    InvalidRank,  // a rank below 1 (item)
    SizeMismatch, // stakeholders do not weigh the same number of items (item = stakeholder)
    InvalidMatrix // a pairwise matrix is invalid: see the AHP result (item = stakeholder)
};

struct WeightResult
{
    WeightError error = WeightError::None;
    int item = -1;      // the item (or stakeholder) the error is about, -1 when none
    double total = 0.0; // the sum that was found, for PercentSum and BudgetSum
    // Sibling weights normalised to sum 1 (empty on error). Being already normalised they are valid raw
    // weights too: storing them on the nodes gives the same shares.
    std::vector<double> weights;

    bool ok() const { return error == WeightError::None; }
};

// Tolerance on the sum of percentages: 100 ± 0.01, so that 33.33 + 33.33 + 33.34 passes.
inline constexpr double percentTolerance = 0.01;

// Points on any scale (≥ 0, not all zero), normalised: wᵢ = pᵢ / Σ p.
WeightResult directPoints(std::span<const double> points);
// Percentages (≥ 0) that must sum to 100 ± percentTolerance; wᵢ = pᵢ / Σ p (the small rounding gap is
// spread proportionally).
WeightResult directPercentages(std::span<const double> percents);
// n items, 1/n each.
WeightResult equalWeights(int count);
// A budget of points (100 by default) shared out in whole points ≥ 0 that must use it exactly.
WeightResult pointBudget(std::span<const double> points, int budget = 100);

// Rank order centroid from a ranking: ranks[i] is item i's rank, 1 = most important. Only the order
// matters (1, 2, 2, 3 and 1, 2, 2, 4 are the same ranking). Sorted from the most important, the item in
// position k of n receives w_k = (1/n) Σ_{j=k..n} 1/j; items tied over positions k..m share the mean
// of w_k..w_m, so the weights still sum to 1 and tied items weigh the same.
WeightResult rankOrderCentroid(std::span<const int> ranks);

// w_k of the rank order centroid for position k (1-based) among n.
double rocWeight(int position, int count);

} // namespace balise::engine
