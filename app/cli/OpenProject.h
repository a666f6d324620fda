#pragma once

#include "CliContext.h"
#include "Project.h"

#include <memory>

namespace balise::cli {

// Opens a project for a subcommand; on failure prints the one-sentence reason on stderr and returns
// null (the caller exits with InvalidInput: nothing was changed).
std::unique_ptr<Project> openProject(CliContext& context, const QString& path, ProjectFile::Access access);

} // namespace balise::cli
