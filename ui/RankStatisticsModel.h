#pragma once

#include "UncertaintyAnalysis.h"

#include <QAbstractTableModel>

namespace balise::ui {

// The outcome of an uncertainty analysis as a table: one row per service, best nominal rank first;
// nominal rank, median rank, the 5–95 % interval, mean rank and the chance of ranking first.
class RankStatisticsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Service,
        Nominal,
        Median,
        Interval,
        Mean,
        First,
        ColumnCount
    };

    explicit RankStatisticsModel(QObject* parent = nullptr);

    void setOutcome(const UncertaintyOutcome& outcome);
    const UncertaintyOutcome& outcome() const { return m_outcome; }
    bool hasOutcome() const { return !m_order.isEmpty(); }
    // The service shown in a row, as an index into the outcome's services.
    int serviceAt(int row) const { return m_order.value(row, -1); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    UncertaintyOutcome m_outcome;
    QList<int> m_order;
};

} // namespace balise::ui
