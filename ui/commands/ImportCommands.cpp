#include "commands/ImportCommands.h"

#include "Project.h"
#include "ProjectDocument.h"

#include <QCoreApplication>
#include <QSet>

namespace balise::ui {

ImportMeasurementsCommand::ImportMeasurementsCommand(ProjectDocument& document, PreparedMeasurementImport written,
                                                     const QString& fileName)
    : ProjectCommand(document, QCoreApplication::translate("ImportCommands", "Import %1").arg(fileName)),
      m_import(std::move(written))
{
    // What the import replaces, read while memory still holds it.
    const auto& measurements = document.project().measurements();
    for (const Measurement& m : std::as_const(m_import.toWrite))
        if (const auto existing = measurements.constFind(m.key); existing != measurements.cend())
            m_before.insert(existing.key(), existing.value());
    for (const DataService& s : std::as_const(m_import.newServices))
        m_createdServices.append(s.id);
    for (const Period& p : std::as_const(m_import.newPeriods))
        m_createdPeriods.append(p.id);
}

void ImportMeasurementsCommand::apply()
{
    if (!m_finished) {
        project().finishMeasurementImport(m_import);
        m_after = std::move(m_import.toWrite);
        m_import.toWrite.clear();
        m_import.newServices.clear();
        m_import.newPeriods.clear();
        m_finished = true;
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
        const auto old =
            std::find_if(before.cbegin(), before.cend(), [&](const auto& s) { return s.id == service.id; });
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
