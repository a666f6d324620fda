#pragma once

#include "CliContext.h"

#include <QCommandLineParser>

namespace balise::cli {

// QCommandLineParser set up the way every subcommand wants it: --help handled here, unknown options
// and missing positional arguments reported as usage errors (exit 2) instead of exiting the process.
class CommandParser
{
public:
    CommandParser(QString command, QString description, QStringList positional);

    QCommandLineParser& parser() { return m_parser; }
    // Returns -1 when the caller should go on, or the exit code to return (help shown, usage error).
    int parse(CliContext& context);
    QString positional(int index) const { return m_parser.positionalArguments().value(index); }

private:
    QString m_command;
    QStringList m_positional;
    QCommandLineParser m_parser;
};

} // namespace balise::cli
