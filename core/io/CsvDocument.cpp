#include "CsvDocument.h"

namespace balise {

QString CsvRow::text(int index) const
{
    if (index < 0 || index >= cells.size())
        return {};
    return cells[index].text.trimmed();
}

ImportError CsvRow::errorAt(int index, const QString& message) const
{
    if (index >= 0 && index < cells.size())
        return {cells[index].line, cells[index].column, message};
    return {line, index + 1, message};
}

QString CsvDocument::separatorName(QChar separator)
{
    switch (separator.unicode()) {
    case u',':
        return tr("comma");
    case u';':
        return tr("semicolon");
    case u'\t':
        return tr("tab");
    default:
        return QStringLiteral("\"%1\"").arg(separator);
    }
}

} // namespace balise
