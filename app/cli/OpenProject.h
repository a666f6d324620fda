#pragma once

#include "CliContext.h"
#include "Project.h"

#include <memory>

namespace balise::cli {

// Opens a project for a subcommand; on failure prints the one-sentence reason on stderr and returns
// null (the caller exits with InvalidInput: nothing was changed).
std::unique_ptr<Project> openProject(CliContext& context, const QString& path, ProjectFile::Access access);

// Opens a project to evaluate it: also refuses, with the reason, a project that has nothing to score
// (no indicator, no service, no period).
std::unique_ptr<Project> openProjectToEvaluate(CliContext& context, const QString& path);

// The period called `label`; when there is none, prints which periods exist and returns null.
const Period* findPeriodOrExplain(CliContext& context, const ProjectData& data, const QString& label);

} // namespace balise::cli
