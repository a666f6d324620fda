#include "commands/VadeMecumCommands.h"

#include "Project.h"

#include <QCoreApplication>

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

EditQuestionnaireCommand::EditQuestionnaireCommand(ProjectDocument& document, const Questionnaire& before,
                                                   const Questionnaire& after, qint64 mergeKey, const QString& text)
    : ProjectCommand(document, text), m_before(before), m_after(after), m_mergeKey(mergeKey)
{}

bool EditQuestionnaireCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const EditQuestionnaireCommand*>(other);
    if (m_mergeKey == 0 || next->m_mergeKey != m_mergeKey || !next->m_answers.services.isEmpty())
        return false;
    m_after = next->m_after;
    return true;
}

void EditQuestionnaireCommand::apply()
{
    m_answers = project().setQuestionnaire(m_after);
    m_after = project().questionnaire(); // with the new items' ids, for a redo that keeps them
}

void EditQuestionnaireCommand::revert()
{
    project().restoreQuestionnaire(m_before, m_answers);
}

RecordRevisionCommand::RecordRevisionCommand(ProjectDocument& document, const VadeMecumRevision& metadata)
    : ProjectCommand(document, QCoreApplication::translate("VadeMecumCommands", "Record a revision of the vade-mecum")),
      m_revision(metadata)
{}

void RecordRevisionCommand::apply()
{
    if (m_recorded) {
        project().restoreRevision(m_revision);
        return;
    }
    const EntityId id = project().recordRevision(m_revision);
    for (const VadeMecumRevision& revision : project().revisions())
        if (revision.id == id)
            m_revision = revision; // with its number, date, author and content
    m_recorded = true;
}

void RecordRevisionCommand::revert()
{
    project().removeRevision(m_revision.id);
}

EditRevisionCommand::EditRevisionCommand(ProjectDocument& document, const VadeMecumRevision& before,
                                         const VadeMecumRevision& after)
    : ProjectCommand(document, QCoreApplication::translate("VadeMecumCommands", "Edit revision %1").arg(after.number)),
      m_before(before), m_after(after)
{}

bool EditRevisionCommand::mergeWith(const QUndoCommand* other)
{
    // Only summaries typed in a row merge: a change of status stays a step of its own.
    const auto* next = static_cast<const EditRevisionCommand*>(other);
    auto summaryOnly = [](VadeMecumRevision a, const VadeMecumRevision& b) {
        a.summary = b.summary;
        return a == b;
    };
    if (next->m_after.id != m_after.id || !summaryOnly(m_before, m_after) ||
        !summaryOnly(next->m_before, next->m_after))
        return false;
    m_after = next->m_after;
    return true;
}

void EditRevisionCommand::apply()
{
    project().updateRevision(m_after);
}

void EditRevisionCommand::revert()
{
    project().updateRevision(m_before);
}

} // namespace balise::ui
