#pragma once

#include "ProjectData.h"
#include "QualityAudit.h"

#include <QList>

namespace balise {

// Builds the quality audit's plain arrays from a project (the adapter between the model and
// engine::auditIndicators) and keeps the way back from indicator and group numbers to the nodes.
//
// - Indicators are numbered in the framework's depth-first order; an indicator's sibling group is its
//   parent (group 0: the top level of the framework).
// - Shares: siblings' weights normalised (engine::siblingShares), the overall share being the product
//   of the shares from the top.
// - Linked: the indicator or a node above it has a vade-mecum link; links are only checked when the
//   vade-mecum has needs, principles or fields.
// - Values: present measurements (a qualitative level counts as its index), every period and service
//   of the project, NaN where nothing was measured.
// - Readability thresholds come from the project's settings; the other thresholds are the defaults.
class QualityAuditBuilder
{
public:
    explicit QualityAuditBuilder(const ProjectData& data);

    const engine::AuditInput& input() const { return m_input; }
    engine::AuditResult run() const { return engine::auditIndicators(m_input); }

    // The indicator node of audit indicator i.
    const FrameworkNode* indicator(int i) const { return m_indicators.value(i); }
    // The parent node of a sibling group; nullptr for the top level.
    const FrameworkNode* groupNode(int group) const { return m_nodes.value(group); }
    // The audit number of an indicator node, -1 when it is not one.
    int indexOf(EntityId indicatorId) const { return m_indexOf.value(indicatorId, -1); }

private:
    engine::AuditInput m_input;
    QList<const FrameworkNode*> m_indicators;
    QList<const FrameworkNode*> m_nodes; // flat numbering of the tree, 0 = the virtual root (nullptr)
    QHash<EntityId, int> m_indexOf;
};

} // namespace balise
