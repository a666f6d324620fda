#include "QualityAuditBuilder.h"

#include "Aggregation.h"
#include "FlatTree.h"

#include <cmath>
#include <limits>

namespace balise {

QualityAuditBuilder::QualityAuditBuilder(const ProjectData& data)
{
    const Framework& fw = data.framework;
    const auto nodes = fw.depthFirst();

    // Flat numbering: 0 is the root, the framework's nodes follow in depth-first (pre-)order.
    QHash<EntityId, int> flatOf;
    m_nodes.append(nullptr);
    for (const FrameworkNode* node : nodes) {
        flatOf.insert(node->id, static_cast<int>(m_nodes.size()));
        m_nodes.append(node);
    }
    std::vector<int> parents;
    std::vector<int> columns;
    std::vector<double> rawWeights{1.0};
    for (const FrameworkNode* node : nodes) {
        parents.push_back(node->parentId == NoId ? 0 : flatOf.value(node->parentId, 0));
        if (node->isIndicator()) {
            columns.push_back(static_cast<int>(m_indicators.size()));
            m_indexOf.insert(node->id, static_cast<int>(m_indicators.size()));
            m_indicators.append(node);
        } else {
            columns.push_back(-1);
        }
        rawWeights.push_back(node->weight);
    }
    const engine::FlatTree tree(std::move(parents), std::move(columns));
    const std::vector<double> shares = engine::siblingShares(tree, rawWeights);
    std::vector<double> overall(shares.size(), 1.0);
    for (int n = 1; n < tree.nodeCount(); ++n) // parents come first: their overall share is known
        overall[static_cast<size_t>(n)] = overall[static_cast<size_t>(tree.parent(n))] * shares[static_cast<size_t>(n)];

    const VadeMecum& vm = data.vadeMecum;
    m_input.checkLinks = !vm.needs.isEmpty() || !vm.principles.isEmpty() || !vm.fields.isEmpty();
    m_input.thresholds.maxIndicatorsPerGroup = data.settings.maxIndicatorsPerCriterion;
    m_input.thresholds.maxIndicatorsInFramework = data.settings.maxIndicatorsInFramework;
    for (const FrameworkNode* node : std::as_const(m_indicators)) {
        const int flat = flatOf.value(node->id);
        engine::AuditIndicator in;
        for (size_t q = 0; q < in.ratings.size(); ++q)
            in.ratings[q] = node->indicator.quality[q].rating.value_or(-1);
        in.parentShare = shares[static_cast<size_t>(flat)];
        in.overallShare = overall[static_cast<size_t>(flat)];
        in.collectionCost = node->indicator.collectionCost.value_or(engine::AuditIndicator::unknown);
        in.group = tree.parent(flat);
        in.linked = false;
        for (const FrameworkNode* up = node; up && !in.linked; up = fw.find(up->parentId))
            in.linked = !up->links.isEmpty();
        m_input.indicators.push_back(in);
    }

    QHash<EntityId, int> periodOf;
    for (const Period& period : data.periods)
        periodOf.insert(period.id, static_cast<int>(periodOf.size()));
    QHash<EntityId, int> serviceOf;
    for (const DataService& service : data.services)
        serviceOf.insert(service.id, static_cast<int>(serviceOf.size()));
    m_input.periods = static_cast<int>(periodOf.size());
    m_input.services = static_cast<int>(serviceOf.size());
    const auto P = static_cast<size_t>(m_input.periods);
    const auto S = static_cast<size_t>(m_input.services);
    m_input.values.assign(static_cast<size_t>(m_indicators.size()) * P * S, std::numeric_limits<double>::quiet_NaN());
    for (const Measurement& m : data.measurements) {
        if (m.state != MeasurementState::Present)
            continue;
        const int i = m_indexOf.value(m.key.indicatorId, -1);
        const int t = periodOf.value(m.key.periodId, -1);
        const int s = serviceOf.value(m.key.serviceId, -1);
        if (i < 0 || t < 0 || s < 0)
            continue;
        const double value = m.value ? *m.value : m.level ? static_cast<double>(*m.level) : std::nan("");
        m_input.values[(static_cast<size_t>(i) * P + static_cast<size_t>(t)) * S + static_cast<size_t>(s)] = value;
    }
}

} // namespace balise
