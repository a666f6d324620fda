#pragma once

#include "FrameworkImportPlan.h"
#include "ProjectInfo.h"

#include <QString>
#include <memory>

namespace balise {

class Project;

// Creates a new project file with its first framework, for the command line's `new` and the
// workbench's New project. Either the file is created complete, or nothing is left on disk: a
// framework the model refuses removes the file just created.
class ProjectCreation
{
public:
    // Returns the open project, or null with `error` set to one sentence for the user. An existing
    // file at `path` is never touched (refused with a message).
    static std::unique_ptr<Project> create(const QString& path, const ProjectInfo& info,
                                           const QList<FrameworkImportNode>& framework, QString& error);

    // Closes a project its creator could not finish (a template, a project JSON refused half-way) and
    // removes its file, lock and all, so that nothing half-made is left on disk. `project` is null after.
    static void discard(std::unique_ptr<Project>& project);
};

} // namespace balise
