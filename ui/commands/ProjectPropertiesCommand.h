#pragma once

#include "ProjectInfo.h"
#include "commands/ProjectCommand.h"

namespace balise::ui {

// What the Project properties dialog changes in one step: the project's description and territory,
// and the settings of its evaluation (traffic-light thresholds, minimum coverage, readability limits,
// default methods).
struct ProjectProperties
{
    ProjectInfo info;
    ProjectSettings settings;

    bool operator==(const ProjectProperties&) const = default;
};

// Changes the project's properties from `before` to `after`; undo puts `before` back. Only the parts
// that differ are written, and a failure half-way puts the first part back, so the project is never
// left with the new description and the old settings.
class ProjectPropertiesCommand : public ProjectCommand
{
public:
    ProjectPropertiesCommand(ProjectDocument& document, const ProjectProperties& before,
                             const ProjectProperties& after);

protected:
    void apply() override;
    void revert() override;

private:
    void write(const ProjectProperties& from, const ProjectProperties& to);

    ProjectProperties m_before;
    ProjectProperties m_after;
};

} // namespace balise::ui
