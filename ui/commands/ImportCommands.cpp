#include "commands/ImportCommands.h"

#include "Project.h"

#include <QCoreApplication>
#include <QSet>

namespace balise::ui {
namespace {

QSet<EntityId> serviceIds(const Project& project)
{
    QSet<EntityId> ids;
    for (const DataService& s : project.services())
        ids.insert(s.id);
    return ids;
}

} // namespace

ImportMeasurementsCommand::ImportMeasurementsCommand(ProjectDocument& document,
                                                     const QList<MeasurementImportRow>& rows, const QString& fileName)
    : ProjectCommand(document, QCoreApplication::translate("ImportCommands", "Import %1").arg(fileName)), m_rows(rows)
{}

void ImportMeasurementsCommand::importFirst()
{
    const Project& before = project();
    const QSet<EntityId> services = serviceIds(before);
    QSet<EntityId> periods;
    for (const Period& p : before.periods())
        periods.insert(p.id);
    // The values the file will replace: rows naming a service and a period that exist already.
    for (const MeasurementImportRow& row : std::as_const(m_rows)) {
        const DataService* service = before.data().findServiceByName(row.serviceName);
        const Period* period = before.data().findPeriodByLabel(row.periodLabel);
        if (!service || !period)
            continue;
        const auto existing = before.measurements().constFind({service->id, row.indicatorId, period->id});
        if (existing != before.measurements().cend())
            m_before.insert(existing.key(), existing.value());
    }

    m_summary = project().importMeasurements(m_rows, false);

    const Project& after = project();
    for (const DataService& s : after.services())
        if (!services.contains(s.id))
            m_createdServices.append(s.id);
    for (const Period& p : after.periods())
        if (!periods.contains(p.id))
            m_createdPeriods.append(p.id);
    QSet<MeasurementKey> written;
    for (const MeasurementImportRow& row : std::as_const(m_rows)) {
        const MeasurementKey key{after.data().findServiceByName(row.serviceName)->id, row.indicatorId,
                                 after.data().findPeriodByLabel(row.periodLabel)->id};
        if (written.contains(key))
            continue;
        written.insert(key);
        if (const auto it = after.measurements().constFind(key); it != after.measurements().cend())
            m_after.append(it.value());
    }
    m_rows.clear(); // what was written is in m_after now
    m_imported = true;
}

void ImportMeasurementsCommand::apply()
{
    if (!m_imported) {
        importFirst();
        return;
    }
    for (const RemovedService& removed : std::as_const(m_removedServices))
        project().restoreService(removed);
    for (const RemovedPeriod& removed : std::as_const(m_removedPeriods))
        project().restorePeriod(removed);
    m_removedServices.clear();
    m_removedPeriods.clear();
    project().changeMeasurements(m_after, {});
}

void ImportMeasurementsCommand::revert()
{
    // The values first, while every service and period they name is still there.
    QList<MeasurementKey> added;
    for (const Measurement& m : std::as_const(m_after))
        if (!m_before.contains(m.key))
            added.append(m.key);
    project().changeMeasurements(m_before.values(), added);
    // Then what the import created, the last first; kept to be put back as they were.
    for (qsizetype i = m_createdPeriods.size() - 1; i >= 0; --i)
        m_removedPeriods.prepend(project().removePeriod(m_createdPeriods[i]));
    for (qsizetype i = m_createdServices.size() - 1; i >= 0; --i)
        m_removedServices.prepend(project().removeService(m_createdServices[i]));
}

ImportServicesCommand::ImportServicesCommand(ProjectDocument& document, const ServiceImportPlan& plan,
                                             const QString& fileName)
    : ProjectCommand(document, QCoreApplication::translate("ImportCommands", "Import %1").arg(fileName)), m_plan(plan)
{}

void ImportServicesCommand::apply()
{
    if (m_imported) {
        for (const RemovedService& removed : std::as_const(m_removed))
            project().restoreService(removed);
        m_removed.clear();
        for (const DataService& service : std::as_const(m_updatedAfter))
            project().updateService(service);
        return;
    }
    const QList<DataService> before = project().services();
    m_summary = project().importServices(m_plan, false);
    for (const DataService& service : project().services()) {
        const auto old = std::find_if(before.cbegin(), before.cend(), [&](const auto& s) { return s.id == service.id; });
        if (old == before.cend()) {
            m_created.append(service.id);
        } else if (!(*old == service)) {
            m_updatedBefore.append(*old);
            m_updatedAfter.append(service);
        }
    }
    m_plan = {};
    m_imported = true;
}

void ImportServicesCommand::revert()
{
    for (const DataService& service : std::as_const(m_updatedBefore))
        project().updateService(service);
    for (qsizetype i = m_created.size() - 1; i >= 0; --i)
        m_removed.prepend(project().removeService(m_created[i]));
}

} // namespace balise::ui
