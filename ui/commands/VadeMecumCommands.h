#pragma once

#include "Removed.h"
#include "VadeMecum.h"
#include "commands/ProjectCommand.h"

namespace balise::ui {

// Changes the vade-mecum from `before` to `after` (an item edited, added, removed or moved). Undo puts
// back the former content with the same ids and the links to the framework and the questionnaire that
// a removal took away. Consecutive edits with the same `mergeKey` (one field of one item, typed
// letter by letter) merge into one step; 0 never merges.
class EditVadeMecumCommand : public ProjectCommand
{
public:
    EditVadeMecumCommand(ProjectDocument& document, const VadeMecum& before, const VadeMecum& after, qint64 mergeKey,
                         const QString& text);

    int id() const override { return static_cast<int>(CommandId::EditVadeMecum); }
    bool mergeWith(const QUndoCommand* other) override;

protected:
    void apply() override;
    void revert() override;

private:
    VadeMecum m_before;
    VadeMecum m_after;
    qint64 m_mergeKey;
    RemovedVadeMecumLinks m_links;
};

} // namespace balise::ui
