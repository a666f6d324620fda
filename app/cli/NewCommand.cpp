#include "CliContext.h"
#include "CommandParser.h"
#include "FrameworkCsvReader.h"
#include "ImportReport.h"
#include "Project.h"
#include "ProjectCreation.h"
#include "ProjectSummary.h"
#include "TemplateBuilder.h"
#include "TemplateLibrary.h"

#include <QFileInfo>
#include <QTemporaryDir>

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
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  CliContext::tr("Kind of territory: %1.").arg(keyList<TerritoryKind>()),
                                  QStringLiteral("K"));
    const QCommandLineOption population(QStringLiteral("population"), CliContext::tr("Population of the territory."),
                                        QStringLiteral("N"));
    const QCommandLineOption fromTemplate(QStringLiteral("template"),
                                          CliContext::tr("Start from a template (its id, or a .balise-template file)."),
                                          QStringLiteral("ID"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    CliContext::tr("Check the framework file or template and report what the project "
                                                   "would hold, without creating it."));
    command.parser().addOptions({framework, name, territory, kind, population, fromTemplate, dryRun});
    if (const int code = command.parse(context); code >= 0)
        return code;

    ProjectInfo info;
    if (command.parser().isSet(kind)) {
        const auto value = fromKey<TerritoryKind>(command.parser().value(kind));
        if (!value)
            return context.usage(CliContext::tr("\"%1\" is not a kind of territory; use one of: %2.")
                                     .arg(command.parser().value(kind), keyList<TerritoryKind>()),
                                 QStringLiteral("new"));
        info.territory.kind = *value;
    }
    if (command.parser().isSet(population)) {
        bool ok = false;
        const qint64 inhabitants = command.parser().value(population).toLongLong(&ok);
        if (!ok || inhabitants < 0)
            return context.usage(CliContext::tr("The population must be a whole number of zero or more."),
                                 QStringLiteral("new"));
        info.territory.population = inhabitants;
    }

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

    info.title = command.parser().isSet(name) ? command.parser().value(name) : QFileInfo(path).completeBaseName();
    info.territory.name = command.parser().value(territory);
    // A dry run makes the project in a temporary folder, reports it and throws it away.
    const bool dry = command.parser().isSet(dryRun);
    QTemporaryDir scratch;
    const QString target = dry ? scratch.filePath(QStringLiteral("check.balise")) : path;
    QString error;
    std::unique_ptr<Project> project;
    if (command.parser().isSet(fromTemplate)) {
        if (command.parser().isSet(framework))
            return context.usage(CliContext::tr("Give a template or a framework file, not both."),
                                 QStringLiteral("new"));
        const auto t = TemplateLibrary::standard().load(command.parser().value(fromTemplate), error);
        if (!t)
            return context.fail(InvalidInput, error);
        project = TemplateBuilder::createProject(target, info, *t, error);
    } else {
        project = ProjectCreation::create(target, info, plan.nodes, error);
    }
    if (!project && command.parser().isSet(framework))
        return context.fail(
            InvalidInput, CliContext::tr("%1: %2").arg(QFileInfo(command.parser().value(framework)).fileName(), error));
    if (!project)
        return context.fail(InvalidInput, error);
    const ProjectSummary s = ProjectSummary::of(project->data(), project->file().versionOnDisk());
    context.out() << (dry ? CliContext::tr("%1 would hold %2 objectives, %3 criteria, %4 indicators. Nothing was "
                                           "written (--dry-run).")
                          : CliContext::tr("Created %1: %2 objectives, %3 criteria, %4 indicators."))
                         .arg(dry ? path : project->filePath())
                         .arg(s.objectives)
                         .arg(s.criteria)
                         .arg(s.indicators)
                  << '\n';
    return Success;
}

} // namespace balise::cli
