#pragma once

#include "FrameworkImportPlan.h"
#include "Removed.h"
#include "WeightingRecord.h"
#include "commands/ProjectCommand.h"

#include <optional>

namespace balise::ui {

// Changes one framework node from `before` to `after`. Consecutive edits of the same attribute of the
// same node (typing a weight digit by digit, spinning it) merge into one undo step.
class EditNodeCommand : public ProjectCommand
{
public:
    // `attribute` names what the edit changes (a column of the framework grid, say); only edits of
    // the same attribute merge.
    EditNodeCommand(ProjectDocument& document, const FrameworkNode& before, const FrameworkNode& after, int attribute);

    int id() const override { return static_cast<int>(CommandId::EditNode); }
    bool mergeWith(const QUndoCommand* other) override;

protected:
    void apply() override;
    void revert() override;

private:
    FrameworkNode m_before;
    FrameworkNode m_after;
    int m_attribute;
};

// Adds a node at a sibling row. Undo removes it; redo puts back the very same node (same id), so that
// later commands in the history that refer to it still find it.
class AddNodeCommand : public ProjectCommand
{
public:
    AddNodeCommand(ProjectDocument& document, const FrameworkNode& node, int row);
    EntityId addedId() const { return m_id; }

protected:
    void apply() override;
    void revert() override;

private:
    FrameworkNode m_node;
    int m_row;
    EntityId m_id = NoId;
    std::optional<RemovedNodes> m_removed; // after an undo
};

// Removes a node with its subtree and measurements; undo puts everything back.
class RemoveNodeCommand : public ProjectCommand
{
public:
    RemoveNodeCommand(ProjectDocument& document, EntityId id);

protected:
    void apply() override;
    void revert() override;

private:
    EntityId m_id;
    RemovedNodes m_removed;
};

// Moves a node under `newParent` at sibling `row`.
class MoveNodeCommand : public ProjectCommand
{
public:
    MoveNodeCommand(ProjectDocument& document, EntityId id, EntityId newParent, int row);

protected:
    void apply() override;
    void revert() override;

private:
    EntityId m_id;
    EntityId m_newParent;
    int m_newRow;
    EntityId m_oldParent = NoId;
    int m_oldRow = 0;
};

// Adds pasted nodes (placed and renamed by FrameworkPaste) in one transaction and one undo step. Undo
// removes the tops of the block with their subtrees; redo puts the very same nodes back (same ids).
class PasteNodesCommand : public ProjectCommand
{
public:
    // `text` names the step in the Edit menu; empty: "Paste …".
    PasteNodesCommand(ProjectDocument& document, const QList<FrameworkImportNode>& nodes, const QString& text = {});
    // The tops of the pasted block, in order, once applied.
    const QList<EntityId>& pastedRoots() const { return m_roots; }

protected:
    void apply() override;
    void revert() override;

private:
    QList<FrameworkImportNode> m_nodes;
    QList<EntityId> m_roots;
    QList<RemovedNodes> m_removed; // after an undo, in the order of m_roots
};

// Gives the children of one node new weights and records how they were set (the weighting method and
// its inputs), in one undo step; undo puts back the former weights and record.
class SetWeightsCommand : public ProjectCommand
{
public:
    SetWeightsCommand(ProjectDocument& document, EntityId parent, const QList<EntityId>& nodes,
                      const QList<double>& weights, const std::optional<WeightingRecord>& record, const QString& text);

protected:
    void apply() override;
    void revert() override;

private:
    EntityId m_parent;
    QList<EntityId> m_nodes;
    QList<double> m_after;
    QList<double> m_before;
    std::optional<WeightingRecord> m_recordAfter;
    std::optional<WeightingRecord> m_recordBefore;
};

} // namespace balise::ui
