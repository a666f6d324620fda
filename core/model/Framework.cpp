#include "Framework.h"

#include <QSet>
#include <algorithm>

namespace balise {

const FrameworkNode* Framework::find(EntityId id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.cend() ? nullptr : &m_nodes[*it];
}

FrameworkNode* Framework::find(EntityId id)
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.cend() ? nullptr : &m_nodes[*it];
}

const FrameworkNode* Framework::findByCode(const QString& code) const
{
    for (const auto& node : m_nodes)
        if (node.code.compare(code, Qt::CaseInsensitive) == 0)
            return &node;
    return nullptr;
}

QList<const FrameworkNode*> Framework::children(EntityId parentId) const
{
    QList<const FrameworkNode*> result;
    for (const auto& node : m_nodes)
        if (node.parentId == parentId)
            result.append(&node);
    return result;
}

QList<const FrameworkNode*> Framework::indicators() const
{
    QList<const FrameworkNode*> result;
    for (const FrameworkNode* node : depthFirst())
        if (node->isIndicator())
            result.append(node);
    return result;
}

QList<const FrameworkNode*> Framework::depthFirst() const
{
    QHash<EntityId, QList<const FrameworkNode*>> childrenOf;
    for (const auto& node : m_nodes)
        childrenOf[node.parentId].append(&node);
    QList<const FrameworkNode*> result;
    result.reserve(static_cast<qsizetype>(m_nodes.size()));
    // Explicit stack: depth is user data and must not be able to exhaust the call stack.
    QList<const FrameworkNode*> stack;
    const auto& roots = childrenOf.value(NoId);
    for (auto it = roots.crbegin(); it != roots.crend(); ++it)
        stack.append(*it);
    while (!stack.isEmpty()) {
        const FrameworkNode* node = stack.takeLast();
        result.append(node);
        const auto& kids = childrenOf.value(node->id);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append(*it);
    }
    return result;
}

int Framework::depthOf(EntityId id) const
{
    int depth = 0;
    const FrameworkNode* node = find(id);
    while (node && node->parentId != NoId && depth <= size()) {
        node = find(node->parentId);
        ++depth;
    }
    return depth;
}

bool Framework::isAncestorOrSelf(EntityId ancestor, EntityId id) const
{
    int guard = 0;
    for (const FrameworkNode* node = find(id); node && guard <= size(); node = find(node->parentId), ++guard)
        if (node->id == ancestor)
            return true;
    return false;
}

void Framework::append(FrameworkNode node)
{
    m_indexById.insert(node.id, m_nodes.size());
    m_nodes.push_back(std::move(node));
}

void Framework::replace(const FrameworkNode& node)
{
    if (FrameworkNode* existing = find(node.id))
        *existing = node;
}

QList<EntityId> Framework::removeSubtree(EntityId id)
{
    QSet<EntityId> doomed;
    for (const auto& node : m_nodes)
        if (isAncestorOrSelf(id, node.id))
            doomed.insert(node.id);
    std::erase_if(m_nodes, [&](const FrameworkNode& node) { return doomed.contains(node.id); });
    reindex();
    return {doomed.cbegin(), doomed.cend()};
}

void Framework::move(EntityId id, EntityId newParent, int row)
{
    const FrameworkNode* current = find(id);
    if (!current)
        return;
    FrameworkNode moved = *current;
    moved.parentId = newParent;
    std::erase_if(m_nodes, [id](const FrameworkNode& node) { return node.id == id; });
    reindex();
    const auto siblings = children(newParent);
    size_t insertAt = m_nodes.size();
    if (row >= 0 && row < siblings.size())
        insertAt = m_indexById.value(siblings[row]->id);
    else if (!siblings.isEmpty())
        insertAt = m_indexById.value(siblings.last()->id) + 1;
    m_nodes.insert(m_nodes.begin() + static_cast<std::ptrdiff_t>(insertAt), std::move(moved));
    reindex();
}

int Framework::rowOf(EntityId id) const
{
    const FrameworkNode* node = find(id);
    if (!node)
        return -1;
    const auto siblings = children(node->parentId);
    for (int i = 0; i < siblings.size(); ++i)
        if (siblings[i]->id == id)
            return i;
    return -1;
}

void Framework::reindex()
{
    m_indexById.clear();
    for (size_t i = 0; i < m_nodes.size(); ++i)
        m_indexById.insert(m_nodes[i].id, i);
}

} // namespace balise
