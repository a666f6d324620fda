#include "OpenProject.h"

#include "EvaluationBuilder.h"
#include "ProjectFileError.h"

#include <QFileInfo>

namespace balise::cli {

std::unique_ptr<Project> openProject(CliContext& context, const QString& path, ProjectFile::Access access)
{
    try {
        return Project::open(path, access);
    } catch (const StorageError& error) {
        // A script that opens many projects must be able to tell which one was refused.
        const QString name = QFileInfo(path).fileName();
        context.fail(InvalidInput, error.message().contains(name)
                                       ? error.message()
                                       : CliContext::tr("%1: %2").arg(name, error.message()));
    }
    return nullptr;
}

std::unique_ptr<Project> openProjectToEvaluate(CliContext& context, const QString& path)
{
    auto project = openProject(context, path, ProjectFile::Access::ReadOnly);
    if (!project)
        return nullptr;
    if (const QString reason = EvaluationBuilder::unavailableReason(project->data()); !reason.isEmpty()) {
        context.fail(InvalidInput, reason);
        return nullptr;
    }
    return project;
}

const Period* findPeriodOrExplain(CliContext& context, const ProjectData& data, const QString& label)
{
    if (const Period* found = data.findPeriodByLabel(label))
        return found;
    QStringList known;
    for (const Period& p : data.periods)
        known.append(p.label);
    context.fail(InvalidInput, CliContext::tr("The project has no period \"%1\"; its periods are: %2.")
                                   .arg(label, known.join(QStringLiteral(", "))));
    return nullptr;
}

} // namespace balise::cli
