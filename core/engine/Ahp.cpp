#include "Ahp.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace balise::engine {
namespace {

constexpr std::array<double, 15> randomIndices{0.0,  0.0,  0.58, 0.90, 1.12, 1.24, 1.32, 1.41,
                                               1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
constexpr int maxIterations = 10000;
// The scale's bounds with a little room for 1/9 typed or computed in floating point.
constexpr double lowestJudgement = 1.0 / 9.0 * (1.0 - 1e-9);
constexpr double highestJudgement = 9.0 * (1.0 + 1e-9);

AhpResult failure(AhpError error, int row = -1, int column = -1)
{
    AhpResult result;
    result.error = error;
    result.row = row;
    result.column = column;
    return result;
}

} // namespace

double saatyRandomIndex(int n)
{
    if (n < 1)
        return 0.0;
    return randomIndices[static_cast<size_t>(std::min(n, static_cast<int>(randomIndices.size())) - 1)];
}

AhpResult validatePairwise(int n, std::span<const double> matrix)
{
    if (n < 1)
        return failure(AhpError::Empty);
    const auto N = static_cast<size_t>(n);
    if (matrix.size() != N * N)
        return failure(AhpError::NotSquare);
    auto at = [&](int i, int j) {
        return matrix[static_cast<size_t>(i) * N + static_cast<size_t>(j)];
    };
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            const double a = at(i, j);
            if (!(a > 0.0) || !std::isfinite(a))
                return failure(AhpError::NotPositive, i, j);
            if (a < lowestJudgement || a > highestJudgement)
                return failure(AhpError::OutOfScale, i, j);
        }
    for (int i = 0; i < n; ++i)
        for (int j = i; j < n; ++j)
            if (std::abs(at(i, j) * at(j, i) - 1.0) > reciprocalTolerance ||
                (i == j && std::abs(at(i, i) - 1.0) > reciprocalTolerance))
                return failure(AhpError::NotReciprocal, i, j);
    return {};
}

AhpResult analysePairwise(int n, std::span<const double> matrix)
{
    AhpResult result = validatePairwise(n, matrix);
    if (!result.ok())
        return result;
    const auto N = static_cast<size_t>(n);
    auto multiply = [&](const std::vector<double>& w, std::vector<double>& out) {
        for (size_t i = 0; i < N; ++i) {
            double sum = 0.0;
            for (size_t j = 0; j < N; ++j)
                sum += matrix[i * N + j] * w[j];
            out[i] = sum;
        }
    };

    std::vector<double> w(N, 1.0 / n);
    std::vector<double> next(N);
    bool settled = false;
    while (!settled && result.iterations < maxIterations) {
        multiply(w, next);
        double total = 0.0;
        for (double x : next)
            total += x;
        double moved = 0.0;
        for (size_t i = 0; i < N; ++i) {
            next[i] /= total;
            moved = std::max(moved, std::abs(next[i] - w[i]));
        }
        w.swap(next);
        ++result.iterations;
        settled = moved <= powerIterationTolerance;
    }
    if (!settled)
        return failure(AhpError::NoConvergence);

    multiply(w, next);
    double lambda = 0.0;
    for (double x : next)
        lambda += x;
    result.weights = w;
    result.lambdaMax = lambda;
    result.randomIndex = saatyRandomIndex(n);
    if (n > 2) {
        // λmax ≥ n for a positive reciprocal matrix; rounding can leave it a hair below.
        result.consistencyIndex = std::max(0.0, (lambda - n) / (n - 1));
        result.consistencyRatio = result.consistencyIndex / result.randomIndex;
    }
    if (!result.consistent()) {
        double worst = -1.0;
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j) {
                const double a = matrix[static_cast<size_t>(i) * N + static_cast<size_t>(j)];
                const double departure = std::abs(std::log(a * w[static_cast<size_t>(j)] / w[static_cast<size_t>(i)]));
                if (departure > worst) {
                    worst = departure;
                    result.worstRow = i;
                    result.worstColumn = j;
                    result.worstJudgement = a;
                    result.consistentJudgement = w[static_cast<size_t>(i)] / w[static_cast<size_t>(j)];
                }
            }
    }
    return result;
}

} // namespace balise::engine
