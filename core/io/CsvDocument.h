#pragma once

#include "ImportError.h"

#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace balise {

// One cell of a CSV file with where it starts, so that every message can point at it.
struct CsvCell
{
    QString text;   // unquoted, doubled quotes undone, line breaks inside quotes as '\n'; not trimmed
    int line = 0;   // 1-based line of the file where the cell starts
    int column = 0; // 1-based index of the cell in its row (the spreadsheet column)
    bool quoted = false;

    bool operator==(const CsvCell&) const = default;
};

struct CsvRow
{
    QList<CsvCell> cells;
    int line = 0; // 1-based line where the row starts

    bool operator==(const CsvRow&) const = default;
    int size() const { return static_cast<int>(cells.size()); }
    // Trimmed text of cell `index` (0-based); empty when the row is shorter or index < 0.
    QString text(int index) const;
    // Where cell `index` is or would be, for messages about a missing cell.
    ImportError errorAt(int index, const QString& message) const;
};

// The result of CsvReader: rows of cells, blank rows left out, the first row being the header.
// When `errors` is not empty the file could not be read as a whole and `rows` must not be used.
struct CsvDocument
{
    Q_DECLARE_TR_FUNCTIONS(CsvDocument)

public:
    QList<CsvRow> rows;
    QChar separator = QLatin1Char(',');
    bool hadBom = false;
    QList<ImportError> errors;

    bool ok() const { return errors.isEmpty(); }
    bool isEmpty() const { return rows.isEmpty(); }

    // "comma", "semicolon", "tab": for the report telling users how their file was read.
    static QString separatorName(QChar separator);
};

} // namespace balise
