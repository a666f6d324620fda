#pragma once

#include "Enums.h"
#include "Ids.h"

#include <QList>
#include <QString>
#include <optional>

namespace balise {

// What an import did (or, for a dry run, would do).
struct MeasurementImportSummary
{
    QStringList servicesCreated;
    QStringList periodsCreated;
    int measurementsAdded = 0;
    int measurementsReplaced = 0;
    int measurementsUnchanged = 0;
    int missingCells = 0;
};

// What a services import did (or, for a dry run, would do).
struct ServiceImportSummary
{
    QStringList created;
    QStringList updated;
    int unchanged = 0;
};

} // namespace balise
