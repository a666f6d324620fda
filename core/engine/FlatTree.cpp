#include "FlatTree.h"

#include <stdexcept>

namespace balise::engine {

FlatTree::FlatTree(std::vector<int> parents, std::vector<int> indicators)
{
    if (parents.size() != indicators.size())
        throw std::invalid_argument("one indicator entry per node is needed");
    const size_t n = parents.size() + 1;
    m_parent.reserve(n);
    m_parent.push_back(-1);
    m_parent.insert(m_parent.end(), parents.begin(), parents.end());
    m_indicatorOf.reserve(n);
    m_indicatorOf.push_back(-1);
    m_indicatorOf.insert(m_indicatorOf.end(), indicators.begin(), indicators.end());

    std::vector<int> childCount(n, 0);
    for (size_t i = 1; i < n; ++i) {
        const int p = m_parent[i];
        if (p < 0 || static_cast<size_t>(p) >= i)
            throw std::invalid_argument("parents must come before their children");
        ++childCount[static_cast<size_t>(p)];
    }
    m_childStart.assign(n + 1, 0);
    for (size_t i = 0; i < n; ++i)
        m_childStart[i + 1] = m_childStart[i] + childCount[i];
    m_children.assign(static_cast<size_t>(m_childStart[n]), 0);
    std::vector<int> fill(m_childStart.begin(), m_childStart.end() - 1);
    for (size_t i = 1; i < n; ++i)
        m_children[static_cast<size_t>(fill[static_cast<size_t>(m_parent[i])]++)] = static_cast<int>(i);

    int columns = 0;
    for (size_t i = 0; i < n; ++i)
        if (m_indicatorOf[i] >= 0) {
            if (childCount[i] > 0)
                throw std::invalid_argument("an indicator cannot have children");
            columns = std::max(columns, m_indicatorOf[i] + 1);
        }
    m_nodeOfIndicator.assign(static_cast<size_t>(columns), -1);
    for (size_t i = 0; i < n; ++i)
        if (m_indicatorOf[i] >= 0) {
            int& slot = m_nodeOfIndicator[static_cast<size_t>(m_indicatorOf[i])];
            if (slot >= 0)
                throw std::invalid_argument("two nodes share one indicator column");
            slot = static_cast<int>(i);
        }
    for (int node : m_nodeOfIndicator)
        if (node < 0)
            throw std::invalid_argument("indicator columns must be numbered without gaps");
}

std::span<const int> FlatTree::children(int node) const
{
    const auto i = static_cast<size_t>(node);
    return std::span<const int>(m_children)
        .subspan(static_cast<size_t>(m_childStart[i]), static_cast<size_t>(m_childStart[i + 1] - m_childStart[i]));
}

int FlatTree::depth(int node) const
{
    int d = 0;
    for (int p = parent(node); p >= 0; p = parent(p))
        ++d;
    return d;
}

} // namespace balise::engine
