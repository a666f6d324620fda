#pragma once

#include "EngineTypes.h"
#include "FlatTree.h"

#include <span>
#include <vector>

namespace balise::engine {

// Each node's weight as a share of its siblings' total (DESIGN §3: siblings' weights are normalised to
// sum 1). The root's share is 1. Siblings whose weights all are zero get shares of 0: their parent
// then has no coverage and is "insufficient data", never a division by zero.
std::vector<double> siblingShares(const FlatTree& tree, std::span<const double> rawWeights);

struct AggregationSettings
{
    AggregationMethod method = AggregationMethod::Arithmetic;
    double minimumCoverage = 0.5; // below this share of weight present an aggregate has no score
};

// Aggregates normalised indicator scores up the tree for every service at once.
//
// `scores` and `coverage` are node-major matrices of tree.nodeCount() rows × `services` columns.
// On entry the rows of indicator nodes hold their 0–100 scores (NaN = missing); on return every other
// row holds the aggregate score (NaN = insufficient data) and every row its coverage: 1 or 0 for an
// indicator, and for an aggregate the share-weighted mean of its children's coverage.
//
// Missing data: the score is the weighted mean over the children that have a score, with their shares
// renormalised to sum 1; the aggregate is insufficient when its coverage is below the minimum.
// Geometric mean: scores are shifted to 1–101 so that 0 is allowed, averaged as
// exp(Σ wᵢ·ln(sᵢ+1) / Σ wᵢ), and shifted back.
void aggregate(const FlatTree& tree, std::span<const double> shares, const AggregationSettings& settings, int services,
               std::span<double> scores, std::span<double> coverage);

} // namespace balise::engine
