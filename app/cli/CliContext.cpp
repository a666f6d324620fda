#include "CliContext.h"

#include <cstdio>

namespace balise::cli {

CliContext::CliContext(QStringList arguments) : m_arguments(std::move(arguments)), m_out(stdout), m_err(stderr)
{}

int CliContext::fail(ExitCode code, const QString& sentence)
{
    m_out.flush();
    m_err << sentence << Qt::endl;
    return code;
}

int CliContext::usage(const QString& sentence, const QString& command)
{
    return fail(UsageError,
                sentence + QLatin1Char(' ') + tr("Run \"balise %1 --help\" for its options.").arg(command).trimmed());
}

} // namespace balise::cli
