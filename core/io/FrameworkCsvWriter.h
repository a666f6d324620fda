#pragma once

#include "Framework.h"

#include <QByteArray>
#include <QChar>
#include <QList>

namespace balise {

// Writes framework nodes in the framework CSV format that FrameworkCsvReader reads (README, "CSV
// files"): every column it knows, one line per node, parents before children. Reading the text back
// gives the same nodes, but for what a CSV cannot say: ids, links to the vade-mecum, and the scores of
// qualitative levels. The workbench's copy of a subtree is this text, tab-separated, so that it pastes
// into a spreadsheet and back.
class FrameworkCsvWriter
{
public:
    struct Format
    {
        QChar separator = QLatin1Char(',');
        QChar decimalMark = QLatin1Char('.'); // ',' needs another separator than ','
    };

    // The subtrees of `roots` (all top-level nodes when empty), in framework order. A root's parent
    // column is left empty, so that the text stands alone.
    static QByteArray write(const Framework& framework, const QList<EntityId>& roots, Format format);
    static QByteArray write(const Framework& framework, const QList<EntityId>& roots = {})
    {
        return write(framework, roots, Format{});
    }
};

} // namespace balise
