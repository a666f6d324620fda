#include "commands/VadeMecumCommands.h"

#include "Project.h"

namespace balise::ui {

EditVadeMecumCommand::EditVadeMecumCommand(ProjectDocument& document, const VadeMecum& before, const VadeMecum& after,
                                           qint64 mergeKey, const QString& text)
    : ProjectCommand(document, text), m_before(before), m_after(after), m_mergeKey(mergeKey)
{}

bool EditVadeMecumCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const EditVadeMecumCommand*>(other);
    if (m_mergeKey == 0 || next->m_mergeKey != m_mergeKey || !next->m_links.isEmpty())
        return false;
    m_after = next->m_after;
    return true;
}

void EditVadeMecumCommand::apply()
{
    m_links = project().setVadeMecum(m_after);
    // Added items have their ids now: a redo puts back the very same ones, so that what later edits
    // link to them still finds them.
    m_after = project().vadeMecum();
}

void EditVadeMecumCommand::revert()
{
    project().restoreVadeMecum(m_before, m_links);
}

} // namespace balise::ui
