#pragma once

#include "ImportError.h"

#include <QCoreApplication>
#include <QList>

namespace balise {

// Collects the errors of one import and keeps only the first `cap` of them in file order, so that a
// file with an error on each of its million lines neither floods the user nor exhausts memory. The
// readers check a file in several passes (cells, then structure); keeping the list sorted by position
// makes the report read top to bottom whatever pass found the problem.
class ImportErrorList
{
    Q_DECLARE_TR_FUNCTIONS(ImportErrorList)

public:
    static constexpr int DefaultCap = 50;

    explicit ImportErrorList(int cap = DefaultCap);

    void add(int line, int column, const QString& message);
    void add(const ImportError& error);
    void add(const QList<ImportError>& errors);

    bool isEmpty() const { return m_total == 0; }
    // Every error found, including those beyond the cap.
    int total() const { return m_total; }
    // The kept errors by line and column, then "… and N more errors." when some were left out.
    QList<ImportError> toList() const;

private:
    int m_cap;
    int m_total = 0;
    QList<ImportError> m_kept; // sorted by (line, column), at most m_cap entries
};

} // namespace balise
