#include "commands/ProjectPropertiesCommand.h"

#include "Project.h"

#include <QCoreApplication>

namespace balise::ui {

ProjectPropertiesCommand::ProjectPropertiesCommand(ProjectDocument& document, const ProjectProperties& before,
                                                   const ProjectProperties& after)
    : ProjectCommand(document,
                     QCoreApplication::translate("ProjectPropertiesCommand", "Edit the project's properties")),
      m_before(before), m_after(after)
{}

void ProjectPropertiesCommand::apply()
{
    write(m_before, m_after);
}

void ProjectPropertiesCommand::revert()
{
    write(m_after, m_before);
}

void ProjectPropertiesCommand::write(const ProjectProperties& from, const ProjectProperties& to)
{
    const bool infoChanges = !(from.info == to.info);
    if (infoChanges)
        project().setInfo(to.info);
    if (from.settings == to.settings)
        return;
    try {
        project().setSettings(to.settings);
    } catch (...) {
        if (infoChanges)
            project().setInfo(from.info);
        throw;
    }
}

} // namespace balise::ui
