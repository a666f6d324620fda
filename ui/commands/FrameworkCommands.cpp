#include "commands/FrameworkCommands.h"

#include "ChangeRefused.h"
#include "Project.h"
#include "ProjectDocument.h"

#include <QCoreApplication>
#include <QSet>

namespace balise::ui {
namespace {

QString nodeLabel(const FrameworkNode& node)
{
    return node.code.isEmpty() ? node.name : node.code;
}

} // namespace

EditNodeCommand::EditNodeCommand(ProjectDocument& document, const FrameworkNode& before, const FrameworkNode& after,
                                 int attribute)
    : ProjectCommand(document, QCoreApplication::translate("FrameworkCommands", "Edit %1").arg(nodeLabel(after))),
      m_before(before), m_after(after), m_attribute(attribute)
{}

bool EditNodeCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const EditNodeCommand*>(other); // same id(): same class
    if (next->m_after.id != m_after.id || next->m_attribute != m_attribute)
        return false;
    m_after = next->m_after;
    return true;
}

void EditNodeCommand::apply()
{
    project().updateNode(m_after);
}

void EditNodeCommand::revert()
{
    project().updateNode(m_before);
}

AddNodeCommand::AddNodeCommand(ProjectDocument& document, const FrameworkNode& node, int row)
    : ProjectCommand(document, QCoreApplication::translate("FrameworkCommands", "Add %1").arg(nodeLabel(node))),
      m_node(node), m_row(row)
{}

void AddNodeCommand::apply()
{
    if (m_removed) {
        project().restoreNodes(*m_removed);
        m_removed.reset();
        return;
    }
    m_id = project().addNode(m_node, m_row);
}

void AddNodeCommand::revert()
{
    m_removed = project().removeNode(m_id);
}

RemoveNodeCommand::RemoveNodeCommand(ProjectDocument& document, EntityId id) : ProjectCommand(document), m_id(id)
{
    if (const FrameworkNode* node = document.project().framework().find(id))
        setText(QCoreApplication::translate("FrameworkCommands", "Remove %1").arg(nodeLabel(*node)));
}

void RemoveNodeCommand::apply()
{
    m_removed = project().removeNode(m_id);
}

void RemoveNodeCommand::revert()
{
    project().restoreNodes(m_removed);
}

PasteNodesCommand::PasteNodesCommand(ProjectDocument& document, const QList<FrameworkImportNode>& nodes,
                                     const QString& text)
    : ProjectCommand(document, text), m_nodes(nodes)
{
    if (!text.isEmpty())
        return;
    const int count = static_cast<int>(nodes.size());
    if (count == 1)
        setText(QCoreApplication::translate("FrameworkCommands", "Paste %1").arg(nodeLabel(nodes.first().node)));
    else
        setText(QCoreApplication::translate("FrameworkCommands", "Paste %n node(s)", nullptr, count));
}

void PasteNodesCommand::apply()
{
    if (!m_removed.isEmpty()) {
        for (const RemovedNodes& removed : std::as_const(m_removed))
            project().restoreNodes(removed);
        m_removed.clear();
        return;
    }
    const QList<EntityId> ids = project().addNodes(m_nodes);
    const QSet<EntityId> pasted(ids.cbegin(), ids.cend());
    m_roots.clear();
    for (EntityId id : ids)
        if (!pasted.contains(project().framework().find(id)->parentId))
            m_roots.append(id);
}

void PasteNodesCommand::revert()
{
    // The last top first, so that each one's recorded row is still right when it is put back.
    for (qsizetype i = m_roots.size() - 1; i >= 0; --i)
        m_removed.prepend(project().removeNode(m_roots[i]));
}

MoveNodeCommand::MoveNodeCommand(ProjectDocument& document, EntityId id, EntityId newParent, int row)
    : ProjectCommand(document), m_id(id), m_newParent(newParent), m_newRow(row)
{
    if (const FrameworkNode* node = document.project().framework().find(id))
        setText(QCoreApplication::translate("FrameworkCommands", "Move %1").arg(nodeLabel(*node)));
}

void MoveNodeCommand::apply()
{
    const Framework& framework = project().framework();
    const FrameworkNode* node = framework.find(m_id);
    if (!node)
        throw ChangeRefused(
            {{QString(), QCoreApplication::translate("FrameworkCommands", "This objective, criterion or indicator no "
                                                                          "longer exists.")}});
    m_oldParent = node->parentId;
    m_oldRow = framework.rowOf(m_id);
    project().moveNode(m_id, m_newParent, m_newRow);
}

void MoveNodeCommand::revert()
{
    project().moveNode(m_id, m_oldParent, m_oldRow);
}

SetWeightsCommand::SetWeightsCommand(ProjectDocument& document, EntityId parent, const QList<EntityId>& nodes,
                                     const QList<double>& weights, const std::optional<WeightingRecord>& record,
                                     const QString& text)
    : ProjectCommand(document, text), m_parent(parent), m_nodes(nodes), m_after(weights), m_recordAfter(record)
{
    for (EntityId id : m_nodes) {
        const FrameworkNode* node = document.project().framework().find(id);
        m_before.append(node ? node->weight : 0.0);
    }
    if (const WeightingRecord* before = document.project().data().findWeighting(parent))
        m_recordBefore = *before;
}

void SetWeightsCommand::apply()
{
    project().applyWeighting(m_parent, m_nodes, m_after, m_recordAfter);
}

void SetWeightsCommand::revert()
{
    project().applyWeighting(m_parent, m_nodes, m_before, m_recordBefore);
}

} // namespace balise::ui
