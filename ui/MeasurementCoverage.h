#pragma once

#include "Ids.h"

#include <QHash>
#include <algorithm>

namespace balise {
class Project;
} // namespace balise

namespace balise::ui {

// How many of the expected measurements are in, for the tree and the details pages. A value is
// expected for every service × indicator × period; "missing" counts the expected values that are
// not there — recorded as missing or never entered — leaving out those marked not applicable.
struct MeasurementCoverage
{
    qint64 expected = 0;
    qint64 present = 0;
    qint64 recordedMissing = 0; // entered with the state "missing" (and usually a comment)
    qint64 notApplicable = 0;

    qint64 missing() const { return std::max<qint64>(0, expected - present - notApplicable); }

    // Over the whole project.
    static MeasurementCoverage ofProject(const Project& project);
    // One entry per period of the project, by period id.
    static QHash<EntityId, MeasurementCoverage> byPeriod(const Project& project);
    // One entry per service of the project, by service id, within one period.
    static QHash<EntityId, MeasurementCoverage> byService(const Project& project, EntityId periodId);
    // One entry per service of the project, by service id, over all periods.
    static QHash<EntityId, MeasurementCoverage> byServiceOverAllPeriods(const Project& project);
};

} // namespace balise::ui
