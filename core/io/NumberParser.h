#pragma once

#include "CsvDocument.h"
#include "ImportError.h"

#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace balise {

// The decimal mark of a whole file and how it was decided.
struct DecimalMarkDetection
{
    QChar mark = QLatin1Char('.');
    bool fromCells = false;    // false: the default, or implied by a ',' separator
    QList<ImportError> errors; // cells that disagree on the mark
};

// Reads numbers as French and English spreadsheets write them: "1234.5", "1,234.5", "1234,5",
// "1.234,5", "1 234,5" (space, no-break space or narrow no-break space between thousands), with an
// optional exponent. The decimal mark is decided once per file, never per cell (a lone "1,234" is
// ambiguous), and never from the system locale: the same file reads the same everywhere.
class NumberParser
{
    Q_DECLARE_TR_FUNCTIONS(NumberParser)

public:
    // Values beyond this magnitude are refused: no indicator needs them, and a typo (a pasted
    // identifier, a date read as a number) is far more likely than a real measure.
    static constexpr double MaxMagnitude = 1e15;

    explicit NumberParser(QChar decimalMark = QLatin1Char('.'));
    QChar decimalMark() const { return m_decimalMark; }

    // With a ',' separator the mark is '.'. Otherwise the cells that look like numbers decide: "12,5"
    // or "1.234,5" say ','; "12.5" or "1,234.5" say '.'; cells of both kinds are an error naming
    // both lines; no evidence at all leaves '.'. Pass only cells of numeric columns: codes such as
    // "1.2" must not count as evidence.
    static DecimalMarkDetection detectDecimalMark(QChar separator, const QList<CsvCell>& cells);

    // The value of `text` (surrounding spaces ignored), or nullopt with a sentence in *error.
    // NaN, infinities and magnitudes above MaxMagnitude are refused.
    std::optional<double> parse(const QString& text, QString* error = nullptr) const;

    // "point" or "comma", for reports.
    static QString markName(QChar mark);

private:
    QChar m_decimalMark;
};

} // namespace balise
