#pragma once

#include "Framework.h"
#include "FrameworkImportPlan.h"
#include "VadeMecum.h"

#include <QCoreApplication>
#include <QList>

namespace balise {

// The method starts from the vade-mecum: the framework's objectives answer the territory's needs and
// fields of attention. This proposes one objective per chosen need or field — named after it, with
// its description, citing it, under the first free code O1, O2… — for the user to edit. Items that
// an objective already cites are proposed only when chosen explicitly.
class FrameworkFromVadeMecum
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkFromVadeMecum)

public:
    // The needs and fields no node of `framework` cites yet: what a first proposal ticks.
    static QList<VadeMecumLink> uncited(const VadeMecum& vadeMecum, const Framework& framework);
    // One top-level objective per link of `chosen` (needs and fields; other targets are skipped), in
    // the vade-mecum's order, ready for Project::addNodes.
    static QList<FrameworkImportNode> propose(const VadeMecum& vadeMecum, const Framework& framework,
                                              const QList<VadeMecumLink>& chosen);
};

} // namespace balise
