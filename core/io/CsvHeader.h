#pragma once

#include "CsvDocument.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace balise {

// The header row of an import file: finds columns by name whatever their order, case, surrounding
// spaces, or whether words are joined by '_', '-' or a space ("Baseline date" = "baseline_date").
class CsvHeader
{
public:
    explicit CsvHeader(const CsvRow& row);

    static QString normalize(const QString& name);

    // 0-based index of the column, -1 when absent. Names are given normalised.
    int indexOf(const QString& name) const { return m_index.value(name, -1); }
    bool contains(const QString& name) const { return m_index.contains(name); }
    int size() const { return m_row.size(); }
    const CsvRow& row() const { return m_row; }
    // Normalised name of column `index`.
    QString nameAt(int index) const { return normalize(m_row.text(index)); }
    // 0-based indices of columns whose name repeats an earlier one.
    const QList<int>& duplicates() const { return m_duplicates; }

private:
    CsvRow m_row;
    QHash<QString, int> m_index; // first occurrence of each normalised name
    QList<int> m_duplicates;
};

} // namespace balise
