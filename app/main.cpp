// Entry point of `balise`: a subcommand runs the command line without any window (and without
// needing a display); anything else starts the workbench.
#include "ApplicationIdentity.h"
#include "Language.h"
#include "cli/CliContext.h"

#include <QCoreApplication>

#ifdef BALISE_WITH_GUI
#include "Workbench.h"

#include <QApplication>
#endif

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (balise::cli::isCommandLine(arguments)) {
#ifdef BALISE_WITH_GUI
        // Reports are drawn with widgets (QCustomPlot), without a window: no display is needed.
        if (balise::cli::needsWidgets(arguments)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            balise::setApplicationIdentity();
            balise::installTranslations(app, qEnvironmentVariable("BALISE_LANG"));
            return balise::cli::runCommandLine(app.arguments());
        }
#endif
        QCoreApplication app(argc, argv);
        balise::setApplicationIdentity();
        balise::installTranslations(app, qEnvironmentVariable("BALISE_LANG"));
        return balise::cli::runCommandLine(app.arguments());
    }
#ifdef BALISE_WITH_GUI
    return balise::ui::runWorkbench(argc, argv);
#else
    QCoreApplication app(argc, argv);
    balise::installTranslations(app, qEnvironmentVariable("BALISE_LANG"));
    balise::cli::runCommandLine({arguments.value(0), QStringLiteral("--help")});
    return balise::cli::UsageError; // this build has no workbench: only subcommands
#endif
}
