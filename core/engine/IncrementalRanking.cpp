#include "IncrementalRanking.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace balise::engine {
namespace {

// The evaluation's tie tolerance (Evaluation.cpp): scores closer than this share a rank.
constexpr double scoreTolerance = 1e-9;

} // namespace

std::vector<int> IncrementalRanking::orderOf(std::span<const double> scores)
{
    std::vector<int> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const double x = scores[static_cast<size_t>(a)];
        const double y = scores[static_cast<size_t>(b)];
        return !std::isnan(x) && (std::isnan(y) || x > y);
    });
    return order;
}

void IncrementalRanking::rank(std::span<const double> scores, std::span<const int> hint, std::span<int> ranks)
{
    const size_t S = scores.size();
    if (hint.size() != S || ranks.size() != S)
        throw std::invalid_argument("one hint entry and one rank per score are needed");
    m_sorted.clear();
    for (int service : hint) {
        const double s = scores[static_cast<size_t>(service)];
        if (std::isnan(s))
            ranks[static_cast<size_t>(service)] = 0;
        else
            m_sorted.emplace_back(s, service);
    }
    const size_t n = m_sorted.size();
    // Insertion sort, descending, within a budget of moves: a good hint costs O(n + moves), a bad one
    // is cut short and handed to std::sort (O(n log n)).
    size_t budget = 8 * n + 64;
    bool sorted = true;
    for (size_t i = 1; i < n && sorted; ++i) {
        const auto item = m_sorted[i];
        size_t j = i;
        while (j > 0 && m_sorted[j - 1].first < item.first) {
            m_sorted[j] = m_sorted[j - 1];
            --j;
        }
        m_sorted[j] = item;
        const size_t moved = i - j;
        sorted = moved <= budget;
        budget -= std::min(budget, moved);
    }
    if (!sorted)
        std::sort(m_sorted.begin(), m_sorted.end(), [](const auto& a, const auto& b) { return a.first > b.first; });

    // better = number of services more than the tolerance above the current one: non-decreasing down
    // the sorted list, so one pointer sweep finds them all.
    size_t better = 0;
    for (size_t k = 0; k < n; ++k) {
        const double limit = m_sorted[k].first + scoreTolerance;
        while (m_sorted[better].first > limit)
            ++better; // stops at k at the latest: a score is never above itself plus the tolerance
        ranks[static_cast<size_t>(m_sorted[k].second)] = static_cast<int>(better) + 1;
    }
}

} // namespace balise::engine
