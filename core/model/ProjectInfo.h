#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace balise {

// The territory a project evaluates services for.
struct Territory
{
    QString name;
    TerritoryKind kind = TerritoryKind::Ville;
    std::optional<qint64> population;

    bool operator==(const Territory&) const = default;
};

// Project-wide settings of the evaluation. The thresholds are the editable defaults of DESIGN §3.
struct ProjectSettings
{
    double redBelow = 40.0;            // score < redBelow → red
    double greenFrom = 70.0;           // score ≥ greenFrom → green; amber in between
    double minimumCoverage = 0.5;      // below this share of weight present an aggregate is "insufficient data"
    int maxIndicatorsPerCriterion = 7; // readability warnings
    int maxIndicatorsInFramework = 30;
    Normalization defaultNormalization = Normalization::Goalposts;
    Aggregation defaultAggregation = Aggregation::Arithmetic;

    bool operator==(const ProjectSettings&) const = default;
};

struct ProjectInfo
{
    QString title;
    QString description;
    Territory territory;
    QDateTime createdAt;

    bool operator==(const ProjectInfo&) const = default;
};

} // namespace balise
