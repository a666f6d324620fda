#pragma once

#include <QUndoCommand>

namespace balise {
class Project;
} // namespace balise

namespace balise::ui {

class ProjectDocument;

// Undo ids of the commands that merge with their successor (QUndoCommand::id()): one per kind.
enum class CommandId
{
    EditNode = 1,
    SetMeasurement = 2,
    EditService = 3,
    EditPeriod = 4,
    EditImpactAccount = 5,
    EditVadeMecum = 6,
    EditRevisionSummary = 7,
    EditQuestionnaire = 8,
};

// One user edit of the open project, undoable. Subclasses change the project through its public API
// in apply() and change it back in revert(); both may throw (a refused change, a storage error).
//
// Commands are not pushed blind: ProjectDocument::execute() applies a command first and pushes it
// only when the project accepted the change, so that a refused edit never reaches the undo history
// (QUndoStack::push would run redo() itself, with no way to refuse). If a later undo or redo fails
// (the file became unwritable), the document reports it and clears the history, since the history
// no longer matches what the file holds.
class ProjectCommand : public QUndoCommand
{
public:
    explicit ProjectCommand(ProjectDocument& document, const QString& text = {});

    void redo() final;
    void undo() final;

    // Runs apply() once, before the command is pushed; throws what apply() throws.
    void applyFirst();

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    Project& project() const;
    ProjectDocument& document() const { return m_document; }

private:
    ProjectDocument& m_document;
    bool m_applied = false; // by applyFirst(): the stack's first redo() must not apply again
};

} // namespace balise::ui
