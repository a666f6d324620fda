#include "commands/ProjectCommand.h"

#include "ProjectDocument.h"

#include <exception>

namespace balise::ui {

ProjectCommand::ProjectCommand(ProjectDocument& document, const QString& text)
    : QUndoCommand(text), m_document(document)
{}

Project& ProjectCommand::project() const
{
    return m_document.project();
}

void ProjectCommand::applyFirst()
{
    apply();
    m_applied = true;
}

void ProjectCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    try {
        apply();
    } catch (const std::exception& error) {
        m_document.historyBroken(error);
    }
}

void ProjectCommand::undo()
{
    try {
        revert();
    } catch (const std::exception& error) {
        m_document.historyBroken(error);
    }
}

} // namespace balise::ui
