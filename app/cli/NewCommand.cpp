#include "CliContext.h"
#include "CommandParser.h"
#include "FrameworkCsvReader.h"
#include "ImportReport.h"
#include "Project.h"
#include "ProjectFileError.h"
#include "ProjectSummary.h"

#include <QFileInfo>

namespace balise::cli {

int runNew(CliContext& context)
{
    CommandParser command(QStringLiteral("new"),
                          CliContext::tr("Create a Balise project, empty or with the framework of a CSV file."),
                          {QStringLiteral("PROJECT")});
    const QCommandLineOption framework(QStringLiteral("framework"),
                                       CliContext::tr("Framework CSV (level,code,parent,name,weight,…)."),
                                       QStringLiteral("F.csv"));
    const QCommandLineOption name(QStringLiteral("name"), CliContext::tr("Title of the project."), QStringLiteral("N"));
    const QCommandLineOption territory(QStringLiteral("territory"), CliContext::tr("Name of the territory."),
                                       QStringLiteral("T"));
    command.parser().addOptions({framework, name, territory});
    if (const int code = command.parse(context); code >= 0)
        return code;

    const QString path = command.positional(0);
    if (QFileInfo::exists(path))
        return context.fail(InvalidInput, CliContext::tr("%1 already exists: choose another name.").arg(path));

    // Read the whole framework before creating anything: an invalid file leaves no project behind.
    FrameworkImportPlan plan;
    if (command.parser().isSet(framework)) {
        const QString csv = command.parser().value(framework);
        plan = FrameworkCsvReader::readFile(csv);
        if (!plan.ok())
            return reportImportErrors(context, csv, plan.errors);
        reportImportWarnings(context, plan.warnings);
    }

    ProjectInfo info;
    info.title = command.parser().isSet(name) ? command.parser().value(name) : QFileInfo(path).completeBaseName();
    info.territory.name = command.parser().value(territory);
    std::unique_ptr<Project> project;
    try {
        project = Project::create(path, info);
        project->addNodes(plan.nodes);
    } catch (const std::exception& error) {
        const QString message = dynamic_cast<const StorageError*>(&error)
                                    ? static_cast<const StorageError&>(error).message()
                                    : QString::fromStdString(error.what());
        const QString created = project ? project->filePath() : QString();
        project.reset();
        if (!created.isEmpty())
            QFile::remove(created);
        return context.fail(InvalidInput, message);
    }
    const ProjectSummary s = ProjectSummary::of(project->data(), project->file().versionOnDisk());
    context.out() << CliContext::tr("Created %1: %2 objectives, %3 criteria, %4 indicators.")
                         .arg(project->filePath())
                         .arg(s.objectives)
                         .arg(s.criteria)
                         .arg(s.indicators)
                  << '\n';
    return Success;
}

} // namespace balise::cli
