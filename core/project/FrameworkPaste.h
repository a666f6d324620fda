#pragma once

#include "Framework.h"
#include "FrameworkImportPlan.h"

#include <QCoreApplication>
#include <QString>

namespace balise {

// Where pasted framework nodes go and what they are called, so that a subtree copied from this
// project, another one or a spreadsheet lands in the right place of the framework:
// - each top of the block (a node without a parent in it) goes under the nearest node, from the
//   selected one upwards, that ranks above it (objective > criterion > indicator); an objective goes
//   to the top level;
// - a code the framework already has gets the first free "-2", "-3"… suffix, and the block's own
//   references to it follow, so that pasting twice gives O1-2 then O1-3.
class FrameworkPaste
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkPaste)

public:
    struct Result
    {
        QList<FrameworkImportNode> nodes; // ready for Project::addNodes
        QString error;                    // one sentence when the block cannot go there
        int renamed = 0;                  // codes given a suffix
        bool ok() const { return error.isEmpty(); }
    };

    // `selected` is the node the user has selected (NoId: none).
    static Result place(const Framework& framework, const QList<FrameworkImportNode>& block, EntityId selected);
};

} // namespace balise
