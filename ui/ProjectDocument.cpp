#include "ProjectDocument.h"

#include "Project.h"
#include "StorageError.h"

#include <QDir>
#include <QFileInfo>
#include <QUndoStack>
#include <exception>

namespace balise::ui {

ProjectDocument::ProjectDocument(std::unique_ptr<Project> project, QObject* parent)
    : QObject(parent), m_project(std::move(project)), m_undoStack(new QUndoStack(this))
{
    Q_ASSERT(m_project);
}

// The undo stack (a child) goes before the project: its commands may refer to the project.
ProjectDocument::~ProjectDocument()
{
    delete m_undoStack;
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

} // namespace balise::ui
