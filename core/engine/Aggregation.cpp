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
    if (S == 0)
        return; // nothing to aggregate, and &scores[row] on an empty span is undefined behaviour
    const bool geometric = settings.method == AggregationMethod::Geometric;
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    // A coverage of 0.5 computed as 0.3 + 0.2 must still reach a 50 % threshold.
    const double threshold = settings.minimumCoverage - 1e-9;

    // Accumulators for inner nodes only: Σ share·f(score) and Σ share over children with a score. The
    // coverage rows themselves accumulate Σ share·coverage. Indicators need none, and leaving them out
    // keeps the buffers small (under 128 kB on the reference workload): big ones come from fresh pages
    // on every call, and the page faults cost more than the arithmetic.
    std::vector<int> innerRow(static_cast<size_t>(n), -1);
    size_t inner = 0;
    for (int node = 0; node < n; ++node)
        if (tree.indicatorOf(node) < 0)
            innerRow[static_cast<size_t>(node)] = static_cast<int>(inner++);
    std::vector<double> sum(inner * S, 0.0);
    std::vector<double> present(inner * S, 0.0);
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
        const size_t acc = static_cast<size_t>(innerRow[static_cast<size_t>(node)]) * S;
        double* s = &scores[row];
        const double* cov = &coverage[row];
        if (geometric) {
            for (size_t j = 0; j < S; ++j) {
                const double w = present[acc + j];
                s[j] = cov[j] < threshold || w <= 0.0 ? nan : std::exp(sum[acc + j] / w) - 1.0;
            }
            return;
        }
        for (size_t j = 0; j < S; ++j) {
            const double w = present[acc + j];
            s[j] = cov[j] < threshold || w <= 0.0 ? nan : sum[acc + j] / w;
        }
    };

    // Pre-order numbering: every child has a larger index than its parent, so walking backwards
    // finishes all children of a node before the node itself is finished and passed up.
    for (int node = n - 1; node >= 1; --node) {
        if (tree.indicatorOf(node) < 0)
            finish(node);
        const double share = shares[static_cast<size_t>(node)];
        const int parent = tree.parent(node);
        const size_t row = static_cast<size_t>(node) * S;
        const size_t up = static_cast<size_t>(innerRow[static_cast<size_t>(parent)]) * S;
        const double* s = &scores[row];
        const double* cov = &coverage[row];
        double* upCov = &coverage[static_cast<size_t>(parent) * S];
        double* upSum = &sum[up];
        double* upPresent = &present[up];
        if (geometric) {
            for (size_t j = 0; j < S; ++j) {
                upCov[j] += share * cov[j];
                if (!std::isnan(s[j])) {
                    upSum[j] += share * std::log(s[j] + 1.0);
                    upPresent[j] += share;
                }
            }
        } else {
            // Branch-free so that it vectorises: a missing score adds 0 to both sums. Written as two
            // selections on isnan (a quiet test) because GCC will not if-convert anything that could
            // raise a floating-point exception, such as an ordered comparison or a product with NaN.
            for (size_t j = 0; j < S; ++j) {
                const double x = s[j];
                const double value = std::isnan(x) ? 0.0 : x;
                const double weight = std::isnan(x) ? 0.0 : share;
                upCov[j] += share * cov[j];
                upSum[j] += share * value;
                upPresent[j] += weight;
            }
        }
    }
    finish(0);
}

} // namespace balise::engine
