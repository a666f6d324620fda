#include "ScorecardNodesModel.h"

#include "EvaluationSetup.h"
#include "LightStyle.h"

#include <QBrush>
#include <QLocale>
#include <cmath>

namespace balise::ui {
namespace {

QString paceWord(engine::Pace pace)
{
    switch (pace) {
    case engine::Pace::Reached:
        return ScorecardNodesModel::tr("target reached");
    case engine::Pace::OnTrack:
        return ScorecardNodesModel::tr("on track");
    case engine::Pace::Behind:
        return ScorecardNodesModel::tr("behind");
    case engine::Pace::Unknown:
        break;
    }
    return {};
}

} // namespace

ScorecardNodesModel::ScorecardNodesModel(QObject* parent) : QAbstractTableModel(parent)
{}

void ScorecardNodesModel::setScorecard(const EvaluationSetup& setup, const engine::EvaluationResult& result,
                                       const engine::TrackingResult& tracking, int period, int service)
{
    beginResetModel();
    m_rows.clear();
    const engine::FlatTree& tree = setup.input.tree;
    m_rows.reserve(static_cast<size_t>(tree.nodeCount()));
    for (int node = 0; node < tree.nodeCount(); ++node) {
        Row row;
        row.depth = tree.depth(node);
        row.label = node == 0 ? tr("Overall score") : setup.nodeCodes[node] + QLatin1Char(' ') + setup.nodeNames[node];
        row.score = result.score(period, node, service);
        row.light = result.light(period, node, service);
        row.change = tracking.changeSincePrevious[tracking.index(period, node, service)];
        const int indicator = tree.indicatorOf(node);
        row.indicator = indicator >= 0;
        if (row.indicator) {
            const engine::IndicatorProgress& progress = tracking.progressOf(indicator, service);
            row.progress = progress.share;
            row.pace = progress.pace;
        } else {
            row.progress = std::nan("");
        }
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

void ScorecardNodesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ScorecardNodesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ScorecardNodesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScorecardNodesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<size_t>(index.row())];
    const QLocale locale;
    const int column = index.column();
    if (role == ValueRole) {
        if (column == Score)
            return row.score;
        if (column == Change)
            return row.change;
        if (column == Progress)
            return row.progress;
        return {};
    }
    if (role == Qt::BackgroundRole && (column == Score || column == Light))
        return QBrush(LightStyle::tint(row.light));
    if (role == Qt::TextAlignmentRole)
        return column == Node || column == Light || column == Pace ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && !row.indicator) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Node:
        // Indented by depth: the overall score, then objectives, criteria, indicators.
        return QString(std::max(0, row.depth - 1) * 4, QLatin1Char(' ')) + row.label;
    case Score:
        return std::isnan(row.score) ? QStringLiteral("—") : locale.toString(row.score, 'f', 1);
    case Light:
        return LightStyle::word(row.light);
    case Change:
        if (std::isnan(row.change))
            return QString();
        // A sign always, so that a rise and a fall read at a glance.
        return row.change > 0.05 ? tr("+%1").arg(locale.toString(row.change, 'f', 1))
                                 : locale.toString(row.change, 'f', 1);
    case Progress:
        return std::isnan(row.progress) ? QString()
                                        : locale.toString(row.progress * 100.0, 'f', 0) + QStringLiteral(" %");
    case Pace:
        return paceWord(row.pace);
    default:
        return {};
    }
}

QVariant ScorecardNodesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Progress)
        return tr("How far the latest value has gone from the baseline (0 %) to the target (100 %)");
    if (role == Qt::ToolTipRole && section == Pace)
        return tr("Whether, at the pace since the baseline, the target is reached by its date");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Node:
        return tr("Objective, criterion, indicator");
    case Score:
        return tr("Score");
    case Light:
        return tr("Light");
    case Change:
        return tr("Since the previous period");
    case Progress:
        return tr("Way to the target");
    case Pace:
        return tr("Pace");
    default:
        return {};
    }
}

} // namespace balise::ui
