#include "CliContext.h"
#include "CommandParser.h"
#include "DataExport.h"
#include "Evaluation.h"
#include "EvaluationBuilder.h"
#include "FrameworkCsvWriter.h"
#include "Language.h"
#include "OpenProject.h"
#include "ProjectJson.h"

#include <QSaveFile>

#ifdef BALISE_WITH_GUI
#include "reports/ReportExport.h"
#include "reports/ReportLayout.h"
#endif

namespace balise::cli {
namespace {

int writeBytes(CliContext& context, const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return context.fail(InvalidInput, CliContext::tr("Cannot write %1: %2.").arg(path, file.errorString()));
    context.out() << CliContext::tr("Wrote %1.").arg(path) << '\n';
    return Success;
}

// --measurements, --results, --framework-csv: the project's data as files (DataExport).
int exportData(CliContext& context, const Project& project, const QCommandLineParser& parser,
               const QCommandLineOption& measurements, const QCommandLineOption& results,
               const QCommandLineOption& frameworkCsv, const CsvDialect& dialect)
{
    if (parser.isSet(frameworkCsv)) {
        FrameworkCsvWriter::Format format;
        format.separator = dialect.separator;
        format.decimalMark = dialect.decimalMark;
        QByteArray bytes = FrameworkCsvWriter::write(project.framework(), {}, format);
        if (dialect.bom)
            bytes.prepend("\xEF\xBB\xBF");
        return writeBytes(context, parser.value(frameworkCsv), bytes);
    }
    if (parser.isSet(measurements)) {
        const QString path = parser.value(measurements);
        return writeBytes(context, path,
                          path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)
                              ? DataExport::measurementsJson(project.data())
                              : DataExport::measurementsCsv(project.data(), dialect));
    }
    if (const QString reason = EvaluationBuilder::unavailableReason(project.data()); !reason.isEmpty())
        return context.fail(InvalidInput, reason);
    const EvaluationSetup setup = EvaluationBuilder::build(project.data());
    const engine::EvaluationResult result = engine::evaluate(setup.input);
    return writeBytes(context, parser.value(results), DataExport::resultsCsv(setup, result, dialect));
}

} // namespace

// `balise export PROJECT --pdf OUT.pdf (--service S | --compare [S…]) [--period P] [--lang fr|en]`:
// a printed report without a window. main() gives this command a QApplication on the offscreen platform, since the
// report's charts are drawn by QCustomPlot widgets.
int runExport(CliContext& context)
{
    CommandParser command(
        QStringLiteral("export"),
        CliContext::tr("Write a report of the project as a PDF, or its data:\n"
                       "  export PROJECT --pdf OUT.pdf --service S [--period P] [--lang fr|en]\n"
                       "  export PROJECT --pdf OUT.pdf --compare [SERVICE…] [--period P]\n"
                       "  export PROJECT --pdf OUT.pdf --evolution S\n"
                       "  export PROJECT --pdf OUT.pdf --framework\n"
                       "  export PROJECT --pdf OUT.pdf --impacts\n"
                       "  export PROJECT --measurements OUT.csv|OUT.json [--dialect comma|semicolon]\n"
                       "  export PROJECT --results OUT.csv [--dialect comma|semicolon]\n"
                       "  export PROJECT --framework-csv OUT.csv [--dialect comma|semicolon]\n"
                       "  export PROJECT --json OUT.json"),
        {QStringLiteral("PROJECT"), QStringLiteral("[SERVICE…]")});
    const QCommandLineOption pdf(QStringLiteral("pdf"), CliContext::tr("The PDF file to write."),
                                 QStringLiteral("OUT.pdf"));
    const QCommandLineOption service(QStringLiteral("service"),
                                     CliContext::tr("The scorecard of this service (its name)."), QStringLiteral("S"));
    const QCommandLineOption period(QStringLiteral("period"),
                                    CliContext::tr("The period reported on (its label; default: the latest one "
                                                   "with a score)."),
                                    QStringLiteral("P"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      CliContext::tr("The report's language, fr or en (default: that of messages)."),
                                      QStringLiteral("fr|en"));
    const QCommandLineOption compare(QStringLiteral("compare"),
                                     CliContext::tr("The comparison of the services named after the project (all "
                                                    "of them when none is named)."));
    const QCommandLineOption framework(QStringLiteral("framework"),
                                       CliContext::tr("The vade-mecum and framework document, for political "
                                                      "validation."));
    const QCommandLineOption evolution(QStringLiteral("evolution"),
                                       CliContext::tr("How this service moved over the periods (its name)."),
                                       QStringLiteral("S"));
    const QCommandLineOption impacts(QStringLiteral("impacts"), CliContext::tr("The project's impact accounts."));
    const QCommandLineOption measurements(QStringLiteral("measurements"),
                                          CliContext::tr("Write the measurements (CSV in the long layout "
                                                         "balise import reads, or JSON)."),
                                          QStringLiteral("OUT"));
    const QCommandLineOption results(QStringLiteral("results"),
                                     CliContext::tr("Write every score, coverage, light and rank as CSV."),
                                     QStringLiteral("OUT.csv"));
    const QCommandLineOption frameworkCsv(QStringLiteral("framework-csv"),
                                          CliContext::tr("Write the framework as CSV, to edit in a spreadsheet and "
                                                         "import again."),
                                          QStringLiteral("OUT.csv"));
    const QCommandLineOption projectJson(QStringLiteral("json"),
                                         CliContext::tr("Write the whole project as JSON (balise import reads it "
                                                        "back into a new project)."),
                                         QStringLiteral("OUT.json"));
    const QCommandLineOption dialect(QStringLiteral("dialect"),
                                     CliContext::tr("CSV written with , and . (comma, the default) or with ; and , "
                                                    "and a BOM for French spreadsheet software (semicolon)."),
                                     QStringLiteral("comma|semicolon"), QStringLiteral("comma"));
    command.parser().addOptions({pdf, service, compare, evolution, framework, impacts, period, language, measurements,
                                 results, frameworkCsv, projectJson, dialect});
    if (const int code = command.parse(context); code >= 0)
        return code;
    const QStringList named = command.parser().positionalArguments().mid(1);
    const auto csvDialect = CsvDialect::named(command.parser().value(dialect));
    if (!csvDialect)
        return context.usage(CliContext::tr("--dialect takes comma or semicolon."), QStringLiteral("export"));
    int dataKinds = 0;
    for (const QCommandLineOption* kind : {&measurements, &results, &frameworkCsv, &projectJson})
        dataKinds += command.parser().isSet(*kind) ? 1 : 0;
    if (dataKinds > 0) {
        if (dataKinds > 1 || command.parser().isSet(pdf))
            return context.usage(CliContext::tr("Write one file at a time: --pdf, --measurements, --results, "
                                                "--framework-csv or --json."),
                                 QStringLiteral("export"));
        const auto project = openProject(context, command.positional(0), ProjectFile::Access::ReadOnly);
        if (!project)
            return InvalidInput;
        if (command.parser().isSet(projectJson))
            return writeBytes(context, command.parser().value(projectJson), ProjectJson::write(project->data()));
        return exportData(context, *project, command.parser(), measurements, results, frameworkCsv, *csvDialect);
    }
    int kinds = 0;
    for (const QCommandLineOption* kind : {&service, &compare, &evolution, &framework, &impacts})
        kinds += command.parser().isSet(*kind) ? 1 : 0;
    if (!command.parser().isSet(pdf) || kinds != 1)
        return context.usage(CliContext::tr("Say which report to write: --pdf OUT.pdf with one of --service S, "
                                            "--compare [SERVICE…], --evolution S, --framework or --impacts."),
                             QStringLiteral("export"));
    if (!named.isEmpty() && !command.parser().isSet(compare))
        return context.usage(CliContext::tr("Unexpected argument: %1.").arg(named.first()), QStringLiteral("export"));
    if (command.parser().isSet(language)) {
        const QString lang = command.parser().value(language);
        if (lang != QLatin1String("fr") && lang != QLatin1String("en"))
            return context.usage(CliContext::tr("--lang takes fr or en."), QStringLiteral("export"));
        installTranslations(*QCoreApplication::instance(), lang);
    }
#ifdef BALISE_WITH_GUI
    const auto project = openProject(context, command.positional(0), ProjectFile::Access::ReadOnly);
    if (!project)
        return InvalidInput;
    QString error;
    const QString periodLabel = command.parser().value(period);
    const auto layout = [&]() -> std::unique_ptr<ui::ReportLayout> {
        if (command.parser().isSet(framework))
            return ui::ReportExport::frameworkDocument(*project);
        if (command.parser().isSet(impacts))
            return ui::ReportExport::impacts(*project);
        if (command.parser().isSet(evolution))
            return ui::ReportExport::evolution(*project, command.parser().value(evolution), error);
        if (command.parser().isSet(compare))
            return ui::ReportExport::comparison(*project, named, periodLabel, nullptr, error);
        return ui::ReportExport::serviceScorecard(*project, command.parser().value(service), periodLabel, error);
    }();
    if (!layout)
        return context.fail(InvalidInput, error);
    const QString out = command.parser().value(pdf);
    const QString title = command.parser().isSet(service)     ? command.parser().value(service)
                          : command.parser().isSet(evolution) ? command.parser().value(evolution)
                                                              : project->info().title;
    const int pages = ui::ReportExport::writePdf(*layout, title, out, error);
    if (pages == 0)
        return context.fail(InvalidInput, error);
    context.out() << CliContext::tr("Wrote %1 (%n page(s)).", nullptr, pages).arg(out) << '\n';
    return Success;
#else
    return context.fail(InvalidInput, CliContext::tr("This build of Balise has no workbench and cannot draw PDF "
                                                     "reports."));
#endif
}

} // namespace balise::cli
