#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace balise {

// A problem found in an imported file, located the way users see the file in a spreadsheet: the
// 1-based line of the text file and the 1-based column (cell index in the row). Column 0 means the
// whole line; line 0 means the whole file.
struct ImportError
{
    Q_DECLARE_TR_FUNCTIONS(ImportError)

public:
    int line = 0;
    int column = 0;
    QString message;

    bool operator==(const ImportError&) const = default;

    // "line L, column C: message" (or "line L: message", or the bare message), translated.
    QString format() const;
    // One error per line, for reports and the command line's stderr.
    static QString formatAll(const QList<ImportError>& errors);
};

} // namespace balise
