#include "CliContext.h"
#include "CommandParser.h"
#include "FrameworkChecks.h"
#include "OpenProject.h"

namespace balise::cli {

int runValidate(CliContext& context)
{
    CommandParser command(QStringLiteral("validate"),
                          CliContext::tr("Check a project: the file's integrity, then the framework. Exits with 1 "
                                         "when the framework has warnings."),
                          {QStringLiteral("PROJECT")});
    if (const int code = command.parse(context); code >= 0)
        return code;
    // Opening runs integrity_check and foreign_key_check: a damaged file stops here with exit 3.
    const auto project = openProject(context, command.positional(0), ProjectFile::Access::ReadOnly);
    if (!project)
        return InvalidInput;
    QTextStream& out = context.out();
    out << CliContext::tr("File: integrity and references checked, no problem found.") << '\n';
    int warnings = 0;
    int notes = 0;
    for (const auto& finding : FrameworkChecks::run(project->data())) {
        const bool warning = finding.severity == FrameworkFinding::Severity::Warning;
        out << (warning ? CliContext::tr("warning: ") : CliContext::tr("note: ")) << finding.message << '\n';
        (warning ? warnings : notes) += 1;
    }
    out << CliContext::tr("Framework: %n warning(s)", nullptr, warnings) << ", "
        << CliContext::tr("%n note(s).", nullptr, notes) << '\n';
    return warnings > 0 ? ProblemsFound : Success;
}

} // namespace balise::cli
