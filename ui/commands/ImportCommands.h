#pragma once

#include "MeasurementImportSummary.h"
#include "PreparedImport.h"
#include "Removed.h"
#include "ServiceImportPlan.h"
#include "commands/ProjectCommand.h"

#include <QHash>
#include <QList>

namespace balise::ui {

// A measurements file imported in one undo step. The file was read, checked and written beforehand
// (Project::writeMeasurementImport, perhaps on a worker thread); the command's first apply makes the
// written import the project's state in memory. Undo puts back the values it replaced, takes away
// those it added, then removes the services and periods it created. Redo puts back the very same
// services and periods (same ids, so later commands in the history still find them) and the values.
class ImportMeasurementsCommand : public ProjectCommand
{
public:
    ImportMeasurementsCommand(ProjectDocument& document, PreparedMeasurementImport written, const QString& fileName);
    const MeasurementImportSummary& summary() const { return m_import.summary; }

protected:
    void apply() override;
    void revert() override;

private:
    PreparedMeasurementImport m_import; // its measurements are m_after once applied
    bool m_finished = false;
    QHash<MeasurementKey, Measurement> m_before; // the values the import replaced
    QList<Measurement> m_after;                  // every measurement the import wrote
    QList<EntityId> m_createdServices;
    QList<EntityId> m_createdPeriods;
    QList<RemovedService> m_removedServices; // after an undo, in creation order
    QList<RemovedPeriod> m_removedPeriods;
};

// A data services file imported in one undo step: undo gives the services it updated their former
// attributes back and removes those it created; redo restores the same ones.
class ImportServicesCommand : public ProjectCommand
{
public:
    ImportServicesCommand(ProjectDocument& document, const ServiceImportPlan& plan, const QString& fileName);
    const ServiceImportSummary& summary() const { return m_summary; }

protected:
    void apply() override;
    void revert() override;

private:
    ServiceImportPlan m_plan;
    ServiceImportSummary m_summary;
    bool m_imported = false;
    QList<DataService> m_updatedBefore;
    QList<DataService> m_updatedAfter;
    QList<EntityId> m_created;
    QList<RemovedService> m_removed; // after an undo, in creation order
};

} // namespace balise::ui
