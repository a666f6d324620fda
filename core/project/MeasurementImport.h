#pragma once

#include "Enums.h"
#include "Ids.h"

#include <QList>
#include <QString>
#include <optional>

namespace balise {

// One measurement as an importer read it: the service and the period are named, and created by the
// project when they do not exist yet.
struct MeasurementInput
{
    QString serviceName;
    EntityId indicatorId = NoId;
    QString periodLabel;
    MeasurementState state = MeasurementState::Present;
    std::optional<double> value;
    std::optional<int> level;
    QString source;
    QString comment;
    std::optional<double> confidence;
};

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

} // namespace balise
