#include "MeasurementCoverage.h"

#include "Project.h"

namespace balise::ui {
namespace {

void count(MeasurementCoverage& coverage, const Measurement& m)
{
    switch (m.state) {
    case MeasurementState::Present:
        ++coverage.present;
        break;
    case MeasurementState::Missing:
        ++coverage.recordedMissing;
        break;
    case MeasurementState::NotApplicable:
        ++coverage.notApplicable;
        break;
    }
}

qint64 indicatorCount(const Project& project)
{
    return project.framework().indicators().size();
}

} // namespace

MeasurementCoverage MeasurementCoverage::ofProject(const Project& project)
{
    MeasurementCoverage coverage;
    coverage.expected = indicatorCount(project) * project.services().size() * project.periods().size();
    for (const Measurement& m : project.measurements())
        count(coverage, m);
    return coverage;
}

QHash<EntityId, MeasurementCoverage> MeasurementCoverage::byPeriod(const Project& project)
{
    QHash<EntityId, MeasurementCoverage> result;
    const qint64 expected = indicatorCount(project) * project.services().size();
    for (const Period& period : project.periods())
        result[period.id].expected = expected;
    for (const Measurement& m : project.measurements())
        if (const auto it = result.find(m.key.periodId); it != result.end())
            count(*it, m);
    return result;
}

QHash<EntityId, MeasurementCoverage> MeasurementCoverage::byService(const Project& project, EntityId periodId)
{
    QHash<EntityId, MeasurementCoverage> result;
    const qint64 expected = indicatorCount(project);
    for (const DataService& service : project.services())
        result[service.id].expected = expected;
    for (const Measurement& m : project.measurements())
        if (m.key.periodId == periodId)
            if (const auto it = result.find(m.key.serviceId); it != result.end())
                count(*it, m);
    return result;
}

QHash<EntityId, MeasurementCoverage> MeasurementCoverage::byServiceOverAllPeriods(const Project& project)
{
    QHash<EntityId, MeasurementCoverage> result;
    const qint64 expected = indicatorCount(project) * project.periods().size();
    for (const DataService& service : project.services())
        result[service.id].expected = expected;
    for (const Measurement& m : project.measurements())
        if (const auto it = result.find(m.key.serviceId); it != result.end())
            count(*it, m);
    return result;
}

} // namespace balise::ui
