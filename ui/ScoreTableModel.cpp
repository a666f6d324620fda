#include "ScoreTableModel.h"

#include "DisplayFormat.h"
#include "LightKey.h"
#include "LightStyle.h"
#include "ProjectEvaluation.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QTimer>
#include <cmath>

namespace balise::ui {

ScoreTableModel::ScoreTableModel(QObject* parent) : QAbstractItemModel(parent)
{}

ScoreTableModel::~ScoreTableModel() = default;

void ScoreTableModel::setEvaluation(ProjectEvaluation* evaluation)
{
    if (m_evaluation)
        disconnect(m_evaluation, nullptr, this, nullptr);
    m_evaluation = evaluation;
    if (m_evaluation) {
        // Several announcements may come from one edit (a removal changes the framework and the
        // measurements): the cells are read once, when the event loop is back.
        connect(m_evaluation, &ProjectEvaluation::stale, this, [this] {
            QTimer::singleShot(0, this, [this] {
                if (shapeChanged())
                    reshape();
                else
                    refreshCells();
            });
        });
        connect(m_evaluation, &QObject::destroyed, this, &ScoreTableModel::reshape);
    }
    reshape();
}

void ScoreTableModel::setPeriodIndex(int period)
{
    m_requestedPeriod = period;
    reshape();
}

int ScoreTableModel::periodIndex() const
{
    return m_period;
}

bool ScoreTableModel::shapeChanged() const
{
    if (!m_evaluation || !m_evaluation->isAvailable())
        return !m_parent.isEmpty();
    const EvaluationSetup& setup = m_evaluation->setup();
    if (setup.input.tree.nodeCount() != m_parent.size() || setup.serviceNames != m_serviceNames)
        return true;
    for (int node = 1; node < setup.input.tree.nodeCount(); ++node)
        if (setup.input.tree.parent(node) != m_parent[node])
            return true;
    const int periods = setup.input.periods;
    const int wanted = m_requestedPeriod >= 0 && m_requestedPeriod < periods ? m_requestedPeriod : periods - 1;
    return wanted != m_period;
}

void ScoreTableModel::reshape()
{
    beginResetModel();
    m_children.clear();
    m_parent.clear();
    m_row.clear();
    m_serviceNames.clear();
    m_period = -1;
    if (m_evaluation && m_evaluation->isAvailable()) {
        const EvaluationSetup& setup = m_evaluation->setup();
        const engine::FlatTree& tree = setup.input.tree;
        const int nodes = tree.nodeCount();
        m_children.resize(nodes + 1);
        m_parent.resize(nodes);
        m_row.resize(nodes);
        m_children[0] = {0};
        m_parent[0] = -1;
        m_row[0] = 0;
        for (int node = 1; node < nodes; ++node) {
            const int parent = tree.parent(node);
            m_parent[node] = parent;
            m_row[node] = static_cast<int>(m_children[parent + 1].size());
            m_children[parent + 1].append(node);
        }
        m_serviceNames = setup.serviceNames;
        const int periods = setup.input.periods;
        m_period = m_requestedPeriod >= 0 && m_requestedPeriod < periods ? m_requestedPeriod : periods - 1;
    }
    endResetModel();
}

void ScoreTableModel::refreshCells()
{
    const int rows = rowCount();
    if (rows == 0)
        return;
    // Every visible cell may have moved (a weight moves every score above it): the view repaints only
    // what is on screen.
    Q_EMIT dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
    for (int node = 0; node < m_parent.size(); ++node) {
        const QList<int>& children = m_children[node + 1];
        if (!children.isEmpty())
            Q_EMIT dataChanged(
                createIndex(0, 0, quintptr(children.first())),
                createIndex(static_cast<int>(children.size()) - 1, columnCount() - 1, quintptr(children.last())));
    }
}

QModelIndex ScoreTableModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= columnCount() || (parent.isValid() && parent.column() != 0))
        return {};
    const int slot = parent.isValid() ? nodeOf(parent) + 1 : 0;
    if (slot >= m_children.size() || row < 0 || row >= m_children[slot].size())
        return {};
    return createIndex(row, column, quintptr(m_children[slot][row]));
}

QModelIndex ScoreTableModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_parent.value(nodeOf(child), -1);
    if (parent < 0)
        return {};
    return createIndex(m_row[parent], 0, quintptr(parent));
}

int ScoreTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const int slot = parent.isValid() ? nodeOf(parent) + 1 : 0;
    return slot < m_children.size() ? static_cast<int>(m_children[slot].size()) : 0;
}

int ScoreTableModel::columnCount(const QModelIndex&) const
{
    return m_parent.isEmpty() ? 0 : 1 + static_cast<int>(m_serviceNames.size());
}

int ScoreTableModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<int>(index.internalId()) : -1;
}

QVariant ScoreTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_evaluation || m_period < 0)
        return {};
    const int node = nodeOf(index);
    const EvaluationSetup& setup = m_evaluation->setup();
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return node == 0 ? tr("Overall score")
                             : setup.nodeCodes.value(node) + QLatin1Char(' ') + setup.nodeNames.value(node);
        if (role == Qt::ToolTipRole && node > 0)
            return DisplayFormat::toolTip(setup.nodeNames.value(node));
        return {};
    }
    const int service = index.column() - 1;
    const engine::EvaluationResult& result = m_evaluation->result();
    const double score = result.score(m_period, node, service);
    const int rank = result.rank(m_period, node, service);
    const double coverage = result.coverageOf(m_period, node, service);
    const engine::Light light = result.light(m_period, node, service);
    switch (role) {
    case Qt::DisplayRole: {
        if (std::isnan(score))
            return tr("insufficient data");
        QString text = QLocale().toString(score, 'f', 1);
        if (rank > 0)
            text += tr(" · #%1").arg(rank);
        if (coverage < 1.0 - 1e-9)
            text += QStringLiteral(" (%1)").arg(DisplayFormat::percent(std::floor(coverage * 100.0 + 1e-7) / 100.0));
        return text;
    }
    case Qt::BackgroundRole:
        return QBrush(LightStyle::tint(light));
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return DisplayFormat::toolTip(tr("%1 — %2: %3 of the weight measured")
                                          .arg(m_serviceNames.value(service),
                                               node == 0 ? tr("Overall score") : setup.nodeCodes.value(node),
                                               DisplayFormat::percent(coverage)));
    case ScoreRole:
        return score;
    case RankRole:
        return rank;
    case LightRole:
        return lightKey(light);
    case CoverageRole:
        return coverage;
    }
    return {};
}

QVariant ScoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Framework");
    return m_serviceNames.value(section - 1);
}

} // namespace balise::ui
