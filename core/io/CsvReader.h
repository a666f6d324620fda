#pragma once

#include "CsvDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace balise {

// Parses CSV text as RFC 4180 describes it, with what spreadsheets produce in practice: UTF-8 with
// or without BOM, ',' ';' or TAB separator (detected from the header line), LF or CRLF line ends,
// quoted cells holding separators, doubled quotes and line breaks. Blank rows (only empty cells) are
// skipped. The reader knows nothing of what the columns mean: FrameworkCsvReader and
// MeasurementCsvReader interpret the cells.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // A bound on what is read into memory: the text, then its cells, take about 20 times the file size
    // (a 44 MB file of one million measurements peaked at 900 MB). 64 MiB holds the reference workload
    // of 200 services × 300 indicators × 12 periods in long form (~30 MB) with room to spare.
    static constexpr qint64 DefaultMaxBytes = 64LL * 1024 * 1024;

    // Bytes above the limit are refused with a message; tests lower it.
    void setMaxBytes(qint64 maxBytes) { m_maxBytes = maxBytes; }
    qint64 maxBytes() const { return m_maxBytes; }
    // Forces the separator instead of detecting it; a null QChar restores detection.
    void setSeparator(QChar separator) { m_separator = separator; }

    CsvDocument parse(const QByteArray& bytes) const;
    // Reads and parses a file; a file that cannot be read gives one error sentence naming it.
    CsvDocument readFile(const QString& path) const;

    // The separator among ',' ';' TAB that occurs most often outside quotes in the first non-blank
    // line; ',' when none occurs. Ties go to ';' then TAB: a header holding both a ';' and a ','
    // comes from a French spreadsheet far more often than the reverse.
    static QChar detectSeparator(QStringView text);

private:
    QString decode(const QByteArray& bytes, CsvDocument& document) const;
    void split(const QString& text, CsvDocument& document) const;

    qint64 m_maxBytes = DefaultMaxBytes;
    QChar m_separator;
};

} // namespace balise
