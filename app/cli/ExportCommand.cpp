#include "CliContext.h"
#include "CommandParser.h"
#include "Language.h"
#include "OpenProject.h"

#ifdef BALISE_WITH_GUI
#include "reports/ReportExport.h"
#include "reports/ReportLayout.h"
#endif

namespace balise::cli {

// `balise export PROJECT --pdf OUT.pdf (--service S | --compare [S…]) [--period P] [--lang fr|en]`:
// a printed report without a window. main() gives this command a QApplication on the offscreen platform, since the
// report's charts are drawn by QCustomPlot widgets.
int runExport(CliContext& context)
{
    CommandParser command(QStringLiteral("export"),
                          CliContext::tr("Write a report of the project as a PDF:\n"
                                         "  export PROJECT --pdf OUT.pdf --service S [--period P] [--lang fr|en]\n"
                                         "  export PROJECT --pdf OUT.pdf --compare [SERVICE…] [--period P]\n"
                                         "  export PROJECT --pdf OUT.pdf --evolution S\n"
                                         "  export PROJECT --pdf OUT.pdf --framework\n"
                                         "  export PROJECT --pdf OUT.pdf --impacts"),
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
    command.parser().addOptions({pdf, service, compare, evolution, framework, impacts, period, language});
    if (const int code = command.parse(context); code >= 0)
        return code;
    const QStringList named = command.parser().positionalArguments().mid(1);
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
