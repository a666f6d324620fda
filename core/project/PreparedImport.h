#pragma once

#include "DataService.h"
#include "Measurement.h"
#include "MeasurementImportSummary.h"
#include "Period.h"

#include <QList>

namespace balise {

// A measurements import checked against the project and ready to be written (Project's
// prepareMeasurementImport → writeMeasurementImport → finishMeasurementImport). Services and
// periods the file names but the project lacks are created with the import; until it is written the
// measurements name them by provisional negative ids, which writing replaces with the real ones.
struct PreparedMeasurementImport
{
    MeasurementImportSummary summary;
    QList<DataService> newServices;
    QList<Period> newPeriods;
    QList<Measurement> toWrite; // only what changes: unchanged values are left out
    bool written = false;
};

} // namespace balise
