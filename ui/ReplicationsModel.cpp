#include "ReplicationsModel.h"

#include <QLocale>

namespace balise::ui {
namespace {

// Columns: the replication's number, the method, the normalisation, then one per node below the root.
constexpr int fixedColumns = 3;

QString normalisationName(const std::optional<engine::NormalisationMethod>& method)
{
    if (!method)
        return ReplicationsModel::tr("the framework's");
    switch (*method) {
    case engine::NormalisationMethod::Goalposts:
        return ReplicationsModel::tr("distance to target");
    case engine::NormalisationMethod::MinMax:
        return ReplicationsModel::tr("min-max");
    case engine::NormalisationMethod::ZScore:
        return ReplicationsModel::tr("z-score");
    case engine::NormalisationMethod::Rank:
        return ReplicationsModel::tr("rank");
    }
    return {};
}

} // namespace

ReplicationsModel::ReplicationsModel(QObject* parent) : QAbstractTableModel(parent)
{}

void ReplicationsModel::setOutcome(const UncertaintyOutcome& outcome)
{
    beginResetModel();
    m_parameters = outcome.monteCarlo.parameters;
    m_normalisations = outcome.normalisations;
    m_nodeCodes = outcome.nodeCodes.mid(1);
    endResetModel();
}

int ReplicationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_parameters.size());
}

int ReplicationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_parameters.empty() ? 0 : fixedColumns + static_cast<int>(m_nodeCodes.size());
}

QVariant ReplicationsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_parameters.size()))
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == 1 || index.column() == 2 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                          : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const engine::RunParameters& run = m_parameters[static_cast<size_t>(index.row())];
    switch (index.column()) {
    case 0:
        return index.row() + 1;
    case 1:
        return run.method == engine::AggregationMethod::Geometric ? tr("geometric") : tr("arithmetic");
    case 2:
        return normalisationName(m_normalisations.at(static_cast<size_t>(run.normalisation)));
    default: {
        // Multipliers are stored for every node, the root first.
        const size_t node = static_cast<size_t>(index.column() - fixedColumns + 1);
        return node < run.multipliers.size() ? QLocale().toString(run.multipliers[node], 'f', 3) : QString();
    }
    }
}

QVariant ReplicationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0:
        return tr("Replication");
    case 1:
        return tr("Aggregation");
    case 2:
        return tr("Normalisation");
    default:
        return tr("× %1").arg(m_nodeCodes.value(section - fixedColumns));
    }
}

} // namespace balise::ui
