#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>
#include <vector>

namespace balise {
class ProjectEvaluation;
} // namespace balise

namespace balise::ui {

class CoalescedRefresh;

// How the ranking of the services moved over time: one row per service, one column per period with
// its overall rank and how many places it gained or lost since the previous period (▲ better,
// ▼ worse). Follows the document's kept evaluation, once per batch of changes.
class RankHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        RankRole = Qt::UserRole + 1, // int, 0 when unranked
        MoveRole                     // int, places gained since the previous period (0 when unknown)
    };

    explicit RankHistoryModel(QObject* parent = nullptr);

    void setEvaluation(ProjectEvaluation* evaluation);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    int rankAt(int service, int period) const;

    QPointer<ProjectEvaluation> m_evaluation;
    CoalescedRefresh* m_refresh; // child of this model
    QStringList m_services;
    QStringList m_periods;
    std::vector<int> m_ranks; // [service][period], 0 = no rank
    int m_ranked = 0;         // services of the evaluation, for "of N"
};

} // namespace balise::ui
