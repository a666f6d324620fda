#pragma once

#include "DataService.h"
#include "FrameworkNode.h"
#include "ImpactAccount.h"
#include "Measurement.h"
#include "Period.h"
#include "Questionnaire.h"

#include <QList>
#include <optional>

namespace balise {

// What removing an entity took away with it, returned by Project's remove functions so that undo can
// put back exactly the same: the same ids, the same place among the siblings, and everything that
// depended on it (measurements, the links other entities had to it).

struct RemovedNodes
{
    EntityId parentId = NoId;
    int row = 0;                                // the removed node's sibling index
    QList<FrameworkNode> nodes;                 // the removed node first, then its subtree, parents before children
    QList<int> rows;                            // sibling index of each of `nodes` under its parent
    QList<Measurement> measurements;            // of the removed indicators
    std::optional<Questionnaire> questionnaire; // as it was, when a question pointed into the subtree
};

struct RemovedService
{
    int index = 0;
    DataService service;
    QList<Measurement> measurements;
    QList<ImpactAccount> accounts; // as they were, for the accounts that were about the service
};

struct RemovedPeriod
{
    int index = 0;
    Period period;
    QList<Measurement> measurements;
    QList<ImpactAccount> accounts; // as they were, for the accounts with a volume in the period
};

// What a change of the vade-mecum unlinked when it removed items: the framework nodes that cited a
// removed need, principle or field (as they were), and the questionnaire when a question pointed to a
// removed need. Empty when nothing was removed.
struct RemovedVadeMecumLinks
{
    QList<FrameworkNode> nodes;
    std::optional<Questionnaire> questionnaire;

    bool isEmpty() const { return nodes.isEmpty() && !questionnaire; }
};

// The services as they were before a change of the questionnaire took away their answers to the
// questions it removed (their answers' only home). Empty when no answer went.
struct RemovedAnswers
{
    QList<DataService> services;
};

struct RemovedImpactAccount
{
    int index = 0;
    ImpactAccount account;
};

} // namespace balise
