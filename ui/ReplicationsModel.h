#pragma once

#include "UncertaintyAnalysis.h"

#include <QAbstractTableModel>

namespace balise::ui {

// Every replication of a Monte Carlo run and the parameters it drew — the aggregation method, the
// normalisation and each weight's multiplier — so that any run can be checked or redone by hand
// (uncertainty analyses are otherwise opaque). One row per replication; a view shows only the rows on
// screen, so a million rows cost nothing to display.
class ReplicationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ReplicationsModel(QObject* parent = nullptr);

    void setOutcome(const UncertaintyOutcome& outcome);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<engine::RunParameters> m_parameters;
    std::vector<std::optional<engine::NormalisationMethod>> m_normalisations;
    QStringList m_nodeCodes; // node 1… (the root's multiplier is always 1)
};

} // namespace balise::ui
