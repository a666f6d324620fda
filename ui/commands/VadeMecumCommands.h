#pragma once

#include "Questionnaire.h"
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

// Changes the operator questionnaire from `before` to `after`. Undo puts back the former questionnaire
// with the same ids and the services' answers to the questions a removal took away. Consecutive edits
// with the same non-zero `mergeKey` merge.
class EditQuestionnaireCommand : public ProjectCommand
{
public:
    EditQuestionnaireCommand(ProjectDocument& document, const Questionnaire& before, const Questionnaire& after,
                             qint64 mergeKey, const QString& text);

    int id() const override { return static_cast<int>(CommandId::EditQuestionnaire); }
    bool mergeWith(const QUndoCommand* other) override;

protected:
    void apply() override;
    void revert() override;

private:
    Questionnaire m_before;
    Questionnaire m_after;
    qint64 m_mergeKey;
    RemovedAnswers m_answers;
};

// Records a revision of the vade-mecum (a frozen copy with its metadata). Undo takes it out of the
// history; redo puts the very same one back (same number, date and content).
class RecordRevisionCommand : public ProjectCommand
{
public:
    RecordRevisionCommand(ProjectDocument& document, const VadeMecumRevision& metadata);
    EntityId recordedId() const { return m_revision.id; }

protected:
    void apply() override;
    void revert() override;

private:
    VadeMecumRevision m_revision;
    bool m_recorded = false;
};

// Changes a revision's status, validation or summary; typing the summary is one step.
class EditRevisionCommand : public ProjectCommand
{
public:
    EditRevisionCommand(ProjectDocument& document, const VadeMecumRevision& before, const VadeMecumRevision& after);

    int id() const override { return static_cast<int>(CommandId::EditRevisionSummary); }
    bool mergeWith(const QUndoCommand* other) override;

protected:
    void apply() override;
    void revert() override;

private:
    VadeMecumRevision m_before;
    VadeMecumRevision m_after;
};

} // namespace balise::ui
