#pragma once

#include "FrameworkNode.h"
#include "ImportError.h"

#include <QChar>
#include <QList>
#include <QString>

namespace balise {

// A node read from a framework file. The node's id and parentId are NoId: the project assigns ids
// when it applies the plan, and resolves parentCode against the nodes it has created so far.
struct FrameworkImportNode
{
    FrameworkNode node;
    QString parentCode; // the parent's code as its own line spells it; empty for top-level nodes
    int line = 0;       // where the node is defined, for messages at apply time

    bool operator==(const FrameworkImportNode&) const = default;
};

// Everything FrameworkCsvReader understood of a file. Apply it only when `errors` is empty.
struct FrameworkImportPlan
{
    QList<FrameworkImportNode> nodes; // depth-first: every parent before its children, siblings in file order
    QChar separator = QLatin1Char(',');
    QChar decimalMark = QLatin1Char('.');
    QList<ImportError> errors;   // at most 50, then "… and N more"
    QList<ImportError> warnings; // e.g. unknown columns: the file can still be applied

    bool ok() const { return errors.isEmpty(); }
};

} // namespace balise
