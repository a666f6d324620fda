#include "CliContext.h"
#include "CommandParser.h"
#include "OpenProject.h"
#include "ProjectSummary.h"

#include <QJsonDocument>
#include <QLocale>

namespace balise::cli {

int runInfo(CliContext& context)
{
    CommandParser command(QStringLiteral("info"), CliContext::tr("Summarise what a Balise project holds."),
                          {QStringLiteral("PROJECT")});
    const QCommandLineOption json(QStringLiteral("json"), CliContext::tr("Print the summary as JSON."));
    command.parser().addOption(json);
    if (const int code = command.parse(context); code >= 0)
        return code;

    const auto project = openProject(context, command.positional(0), ProjectFile::Access::ReadOnly);
    if (!project)
        return InvalidInput;
    const ProjectSummary s = ProjectSummary::of(project->data(), project->file().versionOnDisk());
    if (command.parser().isSet(json)) {
        QJsonObject object = s.toJson();
        object.insert(QStringLiteral("file"), project->filePath());
        context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Success;
    }
    const QLocale locale;
    QTextStream& out = context.out();
    out << CliContext::tr("Project: %1").arg(s.title) << '\n';
    out << CliContext::tr("File: %1 (format %2)").arg(project->filePath()).arg(s.schemaVersion) << '\n';
    if (!s.territory.name.isEmpty()) {
        QString territory = CliContext::tr("Territory: %1 (%2)").arg(s.territory.name, labelOf(s.territory.kind));
        if (s.territory.population)
            territory += CliContext::tr(", %1 inhabitants").arg(locale.toString(*s.territory.population));
        out << territory << '\n';
    }
    out << CliContext::tr("Vade-mecum: %1 needs, %2 principles, %3 fields of attention, %4 resources, %5 questions, "
                          "%6 revisions")
               .arg(s.needs)
               .arg(s.principles)
               .arg(s.fields)
               .arg(s.resources)
               .arg(s.questions)
               .arg(s.revisions)
        << '\n';
    out << CliContext::tr("Framework: %1 objectives, %2 criteria, %3 indicators (%4 qualitative)")
               .arg(s.objectives)
               .arg(s.criteria)
               .arg(s.indicators)
               .arg(s.qualitativeIndicators)
        << '\n';
    out << CliContext::tr("Data services: %1").arg(s.services);
    if (!s.serviceNames.isEmpty())
        out << " — " << s.serviceNames.join(QStringLiteral(", "));
    out << '\n' << CliContext::tr("Periods: %1").arg(s.periods);
    if (!s.periodLabels.isEmpty())
        out << " — " << s.periodLabels.join(QStringLiteral(", "));
    out << '\n'
        << CliContext::tr("Measurements: %1 (%2 missing)")
               .arg(locale.toString(s.measurements), locale.toString(s.missingMeasurements))
        << '\n';
    out << CliContext::tr("Impact accounts: %1").arg(s.impactAccounts) << '\n';
    return Success;
}

} // namespace balise::cli
