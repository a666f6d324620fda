#pragma once

#include "CsvDocument.h"
#include "FrameworkImportPlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace balise {

// Reads an evaluation framework from CSV into a plan, without touching any project. Columns are
// named by the header in any order: `level`, `code` and `name` are required; `parent`, `weight`,
// `description`, `owner`, `actions` apply to every node; `direction`, `unit`, `baseline`, `target`,
// `baseline_date`, `target_date`, `source`, `protocol`, `frequency`, `kind`, `levels`, `definition`,
// `band_low`, `band_high` and `band_tolerance` to indicators. Parents may come after their children.
// Every problem of the file is reported at once, with its line and column.
class FrameworkCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkCsvReader)

public:
    static FrameworkImportPlan read(const CsvDocument& document);
    static FrameworkImportPlan readBytes(const QByteArray& bytes);
    static FrameworkImportPlan readFile(const QString& path);

    static QStringList requiredColumns();
    static QStringList optionalColumns();
};

} // namespace balise
