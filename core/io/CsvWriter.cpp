#include "CsvWriter.h"

#include <cmath>

namespace balise {

std::optional<CsvDialect> CsvDialect::named(const QString& name)
{
    if (name == QLatin1String("comma"))
        return comma();
    if (name == QLatin1String("semicolon"))
        return semicolon();
    return std::nullopt;
}

bool CsvWriter::looksLikeFormula(const QString& text)
{
    return !text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front());
}

QString CsvWriter::guarded(const QString& text)
{
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString CsvWriter::unguarded(const QString& text)
{
    return text.size() >= 2 && text.front() == QLatin1Char('\'') && looksLikeFormula(text.mid(1)) ? text.mid(1) : text;
}

QString CsvWriter::start() const
{
    return m_dialect.bom ? QString(QChar(0xfeff)) : QString();
}

QString CsvWriter::text(const QString& cell) const
{
    QString out = guarded(cell);
    if (out.contains(m_dialect.separator) || out.contains(QLatin1Char('"')) || out.contains(QLatin1Char('\n')) ||
        out.contains(QLatin1Char('\r'))) {
        out.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        out = QLatin1Char('"') + out + QLatin1Char('"');
    }
    return out;
}

QString CsvWriter::number(double value) const
{
    if (!std::isfinite(value))
        return QString();
    QString out = QString::number(value, 'g', QLocale::FloatingPointShortest);
    // Never in exponent form: 400000 and not 4e+05, which spreadsheets and readers may take for text.
    if (out.contains(QLatin1Char('e')))
        out = QString::number(value, 'f', QLocale::FloatingPointShortest);
    if (m_dialect.decimalMark != QLatin1Char('.'))
        out.replace(QLatin1Char('.'), m_dialect.decimalMark);
    return out;
}

QString CsvWriter::row(const QStringList& cells) const
{
    return cells.join(m_dialect.separator) + (m_dialect.crlf ? QStringLiteral("\r\n") : QStringLiteral("\n"));
}

} // namespace balise
