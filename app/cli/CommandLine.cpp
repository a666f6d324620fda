#include "CliContext.h"

#include <QMap>

namespace balise::cli {
namespace {

using Runner = int (*)(CliContext&);

struct Subcommand
{
    const char* name;
    Runner run;
    const char* summary;
};

const Subcommand subcommands[] = {
    {"new", runNew, QT_TRANSLATE_NOOP("CommandLine", "create a project, empty or from a framework CSV")},
    {"info", runInfo, QT_TRANSLATE_NOOP("CommandLine", "summarise what a project holds")},
    {"validate", runValidate, QT_TRANSLATE_NOOP("CommandLine", "check the file and the framework")},
    {"import", runImport, QT_TRANSLATE_NOOP("CommandLine", "import measurements from a CSV file")},
    {"evaluate", runEvaluate, QT_TRANSLATE_NOOP("CommandLine", "score the services on the framework")},
    {"analyze", runAnalyze, QT_TRANSLATE_NOOP("CommandLine", "test how robust the ranking is")},
    {"export", runExport, QT_TRANSLATE_NOOP("CommandLine", "write a report as PDF")},
    {"templates", runTemplates, QT_TRANSLATE_NOOP("CommandLine", "list, export, import or save templates")},
    {"bench", runBench, QT_TRANSLATE_NOOP("CommandLine", "measure the engine on the reference workload")},
};

// The summaries above are marked for the "CommandLine" translation context; this looks them up.
QString translated(const char* text)
{
    return QCoreApplication::translate("CommandLine", text);
}

void printHelp(QTextStream& out)
{
    out << QCoreApplication::translate("CommandLine",
                                       "Usage: balise [PROJECT]            open the workbench (on PROJECT when given)")
        << '\n'
        << QCoreApplication::translate("CommandLine",
                                       "       balise COMMAND [OPTIONS]    run a command without a window")
        << "\n\n"
        << QCoreApplication::translate("CommandLine", "Commands:") << '\n';
    for (const auto& command : subcommands)
        out << QStringLiteral("  %1").arg(QString::fromLatin1(command.name), -14) << translated(command.summary)
            << '\n';
    out << '\n'
        << QCoreApplication::translate("CommandLine", "Options:") << '\n'
        << QStringLiteral("  %1").arg(QStringLiteral("--help"), -14)
        << QCoreApplication::translate("CommandLine", "show this help") << '\n'
        << QStringLiteral("  %1").arg(QStringLiteral("--version"), -14)
        << QCoreApplication::translate("CommandLine", "show the version") << '\n'
        << QStringLiteral("  %1").arg(QStringLiteral("--screenshot"), -14)
        << QCoreApplication::translate("CommandLine",
                                       "with PROJECT: save the window as OUT.png and quit (--view framework, "
                                       "vademecum, services, measurements, scorecard, comparison, impacts, reports "
                                       "and more: see balise(1))")
        << "\n\n"
        << QCoreApplication::translate(
               "CommandLine", "Exit codes: 0 success, 1 problems found, 2 usage error, 3 unreadable or invalid input "
                              "(nothing was changed).")
        << '\n'
        << QCoreApplication::translate("CommandLine", "Run \"balise COMMAND --help\" for the options of a command.")
        << '\n';
}

} // namespace

bool needsWidgets(const QStringList& arguments)
{
    if (arguments.size() < 2 || arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h")))
        return false;
    return arguments.at(1) == QLatin1String("export") ||
           (arguments.at(1) == QLatin1String("bench") && arguments.contains(QLatin1String("--pdf")));
}

bool isCommandLine(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("--version") ||
        first == QLatin1String("-v"))
        return true;
    for (const auto& command : subcommands)
        if (first == QLatin1String(command.name))
            return true;
    return false;
}

int runCommandLine(const QStringList& arguments)
{
    CliContext context(arguments.mid(2));
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        context.out() << "balise " << QStringLiteral(BALISE_VERSION) << Qt::endl;
        return Success;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        printHelp(context.out());
        context.out().flush();
        return Success;
    }
    for (const auto& command : subcommands)
        if (first == QLatin1String(command.name)) {
            const int code = command.run(context);
            context.out().flush();
            context.err().flush();
            return code;
        }
    return -1;
}

} // namespace balise::cli
