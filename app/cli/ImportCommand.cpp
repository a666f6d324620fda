#include "ChangeRefused.h"
#include "CliContext.h"
#include "CommandParser.h"
#include "CsvDocument.h"
#include "CsvReader.h"
#include "ImportReport.h"
#include "MeasurementCsvReader.h"
#include "OpenProject.h"
#include "ProjectJson.h"
#include "QuestionnaireExchange.h"
#include "ServiceCsvReader.h"
#include "StorageError.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace balise::cli {

namespace {

// Runs the write of an import; when the project refuses it (the model's rules, the disk), prints why
// and returns the exit code, else -1. Nothing was written either way but in full.
template <typename Write> int writeOrRefuse(CliContext& context, const QString& file, Write write)
{
    try {
        write();
    } catch (const ChangeRefused& refused) {
        return context.fail(InvalidInput, CliContext::tr("%1 was not imported: %2 Nothing was changed.")
                                              .arg(QFileInfo(file).fileName(), refused.message()));
    } catch (const StorageError& error) {
        return context.fail(InvalidInput, CliContext::tr("%1 was not imported: %2 Nothing was changed.")
                                              .arg(QFileInfo(file).fileName(), error.message()));
    }
    return -1;
}

// A services file (service, operator, domain, data_role, …) describes the services themselves.
int importServices(CliContext& context, Project& project, const QString& file, const CsvDocument& document, bool dry)
{
    const ServiceImportPlan plan = ServiceCsvReader::read(document);
    if (!plan.ok())
        return reportImportErrors(context, file, plan.errors);
    reportImportWarnings(context, plan.warnings);
    ServiceImportSummary summary;
    if (const int refused = writeOrRefuse(context, file, [&] { summary = project.importServices(plan, dry); });
        refused >= 0)
        return refused;
    QTextStream& out = context.out();
    out << CliContext::tr("Read %1: data services, %2 separator, %n row(s).", nullptr,
                          static_cast<int>(plan.rows.size()))
               .arg(QFileInfo(file).fileName(), CsvDocument::separatorName(plan.separator))
        << '\n';
    out << CliContext::tr("Services created: %1").arg(summary.created.size());
    if (!summary.created.isEmpty())
        out << " (" << summary.created.join(QStringLiteral(", ")) << ')';
    out << '\n' << CliContext::tr("Services updated: %1").arg(summary.updated.size());
    if (!summary.updated.isEmpty())
        out << " (" << summary.updated.join(QStringLiteral(", ")) << ')';
    out << '\n' << CliContext::tr("Services unchanged: %1").arg(summary.unchanged) << '\n';
    if (dry)
        out << CliContext::tr("Dry run: nothing was written.") << '\n';
    return Success;
}

// An operator's answered questionnaire (the blank CSV sent back filled) becomes the answers of one service.
int importAnswers(CliContext& context, Project& project, const QString& file, const QString& serviceName, bool dry)
{
    const DataService* service = project.data().findServiceByName(serviceName);
    if (!service) {
        QStringList names;
        for (const DataService& s : project.services())
            names.append(s.name);
        return context.fail(
            InvalidInput,
            names.isEmpty()
                ? CliContext::tr("The project has no data service named \"%1\"; it has none yet.").arg(serviceName)
                : CliContext::tr("The project has no data service named \"%1\"; its services are: %2.")
                      .arg(serviceName, names.join(QStringLiteral(", "))));
    }
    if (project.questionnaire().sections.isEmpty())
        return context.fail(InvalidInput, CliContext::tr("The project has no questionnaire to answer."));
    const QuestionnaireExchange::Answers read = QuestionnaireExchange::readAnswersFile(file, project.questionnaire());
    if (!read.ok())
        return reportImportErrors(context, file, read.errors);
    const DataService after = QuestionnaireExchange::withAnswers(*service, read.answers);
    const QString name = service->name;
    if (const int refused = writeOrRefuse(context, file,
                                          [&] {
                                              if (!dry && !(after == *service))
                                                  project.updateService(after);
                                          });
        refused >= 0)
        return refused;
    context.out() << CliContext::tr("%1: %n answer(s) for %2, %3 question(s) left blank.", nullptr,
                                    static_cast<int>(read.answers.size()))
                         .arg(QFileInfo(file).fileName(), name)
                         .arg(read.empty)
                  << '\n';
    if (dry)
        context.out() << CliContext::tr("Dry run: nothing was written.") << '\n';
    return Success;
}

int importProjectJson(CliContext& context, const QString& target, const QString& file, bool dry)
{
    if (QFileInfo::exists(target))
        return context.fail(InvalidInput, CliContext::tr("%1 already exists: a project in JSON is imported into a "
                                                         "new project file, never over one.")
                                              .arg(target));
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return context.fail(InvalidInput, CliContext::tr("%1 cannot be read: %2.").arg(file, input.errorString()));
    // A file too large is refused unread. A device without a size (a pipe) is read a chunk at a time,
    // no further than the limit: read(limit) would allocate the whole limit at once.
    if (input.size() > ProjectJson::maxFileBytes)
        return context.fail(InvalidInput, CliContext::tr("%1 was not imported: %2")
                                              .arg(QFileInfo(file).fileName(), ProjectJson::tooLarge()));
    QByteArray json;
    if (!input.isSequential())
        json = input.readAll();
    else
        for (QByteArray chunk; json.size() <= ProjectJson::maxFileBytes && !(chunk = input.read(1 << 20)).isEmpty();)
            json.append(chunk);
    QString error;
    // A dry run builds the project in a temporary folder and throws it away.
    QTemporaryDir scratch;
    const QString path = dry ? scratch.filePath(QStringLiteral("check.balise")) : target;
    const auto project = ProjectJson::createProject(path, json, error);
    if (!project)
        return context.fail(InvalidInput,
                            CliContext::tr("%1 was not imported: %2").arg(QFileInfo(file).fileName(), error));
    const ProjectData& data = project->data();
    context.out() << (dry ? CliContext::tr("%1 is a valid project: %2 indicators, %3 services, %4 periods, %5 "
                                           "measurements. Nothing was written (--dry-run).")
                          : CliContext::tr("Created %1: %2 indicators, %3 services, %4 periods, %5 measurements."))
                         .arg(dry ? QFileInfo(file).fileName() : target)
                         .arg(data.framework.indicators().size())
                         .arg(data.services.size())
                         .arg(data.periods.size())
                         .arg(data.measurements.size())
                  << '\n';
    return Success;
}

} // namespace

int runImport(CliContext& context)
{
    CommandParser command(QStringLiteral("import"),
                          CliContext::tr("Import measurements from a CSV file, in long form (service, indicator, "
                                         "period, value) or wide form (service, then one column per indicator, "
                                         "with --period), or the description of data services (service, operator, "
                                         "domain, data_role, …); or a whole project in JSON (balise export "
                                         "--json) into a new project file; or, with --answers, the questionnaire "
                                         "an operator filled in for a service. Nothing is written unless the whole "
                                         "file is valid."),
                          {QStringLiteral("PROJECT"), QStringLiteral("FILE.csv")});
    const QCommandLineOption period(QStringLiteral("period"), CliContext::tr("Period of a wide file."),
                                    QStringLiteral("P"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    CliContext::tr("Check the file and report what would change, without writing."));
    const QCommandLineOption answers(QStringLiteral("answers"),
                                     CliContext::tr("The file is the questionnaire answered by this service's "
                                                    "operator (the blank questionnaire's CSV, filled in)."),
                                     QStringLiteral("SERVICE"));
    command.parser().addOptions({period, dryRun, answers});
    if (const int code = command.parse(context); code >= 0)
        return code;

    const bool dry = command.parser().isSet(dryRun);
    // A whole project in JSON (balise export --json) becomes a new project file.
    if (command.positional(1).endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        return importProjectJson(context, command.positional(0), command.positional(1), dry);
    const auto project = openProject(context, command.positional(0),
                                     dry ? ProjectFile::Access::ReadOnly : ProjectFile::Access::ReadWrite);
    if (!project)
        return InvalidInput;
    const QString file = command.positional(1);
    if (command.parser().isSet(answers))
        return importAnswers(context, *project, file, command.parser().value(answers), dry);
    const CsvDocument document = CsvReader().readFile(file);
    if (document.ok() && ServiceCsvReader::isServiceFile(document))
        return importServices(context, *project, file, document, dry);
    const MeasurementImportPlan plan =
        MeasurementCsvReader::read(document, project->framework(), command.parser().value(period));
    if (!plan.ok())
        return reportImportErrors(context, file, plan.errors);
    reportImportWarnings(context, plan.warnings);

    MeasurementImportSummary summary;
    if (const int refused =
            writeOrRefuse(context, file, [&] { summary = project->importMeasurements(plan.rows, dry); });
        refused >= 0)
        return refused;

    QTextStream& out = context.out();
    out << CliContext::tr("Read %1: %2 form, %3 separator, decimal mark \"%4\", %n row(s).", nullptr,
                          static_cast<int>(plan.rows.size()))
               .arg(QFileInfo(file).fileName(),
                    plan.layout == MeasurementFileLayout::Long ? CliContext::tr("long") : CliContext::tr("wide"),
                    CsvDocument::separatorName(plan.separator), QString(plan.decimalMark))
        << '\n';
    out << CliContext::tr("Services created: %1").arg(summary.servicesCreated.size());
    if (!summary.servicesCreated.isEmpty())
        out << " (" << summary.servicesCreated.join(QStringLiteral(", ")) << ')';
    out << '\n' << CliContext::tr("Periods created: %1").arg(summary.periodsCreated.size());
    if (!summary.periodsCreated.isEmpty())
        out << " (" << summary.periodsCreated.join(QStringLiteral(", ")) << ')';
    out << '\n'
        << CliContext::tr("Measurements: %1 added, %2 replaced, %3 unchanged, %4 missing.")
               .arg(summary.measurementsAdded)
               .arg(summary.measurementsReplaced)
               .arg(summary.measurementsUnchanged)
               .arg(summary.missingCells)
        << '\n';
    if (dry)
        out << CliContext::tr("Dry run: nothing was written.") << '\n';
    return Success;
}

} // namespace balise::cli
