#pragma once

#include "Ids.h"

#include <QCoreApplication>
#include <QString>

namespace balise {
class Project;
} // namespace balise

namespace balise::ui {

// The details pages of periods and of the measurements they hold: the list of periods, one period
// (dates and counts), the measurements of all periods, and the measurements of one period per
// service, with the values recorded as missing and why.
class PeriodDetails
{
    Q_DECLARE_TR_FUNCTIONS(PeriodDetails)

public:
    static QString periodsPage(const Project& project);
    static QString measurementsPage(const Project& project);
    // Both are empty when the project has no such period.
    static QString periodPage(const Project& project, EntityId id);
    static QString periodMeasurementsPage(const Project& project, EntityId id);
};

} // namespace balise::ui
