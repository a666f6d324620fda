#include "Weighting.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace balise::engine {
namespace {

WeightResult failure(WeightError error, int item = -1, double total = 0.0)
{
    WeightResult result;
    result.error = error;
    result.item = item;
    result.total = total;
    return result;
}

// Common checks of non-negative finite values; on success `total` holds their sum.
WeightResult checkValues(std::span<const double> values, double& total)
{
    if (values.empty())
        return failure(WeightError::Empty);
    total = 0.0;
    for (size_t i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i]))
            return failure(WeightError::NotFinite, static_cast<int>(i));
        if (values[i] < 0.0)
            return failure(WeightError::Negative, static_cast<int>(i));
        total += values[i];
    }
    return {};
}

WeightResult normalised(std::span<const double> values, double total)
{
    WeightResult result;
    result.total = total;
    result.weights.reserve(values.size());
    for (double v : values)
        result.weights.push_back(v / total);
    return result;
}

} // namespace

WeightResult directPoints(std::span<const double> points)
{
    double total = 0.0;
    if (auto checked = checkValues(points, total); !checked.ok())
        return checked;
    if (total <= 0.0)
        return failure(WeightError::AllZero);
    return normalised(points, total);
}

WeightResult directPercentages(std::span<const double> percents)
{
    double total = 0.0;
    if (auto checked = checkValues(percents, total); !checked.ok())
        return checked;
    if (std::abs(total - 100.0) > percentTolerance + 1e-9)
        return failure(WeightError::PercentSum, -1, total);
    return normalised(percents, total);
}

WeightResult equalWeights(int count)
{
    if (count < 1)
        return failure(WeightError::Empty);
    WeightResult result;
    result.total = count;
    result.weights.assign(static_cast<size_t>(count), 1.0 / count);
    return result;
}

WeightResult pointBudget(std::span<const double> points, int budget)
{
    double total = 0.0;
    if (auto checked = checkValues(points, total); !checked.ok())
        return checked;
    for (size_t i = 0; i < points.size(); ++i)
        if (points[i] != std::round(points[i]))
            return failure(WeightError::NotInteger, static_cast<int>(i));
    if (total != budget)
        return failure(WeightError::BudgetSum, -1, total);
    if (total <= 0.0)
        return failure(WeightError::AllZero);
    return normalised(points, total);
}

double rocWeight(int position, int count)
{
    double sum = 0.0;
    for (int j = position; j <= count; ++j)
        sum += 1.0 / j;
    return sum / count;
}

WeightResult rankOrderCentroid(std::span<const int> ranks)
{
    if (ranks.empty())
        return failure(WeightError::Empty);
    for (size_t i = 0; i < ranks.size(); ++i)
        if (ranks[i] < 1)
            return failure(WeightError::InvalidRank, static_cast<int>(i));
    const int n = static_cast<int>(ranks.size());
    std::vector<int> order(ranks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return ranks[a] < ranks[b]; });

    WeightResult result;
    result.total = 1.0;
    result.weights.assign(ranks.size(), 0.0);
    // Walk the sorted items one tie group at a time: positions first..last (0-based) share the mean of
    // their centroid weights.
    for (int first = 0; first < n;) {
        int last = first;
        while (last + 1 < n && ranks[order[last + 1]] == ranks[order[first]])
            ++last;
        double sum = 0.0;
        for (int k = first; k <= last; ++k)
            sum += rocWeight(k + 1, n);
        const double shared = sum / (last - first + 1);
        for (int k = first; k <= last; ++k)
            result.weights[static_cast<size_t>(order[k])] = shared;
        first = last + 1;
    }
    return result;
}

} // namespace balise::engine
