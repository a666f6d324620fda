#include "FrameworkPaste.h"

#include <QHash>
#include <QSet>

namespace balise {
namespace {

// Objective 0, criterion 1, indicator 2: a node goes under one of a lower rank number.
int rank(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Objective:
        return 0;
    case NodeKind::Criterion:
        return 1;
    case NodeKind::Indicator:
        return 2;
    }
    return 2;
}

} // namespace

FrameworkPaste::Result FrameworkPaste::place(const Framework& framework, const QList<FrameworkImportNode>& block,
                                             EntityId selected)
{
    Result result;
    if (block.isEmpty()) {
        result.error = tr("There is nothing to paste.");
        return result;
    }
    QSet<QString> blockCodes;
    for (const FrameworkImportNode& item : block)
        blockCodes.insert(item.node.code.toLower());

    // Codes: the framework's and those given so far are taken (codes compare case-insensitively).
    QSet<QString> taken;
    for (const FrameworkNode& node : framework.nodes())
        taken.insert(node.code.toLower());
    QHash<QString, QString> newCode; // lower-case original → code in the framework
    for (const FrameworkImportNode& item : block) {
        QString code = item.node.code;
        if (taken.contains(code.toLower())) {
            int n = 2;
            while (taken.contains((item.node.code + u'-' + QString::number(n)).toLower()) ||
                   blockCodes.contains((item.node.code + u'-' + QString::number(n)).toLower()))
                ++n;
            code = item.node.code + u'-' + QString::number(n);
            ++result.renamed;
        }
        taken.insert(code.toLower());
        newCode.insert(item.node.code.toLower(), code);
    }

    for (const FrameworkImportNode& item : block) {
        FrameworkImportNode placed = item;
        placed.node.id = NoId;
        placed.node.parentId = NoId;
        placed.node.links.clear(); // links name vade-mecum items of the project the block came from
        placed.node.code = newCode.value(item.node.code.toLower());
        const QString parent = item.parentCode.trimmed();
        if (!parent.isEmpty() && blockCodes.contains(parent.toLower())) {
            placed.parentCode = newCode.value(parent.toLower());
        } else if (item.node.kind == NodeKind::Objective) {
            placed.parentCode.clear();
        } else {
            // A top of the block: under the nearest selected-or-above node that ranks above it.
            const FrameworkNode* host = framework.find(selected);
            while (host && rank(host->kind) >= rank(item.node.kind))
                host = framework.find(host->parentId);
            if (!host) {
                result.error = item.node.kind == NodeKind::Criterion
                                   ? tr("Select the objective to paste the criterion \"%1\" into.").arg(item.node.code)
                                   : tr("Select the objective or criterion to paste the indicator \"%1\" into.")
                                         .arg(item.node.code);
                result.nodes.clear();
                return result;
            }
            placed.parentCode = host->code;
        }
        result.nodes.append(placed);
    }
    return result;
}

} // namespace balise
