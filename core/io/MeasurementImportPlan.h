#pragma once

#include "Enums.h"
#include "Ids.h"
#include "ImportError.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace balise {

// Long: one measurement per line (service, indicator, period, value). Wide: one service per line,
// one column per indicator, all in one period.
enum class MeasurementFileLayout
{
    Long,
    Wide
};

// One measurement read from a file. Services and periods are named, not identified: the project
// finds or creates them when it applies the plan.
struct MeasurementImportRow
{
    QString serviceName;
    QString indicatorCode; // as the framework spells it
    EntityId indicatorId = NoId;
    QString periodLabel;
    MeasurementState state = MeasurementState::Missing;
    std::optional<double> value; // quantitative indicators
    std::optional<int> level;    // qualitative indicators: 0-based index into the indicator's levels
    QString comment;
    QString source;
    std::optional<double> confidence; // 0..1
    int line = 0;
    int column = 0; // of the value cell

    bool operator==(const MeasurementImportRow&) const = default;
};

// Everything MeasurementCsvReader understood of a file. Apply it only when `errors` is empty.
struct MeasurementImportPlan
{
    MeasurementFileLayout layout = MeasurementFileLayout::Long;
    QList<MeasurementImportRow> rows;
    QStringList services; // distinct names in first-seen order (case-insensitive, first spelling kept)
    QStringList periods;  // distinct labels in first-seen order
    QChar separator = QLatin1Char(',');
    QChar decimalMark = QLatin1Char('.');
    QList<ImportError> errors;   // at most 50, then "… and N more"
    QList<ImportError> warnings; // e.g. unknown columns: the file can still be applied

    bool ok() const { return errors.isEmpty(); }
};

} // namespace balise
