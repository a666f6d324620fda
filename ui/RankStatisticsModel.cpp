#include "RankStatisticsModel.h"

#include "DisplayFormat.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace balise::ui {

RankStatisticsModel::RankStatisticsModel(QObject* parent) : QAbstractTableModel(parent)
{}

void RankStatisticsModel::setOutcome(const UncertaintyOutcome& outcome)
{
    beginResetModel();
    m_outcome = outcome;
    m_order.clear();
    const auto& services = m_outcome.monteCarlo.services;
    for (int s = 0; s < static_cast<int>(services.size()); ++s)
        m_order.append(s);
    // Best nominal rank first; services without a rank last, in the project's order.
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        const int ra = services[static_cast<size_t>(a)].nominalRank;
        const int rb = services[static_cast<size_t>(b)].nominalRank;
        return ra > 0 && (rb == 0 || ra < rb);
    });
    endResetModel();
}

int RankStatisticsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_order.size());
}

int RankStatisticsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RankStatisticsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_order.size())
        return {};
    const int s = m_order[index.row()];
    const auto& r = m_outcome.monteCarlo.services[static_cast<size_t>(s)];
    const QLocale locale;
    auto rank = [&](double x) {
        return std::isnan(x) ? DisplayFormat::none() : locale.toString(x, 'f', 1);
    };
    if (role == Qt::TextAlignmentRole)
        return index.column() == Service ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Interval)
        return tr("In 90 % of the replications the service ranked between these two places.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Service:
        return m_outcome.serviceNames.value(s);
    case Nominal:
        return r.nominalRank > 0 ? QVariant(r.nominalRank) : QVariant(DisplayFormat::none());
    case Median:
        return rank(r.medianRank);
    case Interval:
        return std::isnan(r.q05Rank) ? DisplayFormat::none() : tr("%1 – %2").arg(rank(r.q05Rank), rank(r.q95Rank));
    case Mean:
        return rank(r.meanRank);
    case First:
        return DisplayFormat::percent(r.pFirst);
    }
    return {};
}

QVariant RankStatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Service:
        return tr("Service");
    case Nominal:
        return tr("Rank");
    case Median:
        return tr("Median rank");
    case Interval:
        return tr("5–95 % interval");
    case Mean:
        return tr("Mean rank");
    case First:
        return tr("P(first)");
    }
    return {};
}

} // namespace balise::ui
