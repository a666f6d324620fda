#include "commands/MeasurementCommands.h"

#include "Project.h"
#include "ProjectDocument.h"
#include "commands/FrameworkCommands.h"

#include <QCoreApplication>
#include <QSet>

namespace balise::ui {

SetMeasurementCommand::SetMeasurementCommand(ProjectDocument& document, const MeasurementKey& key,
                                             std::optional<Measurement> after)
    : ProjectCommand(document, QCoreApplication::translate("MeasurementCommands", "Edit a measurement")), m_key(key),
      m_after(std::move(after))
{
    const auto& measurements = document.project().measurements();
    if (const auto found = measurements.constFind(key); found != measurements.cend())
        m_before = found.value();
}

int SetMeasurementCommand::id() const
{
    return static_cast<int>(CommandId::SetMeasurement);
}

bool SetMeasurementCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetMeasurementCommand*>(other);
    if (!(next->m_key == m_key))
        return false;
    m_after = next->m_after;
    return true;
}

void SetMeasurementCommand::write(const std::optional<Measurement>& state)
{
    if (state)
        project().setMeasurement(*state);
    else
        project().removeMeasurement(m_key);
}

void SetMeasurementCommand::apply()
{
    write(m_after);
}

void SetMeasurementCommand::revert()
{
    write(m_before);
}

ChangeMeasurementsCommand::ChangeMeasurementsCommand(ProjectDocument& document, const QList<Measurement>& set,
                                                     const QList<MeasurementKey>& clear, const QString& text)
    : ProjectCommand(document, text), m_set(set), m_clear(clear)
{
    const auto& measurements = document.project().measurements();
    QSet<MeasurementKey> seen;
    auto remember = [&](const MeasurementKey& key) {
        if (seen.contains(key))
            return;
        seen.insert(key);
        if (const auto found = measurements.constFind(key); found != measurements.cend())
            m_previous.append(found.value());
        else
            m_previousEmpty.append(key);
    };
    for (const Measurement& m : m_set)
        remember(m.key);
    for (const MeasurementKey& key : m_clear)
        remember(key);
}

void ChangeMeasurementsCommand::apply()
{
    project().changeMeasurements(m_set, m_clear);
}

void ChangeMeasurementsCommand::revert()
{
    project().changeMeasurements(m_previous, m_previousEmpty);
}

} // namespace balise::ui
