#pragma once

#include "CsvDocument.h"
#include "Framework.h"
#include "MeasurementImportPlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace balise {

// Reads measurements from CSV into a plan, against the project's framework (for indicator codes,
// kinds and levels), without touching the project. The layout is told by the header: `service`,
// `indicator`, `value` and `period` columns (plus optional `comment`, `source`, `confidence`) make
// the long layout; a first column `service` followed by indicator codes makes the wide one, whose
// cells all belong to `periodLabel`. A long file without a period column also uses `periodLabel`.
// An empty cell, "NA", "n/a" or "NC" is a missing measurement, never 0. Qualitative indicators take
// a level's label (any case) or its number from 1 (worst) up.
class MeasurementCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(MeasurementCsvReader)

public:
    static MeasurementImportPlan read(const CsvDocument& document, const Framework& framework,
                                      const QString& periodLabel = {});
    static MeasurementImportPlan readBytes(const QByteArray& bytes, const Framework& framework,
                                           const QString& periodLabel = {});
    static MeasurementImportPlan readFile(const QString& path, const Framework& framework,
                                          const QString& periodLabel = {});

    // True for the cell texts that mean "no measurement": empty, NA, n/a, NC (non communiqué)…
    static bool isMissingMarker(const QString& text);
};

} // namespace balise
