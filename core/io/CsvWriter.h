#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>
#include <optional>

namespace balise {

// How a CSV file Balise writes is spelled: the separator, the decimal mark, whether it starts with a
// UTF-8 byte-order mark and how lines end. Two dialects cover the users: `,` with `.` (scripts, most
// software) and `;` with `,`, BOM and CRLF — what French spreadsheet software opens as columns.
struct CsvDialect
{
    QChar separator = QLatin1Char(',');
    QChar decimalMark = QLatin1Char('.');
    bool bom = false;
    bool crlf = false;

    static CsvDialect comma() { return {}; }
    static CsvDialect semicolon() { return {QLatin1Char(';'), QLatin1Char(','), true, true}; }
    // "comma" or "semicolon"; nullopt for anything else.
    static std::optional<CsvDialect> named(const QString& name);
};

// Writes CSV rows in a dialect. Text cells are made inert for spreadsheet software: one starting with
// = + - @, a tab or a carriage return would be run as a formula, so it gets a leading apostrophe,
// which CsvReader takes off again (the value read back is the one written). Cells holding the
// separator, a quote or a line break are quoted, quotes doubled.
class CsvWriter
{
public:
    explicit CsvWriter(CsvDialect dialect = CsvDialect::comma()) : m_dialect(dialect) {}

    const CsvDialect& dialect() const { return m_dialect; }
    // The BOM when the dialect has one: what the file starts with.
    QString start() const;
    QString text(const QString& cell) const;
    // The shortest text that reads back as exactly `value`, with the dialect's decimal mark; empty for NaN.
    QString number(double value) const;
    // Cells already encoded by text() or number(), joined, with the line end.
    QString row(const QStringList& cells) const;

    // True when a spreadsheet would take `text` for a formula; the apostrophe guard and its removal.
    static bool looksLikeFormula(const QString& text);
    static QString guarded(const QString& text);
    static QString unguarded(const QString& text);

private:
    CsvDialect m_dialect;
};

} // namespace balise
