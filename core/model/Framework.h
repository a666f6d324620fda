#pragma once

#include "FrameworkNode.h"

#include <QHash>
#include <QList>
#include <vector>

namespace balise {

// The evaluation framework as an ordered tree of nodes. Owns its nodes; keeps the order of siblings
// as they were inserted. Structural rules (unique codes, no cycles, indicators are leaves) are
// checked by FrameworkRules before anything reaches this container.
class Framework
{
public:
    const std::vector<FrameworkNode>& nodes() const { return m_nodes; }
    bool isEmpty() const { return m_nodes.empty(); }
    int size() const { return static_cast<int>(m_nodes.size()); }

    const FrameworkNode* find(EntityId id) const;
    FrameworkNode* find(EntityId id);
    const FrameworkNode* findByCode(const QString& code) const;

    // Children of parentId (NoId: top-level nodes), in sibling order.
    QList<const FrameworkNode*> children(EntityId parentId) const;
    QList<const FrameworkNode*> indicators() const;
    // Nodes in depth-first order, parents before children, siblings in order.
    QList<const FrameworkNode*> depthFirst() const;
    int depthOf(EntityId id) const;
    // True when `ancestor` is `id` itself or one of its ancestors.
    bool isAncestorOrSelf(EntityId ancestor, EntityId id) const;

    void append(FrameworkNode node);
    void replace(const FrameworkNode& node);
    // Removes the node and its whole subtree; returns the removed ids.
    QList<EntityId> removeSubtree(EntityId id);
    // Moves node id under newParent at sibling index `row` (clamped).
    void move(EntityId id, EntityId newParent, int row);
    // Sibling index of the node among its parent's children.
    int rowOf(EntityId id) const;

private:
    void reindex();

    std::vector<FrameworkNode> m_nodes; // depth-first order is not required: siblings keep relative order
    QHash<EntityId, size_t> m_indexById;
};

} // namespace balise
