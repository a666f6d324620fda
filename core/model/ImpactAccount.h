#pragma once

#include "Enums.h"
#include "Ids.h"

#include <QList>
#include <QString>
#include <optional>

namespace balise {

// One cost or benefit per unit of activity, e.g. "health benefit: +0.74 € per km cycled".
// Benefits are positive, costs negative; the bearer says who gains or pays.
struct ImpactLine
{
    EntityId id = NoId;
    QString label;
    double valuePerUnit = 0.0;
    ImpactBearer bearer = ImpactBearer::Society;

    bool operator==(const ImpactLine&) const = default;
};

// The volume of activity in one period (e.g. 1.2 million km cycled in 2024).
struct ImpactVolume
{
    EntityId periodId = NoId;
    double volume = 0.0;

    bool operator==(const ImpactVolume&) const = default;
};

// A cost/benefit account [bilan des impacts] of a service or policy.
struct ImpactAccount
{
    EntityId id = NoId;
    QString name;
    EntityId serviceId = NoId; // optional: the service the account is about
    QString unit;              // unit of activity, e.g. "km cycled"
    QString currency = QStringLiteral("EUR");
    std::optional<double> investment;
    double discountRate = 0.04; // per period, e.g. 0.04 = 4 %
    QList<ImpactLine> lines;
    QList<ImpactVolume> volumes;

    bool operator==(const ImpactAccount&) const = default;
};

} // namespace balise
