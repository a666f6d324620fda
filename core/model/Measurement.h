#pragma once

#include "Enums.h"
#include "Ids.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <optional>

namespace balise {

struct MeasurementKey
{
    EntityId serviceId = NoId;
    EntityId indicatorId = NoId;
    EntityId periodId = NoId;

    bool operator==(const MeasurementKey&) const = default;
};

inline size_t qHash(const MeasurementKey& key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.serviceId, key.indicatorId, key.periodId);
}

// One observation of an indicator for a service in a period. Missing is a state of its own, never 0:
// a missing measurement carries no value and the engine leaves it out of the aggregates.
struct Measurement
{
    MeasurementKey key;
    MeasurementState state = MeasurementState::Present;
    std::optional<double> value; // quantitative indicators
    std::optional<int> level;    // qualitative indicators: index into the indicator's levels
    QString source;
    QString comment;
    std::optional<double> confidence; // 0..1, how sure the person entering it is
    QString author;
    QDateTime enteredAt;

    bool operator==(const Measurement&) const = default;
};

} // namespace balise
