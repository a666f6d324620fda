#include "CommandParser.h"

#include <algorithm>

namespace balise::cli {

CommandParser::CommandParser(QString command, QString description, QStringList positional)
    : m_command(std::move(command)), m_positional(std::move(positional))
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const QString& name : m_positional)
        m_parser.addPositionalArgument(name, QString());
}

int CommandParser::parse(CliContext& context)
{
    QStringList argv = context.arguments();
    argv.prepend(QStringLiteral("balise ") + m_command);
    if (!m_parser.parse(argv))
        return context.usage(m_parser.errorText(), m_command);
    if (m_parser.isSet(QStringLiteral("help"))) {
        QString help = m_parser.helpText();
        help.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: balise ") + m_command);
        context.out() << help;
        return Success;
    }
    const QStringList given = m_parser.positionalArguments();
    // Names in brackets ("[FILE]") are optional; they come after the required ones.
    const auto required = std::count_if(m_positional.cbegin(), m_positional.cend(),
                                        [](const QString& name) { return !name.startsWith(QLatin1Char('[')); });
    if (given.size() < required)
        return context.usage(CliContext::tr("Missing argument: %1.").arg(m_positional.value(given.size())), m_command);
    // A last name ending in "…" ("[SERVICE…]") takes any number of arguments.
    const bool repeated = !m_positional.isEmpty() && m_positional.constLast().contains(QStringLiteral("…"));
    if (!repeated && given.size() > m_positional.size())
        return context.usage(CliContext::tr("Unexpected argument: %1.").arg(given.value(m_positional.size())),
                             m_command);
    return -1;
}

} // namespace balise::cli
