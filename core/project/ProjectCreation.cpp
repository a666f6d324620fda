#include "ProjectCreation.h"

#include "ChangeRefused.h"
#include "Project.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace balise {

std::unique_ptr<Project> ProjectCreation::create(const QString& path, const ProjectInfo& info,
                                                 const QList<FrameworkImportNode>& framework, QString& error)
{
    if (QFileInfo::exists(path)) {
        error = QCoreApplication::translate("ProjectCreation", "%1 already exists: choose another name.").arg(path);
        return nullptr;
    }
    std::unique_ptr<Project> project;
    try {
        project = Project::create(path, info);
        if (!framework.isEmpty())
            project->addNodes(framework);
        return project;
    } catch (const StorageError& failure) {
        error = failure.message();
    } catch (const ChangeRefused& refusal) {
        error = refusal.message();
    } catch (const std::exception& failure) {
        error = QString::fromStdString(failure.what());
    }
    // The file exists only if this call created it (it did not exist above).
    discard(project);
    return nullptr;
}

void ProjectCreation::discard(std::unique_ptr<Project>& project)
{
    const QString created = project ? project->filePath() : QString();
    project.reset(); // closes the file and releases its lock first
    if (!created.isEmpty())
        QFile::remove(created);
}

} // namespace balise
