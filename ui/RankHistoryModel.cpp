#include "RankHistoryModel.h"

#include "CoalescedRefresh.h"
#include "ProjectEvaluation.h"

#include <QBrush>
#include <QColor>

namespace balise::ui {

RankHistoryModel::RankHistoryModel(QObject* parent)
    : QAbstractTableModel(parent), m_refresh(new CoalescedRefresh(this, [this] { reload(); }))
{}

void RankHistoryModel::setEvaluation(ProjectEvaluation* evaluation)
{
    if (m_evaluation)
        disconnect(m_evaluation, nullptr, this, nullptr);
    m_evaluation = evaluation;
    if (m_evaluation)
        connect(m_evaluation, &ProjectEvaluation::stale, m_refresh, &CoalescedRefresh::request);
    reload();
}

void RankHistoryModel::reload()
{
    beginResetModel();
    m_services.clear();
    m_periods.clear();
    m_ranks.clear();
    if (m_evaluation && m_evaluation->isAvailable()) {
        const EvaluationSetup& setup = m_evaluation->setup();
        const engine::EvaluationResult& result = m_evaluation->result();
        m_services = setup.serviceNames;
        m_periods = setup.periodLabels;
        m_ranked = result.services;
        m_ranks.resize(static_cast<size_t>(result.services) * static_cast<size_t>(result.periods));
        for (int s = 0; s < result.services; ++s)
            for (int p = 0; p < result.periods; ++p)
                m_ranks[static_cast<size_t>(s) * static_cast<size_t>(result.periods) + static_cast<size_t>(p)] =
                    result.rank(p, 0, s);
    }
    endResetModel();
}

int RankHistoryModel::rankAt(int service, int period) const
{
    return m_ranks[static_cast<size_t>(service) * static_cast<size_t>(m_periods.size()) + static_cast<size_t>(period)];
}

int RankHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_services.size());
}

int RankHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_periods.size());
}

QVariant RankHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int rank = rankAt(index.row(), index.column());
    const int previous = index.column() > 0 ? rankAt(index.row(), index.column() - 1) : 0;
    const int move = rank > 0 && previous > 0 ? previous - rank : 0; // places gained
    switch (role) {
    case RankRole:
        return rank;
    case MoveRole:
        return move;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case Qt::ForegroundRole:
        if (move > 0)
            return QBrush(QColor(0x1b, 0x5e, 0x20));
        if (move < 0)
            return QBrush(QColor(0xa6, 0x1b, 0x1b));
        return {};
    case Qt::ToolTipRole:
        if (rank == 0)
            return tr("Not ranked: insufficient data");
        if (move > 0)
            return tr("Rank %1 of %2, %n place(s) up since the previous period", nullptr, move).arg(rank).arg(m_ranked);
        if (move < 0)
            return tr("Rank %1 of %2, %n place(s) down since the previous period", nullptr, -move)
                .arg(rank)
                .arg(m_ranked);
        return tr("Rank %1 of %2").arg(rank).arg(m_ranked);
    case Qt::DisplayRole:
        if (rank == 0)
            return QStringLiteral("—");
        if (move > 0)
            return tr("%1 (▲%2)").arg(rank).arg(move);
        if (move < 0)
            return tr("%1 (▼%2)").arg(rank).arg(-move);
        return QString::number(rank);
    default:
        return {};
    }
}

QVariant RankHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_periods.value(section);
    return m_services.value(section);
}

} // namespace balise::ui
