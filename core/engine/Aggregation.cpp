#include "Aggregation.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace balise::engine {

std::vector<double> siblingShares(const FlatTree& tree, std::span<const double> rawWeights)
{
    const int n = tree.nodeCount();
    if (static_cast<int>(rawWeights.size()) != n)
        throw std::invalid_argument("one weight per node (root included) is needed");
    std::vector<double> shares(static_cast<size_t>(n), 0.0);
    shares[0] = 1.0;
    for (int node = 0; node < n; ++node) {
        double total = 0.0;
        for (int child : tree.children(node))
            total += rawWeights[static_cast<size_t>(child)];
        if (total <= 0.0)
            continue;
        for (int child : tree.children(node))
            shares[static_cast<size_t>(child)] = rawWeights[static_cast<size_t>(child)] / total;
    }
    return shares;
}

void aggregate(const FlatTree& tree, std::span<const double> shares, const AggregationSettings& settings, int services,
               std::span<double> scores, std::span<double> coverage)
{
    const int n = tree.nodeCount();
    const auto S = static_cast<size_t>(services);
    if (scores.size() != static_cast<size_t>(n) * S || coverage.size() != scores.size() ||
        static_cast<int>(shares.size()) != n)
        throw std::invalid_argument("score and coverage matrices must be nodes × services");
    const bool geometric = settings.method == AggregationMethod::Geometric;
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    // A coverage of 0.5 computed as 0.3 + 0.2 must still reach a 50 % threshold.
    const double threshold = settings.minimumCoverage - 1e-9;

    // Accumulators for inner nodes: Σ share·f(score) and Σ share over children with a score. The
    // coverage rows themselves accumulate Σ share·coverage.
    std::vector<double> sum(static_cast<size_t>(n) * S, 0.0);
    std::vector<double> present(static_cast<size_t>(n) * S, 0.0);
    for (int node = 0; node < n; ++node) {
        double* cov = &coverage[static_cast<size_t>(node) * S];
        if (tree.indicatorOf(node) >= 0) {
            const double* s = &scores[static_cast<size_t>(node) * S];
            for (size_t j = 0; j < S; ++j)
                cov[j] = std::isnan(s[j]) ? 0.0 : 1.0;
        } else {
            std::fill(cov, cov + S, 0.0);
        }
    }

    auto finish = [&](int node) {
        const size_t row = static_cast<size_t>(node) * S;
        double* s = &scores[row];
        const double* cov = &coverage[row];
        const double* acc = &sum[row];
        const double* w = &present[row];
        for (size_t j = 0; j < S; ++j) {
            if (cov[j] < threshold || w[j] <= 0.0) {
                s[j] = nan;
                continue;
            }
            const double mean = acc[j] / w[j];
            s[j] = geometric ? std::exp(mean) - 1.0 : mean;
        }
    };

    // Pre-order numbering: every child has a larger index than its parent, so walking backwards
    // finishes all children of a node before the node itself is finished and passed up.
    for (int node = n - 1; node >= 1; --node) {
        if (tree.indicatorOf(node) < 0)
            finish(node);
        const double share = shares[static_cast<size_t>(node)];
        const size_t row = static_cast<size_t>(node) * S;
        const size_t up = static_cast<size_t>(tree.parent(node)) * S;
        const double* s = &scores[row];
        const double* cov = &coverage[row];
        double* upCov = &coverage[up];
        double* upSum = &sum[up];
        double* upPresent = &present[up];
        for (size_t j = 0; j < S; ++j) {
            upCov[j] += share * cov[j];
            if (!std::isnan(s[j])) {
                upSum[j] += share * (geometric ? std::log(s[j] + 1.0) : s[j]);
                upPresent[j] += share;
            }
        }
    }
    finish(0);
}

} // namespace balise::engine
