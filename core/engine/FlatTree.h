#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

// The engine is plain C++ over flat arrays (DESIGN §3): no Qt, no SQL. Everything here is a value
// that can be copied to worker threads.
namespace balise::engine {

// A framework flattened for computation. Node 0 is the virtual root whose score is the overall score
// ("_overall"); the framework's nodes follow in depth-first pre-order, so every descendant of a node
// has a larger index than the node itself: one backward pass over the nodes aggregates the tree.
class FlatTree
{
public:
    // `parents[i]` is the parent of node i+1 in the same numbering (0 = the root); `indicators[i]`
    // the indicator column of node i+1, or -1 for objectives and criteria. Throws std::invalid_argument
    // when the parents are not in pre-order (a parent after its child) or an indicator has children.
    FlatTree(std::vector<int> parents, std::vector<int> indicators);
    FlatTree() : FlatTree({}, {}) {}

    int nodeCount() const { return static_cast<int>(m_parent.size()); }
    int indicatorCount() const { return static_cast<int>(m_nodeOfIndicator.size()); }
    int parent(int node) const { return m_parent[static_cast<size_t>(node)]; }
    // Indicator column of a node, -1 for inner nodes (and the root).
    int indicatorOf(int node) const { return m_indicatorOf[static_cast<size_t>(node)]; }
    int nodeOfIndicator(int indicator) const { return m_nodeOfIndicator[static_cast<size_t>(indicator)]; }
    std::span<const int> children(int node) const;
    std::span<const int> parents() const { return m_parent; }
    bool isLeaf(int node) const { return children(node).empty(); }
    // Depth below the root (the root is 0, objectives 1, …).
    int depth(int node) const;

private:
    std::vector<int> m_parent;
    std::vector<int> m_indicatorOf;
    std::vector<int> m_nodeOfIndicator;
    std::vector<int> m_childStart; // children of node i: m_children[m_childStart[i] .. m_childStart[i+1])
    std::vector<int> m_children;
};

} // namespace balise::engine
