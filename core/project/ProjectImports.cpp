// Project's imports of whole files: measurements (checked, written in one transaction that may run on
// a worker thread, then applied in memory) and the description of data services.
#include "Project.h"
#include "ProjectRules.h"

#include "ModelValidator.h"
#include "ProjectWriter.h"
#include "StorageError.h"

#include <QDateTime>
#include <QHash>
#include <algorithm>

namespace balise {

using project_rules::currentUser;
using project_rules::indexOfId;
using project_rules::normalised;
using project_rules::refusal;
using project_rules::refuseIf;
using Subject = ProjectChange::Subject;
using Operation = ProjectChange::Operation;

MeasurementImportSummary Project::importMeasurements(const QList<MeasurementImportRow>& rows, bool dryRun)
{
    PreparedMeasurementImport prepared = prepareMeasurementImport(rows);
    if (dryRun)
        return prepared.summary;
    writeMeasurementImport(prepared, {}, {});
    finishMeasurementImport(prepared);
    return prepared.summary;
}

PreparedMeasurementImport Project::prepareMeasurementImport(const QList<MeasurementImportRow>& rows) const
{
    PreparedMeasurementImport prepared;
    MeasurementImportSummary& summary = prepared.summary;
    QList<DataService>& newServices = prepared.newServices;
    QList<Period>& newPeriods = prepared.newPeriods;
    QList<Measurement>& toWrite = prepared.toWrite;
    QHash<QString, int> newServiceIndex; // lower-case name → index in newServices
    QHash<QString, int> newPeriodIndex;
    // Rows name services and periods; new ones get provisional negative ids until written.
    auto serviceId = [&](const QString& name) -> EntityId {
        if (const DataService* s = m_data.findServiceByName(name))
            return s->id;
        const QString key = name.trimmed().toLower();
        if (!newServiceIndex.contains(key)) {
            DataService s;
            s.name = name.trimmed();
            refuseIf(ModelValidator::checkService(m_data.services, s));
            newServiceIndex.insert(key, static_cast<int>(newServices.size()));
            newServices.append(s);
            summary.servicesCreated.append(s.name);
        }
        return -1 - newServiceIndex.value(key);
    };
    auto periodId = [&](const QString& label) -> EntityId {
        if (const Period* p = m_data.findPeriodByLabel(label))
            return p->id;
        const QString key = label.trimmed().toLower();
        if (!newPeriodIndex.contains(key)) {
            const Period p = Period::fromLabel(label);
            refuseIf(ModelValidator::checkPeriod(m_data.periods, p));
            newPeriodIndex.insert(key, static_cast<int>(newPeriods.size()));
            newPeriods.append(p);
            summary.periodsCreated.append(p.label);
        }
        return -1 - newPeriodIndex.value(key);
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString author = currentUser();
    for (const auto& row : rows) {
        const FrameworkNode* indicator = m_data.framework.find(row.indicatorId);
        if (!indicator)
            throw refusal(tr("An imported row refers to an indicator that does not exist."));
        Measurement m;
        m.key = {serviceId(row.serviceName), row.indicatorId, periodId(row.periodLabel)};
        m.state = row.state;
        m.value = row.value;
        m.level = row.level;
        m.source = row.source;
        m.comment = row.comment;
        m.confidence = row.confidence;
        m.author = author;
        m.enteredAt = now;
        refuseIf(ModelValidator::checkMeasurement(*indicator, m));
        if (m.state != MeasurementState::Present)
            ++summary.missingCells;
        const auto existing = m_data.measurements.constFind(m.key);
        if (existing == m_data.measurements.cend()) {
            ++summary.measurementsAdded;
        } else {
            // A file without notes (a wide sheet, say) must not wipe the notes typed in Balise.
            if (m.comment.isEmpty())
                m.comment = existing->comment;
            if (m.source.isEmpty())
                m.source = existing->source;
            if (!m.confidence)
                m.confidence = existing->confidence;
            if (existing->state == m.state && existing->value == m.value && existing->level == m.level &&
                existing->comment == m.comment && existing->source == m.source &&
                existing->confidence == m.confidence) {
                ++summary.measurementsUnchanged;
                continue;
            }
            ++summary.measurementsReplaced;
        }
        toWrite.append(m);
    }
    return prepared;
}

void Project::writeMeasurementImport(PreparedMeasurementImport& import, const std::function<void(double)>& progress,
                                     const std::function<bool()>& cancelled)
{
    const qsizetype total = import.toWrite.size();
    const qsizetype step = std::max<qsizetype>(1, total / 100);
    QList<DataService> services = import.newServices;
    QList<Period> periods = import.newPeriods;
    QList<Measurement> measurements = import.toWrite;
    transact([&](ProjectWriter& w) {
        for (int i = 0; i < services.size(); ++i)
            w.writeService(services[i], static_cast<int>(m_data.services.size() + i));
        for (int i = 0; i < periods.size(); ++i)
            w.writePeriod(periods[i], static_cast<int>(m_data.periods.size() + i));
        for (qsizetype i = 0; i < total; ++i) {
            Measurement& m = measurements[i];
            if (m.key.serviceId < 0)
                m.key.serviceId = services[-1 - m.key.serviceId].id;
            if (m.key.periodId < 0)
                m.key.periodId = periods[-1 - m.key.periodId].id;
            w.writeMeasurement(m);
            if ((i + 1) % step == 0) {
                if (cancelled && cancelled())
                    throw StorageError(tr("The import was cancelled; nothing was written."));
                if (progress)
                    progress(static_cast<double>(i + 1) / static_cast<double>(total));
            }
        }
    });
    // Committed: the ids are real now. (On a failure above, `import` is left as it was.)
    import.newServices = std::move(services);
    import.newPeriods = std::move(periods);
    import.toWrite = std::move(measurements);
    import.written = true;
}

void Project::finishMeasurementImport(const PreparedMeasurementImport& import)
{
    if (!import.written)
        throw refusal(tr("This import has not been written."));
    m_data.services.append(import.newServices);
    m_data.periods.append(import.newPeriods);
    for (const auto& m : import.toWrite)
        m_data.measurements.insert(m.key, m);
    if (!import.newServices.isEmpty())
        announce(Subject::Services, Operation::Reset);
    if (!import.newPeriods.isEmpty())
        announce(Subject::Periods, Operation::Reset);
    announce(Subject::Measurements, Operation::Reset);
}

ServiceImportSummary Project::importServices(const ServiceImportPlan& plan, bool dryRun)
{
    ServiceImportSummary summary;
    QList<DataService> next = m_data.services;
    QList<int> touched; // indices into next to write
    for (const auto& row : plan.rows) {
        const DataService& in = row.service;
        const DataService* existing = m_data.findServiceByName(in.name);
        DataService merged = existing ? *existing : normalised(in);
        if (existing) {
            if (plan.has("operator"))
                merged.operatorName = in.operatorName;
            if (plan.has("domain"))
                merged.domain = in.domain;
            if (plan.has("description"))
                merged.description = in.description;
            if (plan.has("data_role"))
                merged.dataRole = in.dataRole;
            if (plan.has("population_reached"))
                merged.populationReached = in.populationReached;
            if (plan.has("population_not_reached"))
                merged.populationNotReached = in.populationNotReached;
            if (plan.has("postures"))
                merged.postures = in.postures;
            for (DestabilisationAxis axis : allValues<DestabilisationAxis>()) {
                const auto index = static_cast<size_t>(axis);
                if (plan.fields.contains(destabilisationField(axis)))
                    merged.destabilisation[index] = in.destabilisation[index];
            }
            if (merged == *existing) {
                ++summary.unchanged;
                continue;
            }
            summary.updated.append(merged.name);
            touched.append(indexOfId(next, merged.id));
            next[touched.last()] = merged;
        } else {
            merged.id = NoId;
            refuseIf(ModelValidator::checkService(next, merged));
            summary.created.append(merged.name);
            next.append(merged);
            touched.append(static_cast<int>(next.size() - 1));
        }
    }
    if (dryRun || touched.isEmpty())
        return summary;
    transact([&](ProjectWriter& w) {
        for (int index : touched)
            w.writeService(next[index], index);
    });
    m_data.services = next;
    announce(Subject::Services, Operation::Reset);
    return summary;
}

} // namespace balise
