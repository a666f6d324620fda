#include "ProjectDocument.h"

#include "ChangeRefused.h"
#include "Project.h"
#include "ProjectEvaluation.h"
#include "StorageError.h"
#include "commands/ProjectCommand.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>
#include <exception>

namespace balise::ui {

ProjectDocument::ProjectDocument(std::unique_ptr<Project> project, QObject* parent)
    : QObject(parent), m_project(std::move(project)), m_undoStack(new QUndoStack(this)),
      m_evaluation(new ProjectEvaluation(*m_project, this))
{
    Q_ASSERT(m_project);
}

// The undo stack and the evaluation (children) go before the project: they refer to it.
ProjectDocument::~ProjectDocument()
{
    delete m_undoStack;
    delete m_evaluation;
}

std::unique_ptr<ProjectDocument> ProjectDocument::open(const QString& path, QString& error, QObject* parent)
{
    try {
        return std::make_unique<ProjectDocument>(Project::open(path, ProjectFile::Access::ReadWriteOrReadOnly), parent);
    } catch (const StorageError& e) {
        error = e.message();
    } catch (const std::exception& e) {
        // Anything else the reader lets through is still a file we could not open, not a crash.
        error = tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(e.what()));
    }
    return nullptr;
}

QString ProjectDocument::filePath() const
{
    return m_project->filePath();
}

QString ProjectDocument::displayName() const
{
    const QString title = m_project->info().title.trimmed();
    return title.isEmpty() ? QFileInfo(filePath()).completeBaseName() : title;
}

namespace {

QString messageOf(const std::exception& error)
{
    if (const auto* refused = dynamic_cast<const ChangeRefused*>(&error))
        return refused->message();
    if (const auto* storage = dynamic_cast<const StorageError*>(&error))
        return storage->message();
    return QString::fromLocal8Bit(error.what());
}

} // namespace

QString ProjectDocument::execute(std::unique_ptr<ProjectCommand> command)
{
    try {
        command->applyFirst();
    } catch (const std::exception& error) {
        const QString message = messageOf(error);
        Q_EMIT editRefused(message);
        return message;
    }
    m_undoStack->push(command.release()); // its redo() knows it has been applied
    return {};
}

void ProjectDocument::historyBroken(const std::exception& error)
{
    Q_EMIT editRefused(tr("The change could not be undone or redone: %1 The undo history has been cleared; the "
                          "project holds every change made so far.")
                           .arg(messageOf(error)));
    // Not from inside the stack's own undo()/redo(): clear it once that call has returned.
    QTimer::singleShot(0, m_undoStack, &QUndoStack::clear);
}

} // namespace balise::ui
