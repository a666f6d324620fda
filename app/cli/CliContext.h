#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace balise::cli {

// Exit codes of every subcommand (DESIGN §7); scripts rely on them.
enum ExitCode
{
    Success = 0,
    ProblemsFound = 1,
    UsageError = 2,
    InvalidInput = 3
};

// What a subcommand talks to: its arguments (after the subcommand name) and the two streams.
// Errors are one clear sentence on stderr; results go to stdout.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    explicit CliContext(QStringList arguments);

    const QStringList& arguments() const { return m_arguments; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    int fail(ExitCode code, const QString& sentence);
    int usage(const QString& sentence, const QString& command);

private:
    QStringList m_arguments;
    QTextStream m_out;
    QTextStream m_err;
};

int runNew(CliContext& context);
int runInfo(CliContext& context);
int runValidate(CliContext& context);
int runImport(CliContext& context);
int runEvaluate(CliContext& context);
int runAnalyze(CliContext& context);
int runBench(CliContext& context);
int runTemplates(CliContext& context);
int runExport(CliContext& context);
// Commands that draw (PDF reports) need a QApplication: main() creates one for them.
bool needsWidgets(const QStringList& arguments);

// The whole command line: `balise SUBCOMMAND …`, `--help`, `--version`. Returns the exit code, or -1
// when the arguments are not a subcommand (the caller then starts the workbench).
int runCommandLine(const QStringList& arguments);
bool isCommandLine(const QStringList& arguments);

} // namespace balise::cli
