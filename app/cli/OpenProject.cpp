#include "OpenProject.h"

#include "ProjectFileError.h"

namespace balise::cli {

std::unique_ptr<Project> openProject(CliContext& context, const QString& path, ProjectFile::Access access)
{
    try {
        return Project::open(path, access);
    } catch (const StorageError& error) {
        context.fail(InvalidInput, error.message());
    }
    return nullptr;
}

} // namespace balise::cli
