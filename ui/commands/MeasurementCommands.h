#pragma once

#include "Measurement.h"
#include "commands/ProjectCommand.h"

#include <QList>
#include <optional>

namespace balise::ui {

// Sets one measurement (or clears it: nullopt). Consecutive edits of the same cell merge.
class SetMeasurementCommand : public ProjectCommand
{
public:
    SetMeasurementCommand(ProjectDocument& document, const MeasurementKey& key, std::optional<Measurement> after);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

protected:
    void apply() override;
    void revert() override;

private:
    void write(const std::optional<Measurement>& state);

    MeasurementKey m_key;
    std::optional<Measurement> m_before;
    std::optional<Measurement> m_after;
};

// Sets and clears many measurements at once (a block pasted from a spreadsheet): one undo step, one
// transaction, and refused as a whole when one value is invalid.
class ChangeMeasurementsCommand : public ProjectCommand
{
public:
    ChangeMeasurementsCommand(ProjectDocument& document, const QList<Measurement>& set,
                              const QList<MeasurementKey>& clear, const QString& text);

protected:
    void apply() override;
    void revert() override;

private:
    QList<Measurement> m_set;
    QList<MeasurementKey> m_clear;
    QList<Measurement> m_previous;         // what the affected cells held before
    QList<MeasurementKey> m_previousEmpty; // affected cells that were empty
};

} // namespace balise::ui
