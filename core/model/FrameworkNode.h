#pragma once

#include "Enums.h"
#include "Ids.h"
#include "Indicator.h"

#include <QList>
#include <QString>

namespace balise {

// What an objective of the framework serves in the vade-mecum.
enum class LinkTarget
{
    Need,
    Principle,
    Field
};

struct VadeMecumLink
{
    LinkTarget target = LinkTarget::Need;
    EntityId id = NoId;

    bool operator==(const VadeMecumLink&) const = default;
};

// A node of the evaluation framework [référentiel]: objective, criterion or indicator. The tree has any
// depth; weight is the node's importance among its siblings (normalised by the engine).
struct FrameworkNode
{
    EntityId id = NoId;
    EntityId parentId = NoId; // NoId for top-level nodes
    NodeKind kind = NodeKind::Objective;
    QString code;
    QString name;
    QString description;
    double weight = 1.0;
    QString owner;   // [porteur]
    QString actions; // actions to reach the objective, one per line
    QList<VadeMecumLink> links;
    IndicatorSpec indicator; // meaningful when kind == Indicator

    bool operator==(const FrameworkNode&) const = default;
    bool isIndicator() const { return kind == NodeKind::Indicator; }
};

} // namespace balise
