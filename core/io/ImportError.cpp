#include "ImportError.h"

namespace balise {

QString ImportError::format() const
{
    if (line <= 0)
        return message;
    if (column <= 0)
        return tr("line %1: %2").arg(line).arg(message);
    return tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

QString ImportError::formatAll(const QList<ImportError>& errors)
{
    QStringList lines;
    lines.reserve(errors.size());
    for (const auto& error : errors)
        lines.append(error.format());
    return lines.join(QLatin1Char('\n'));
}

} // namespace balise
