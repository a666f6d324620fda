#include "FrameworkFromVadeMecum.h"

#include <QSet>

namespace balise {

QList<VadeMecumLink> FrameworkFromVadeMecum::uncited(const VadeMecum& vadeMecum, const Framework& framework)
{
    QList<VadeMecumLink> cited;
    for (const FrameworkNode& node : framework.nodes())
        cited.append(node.links);
    QList<VadeMecumLink> open;
    for (const Need& need : vadeMecum.needs)
        if (!cited.contains(VadeMecumLink{LinkTarget::Need, need.id}))
            open.append({LinkTarget::Need, need.id});
    for (const FieldOfAttention& field : vadeMecum.fields)
        if (!cited.contains(VadeMecumLink{LinkTarget::Field, field.id}))
            open.append({LinkTarget::Field, field.id});
    return open;
}

QList<FrameworkImportNode> FrameworkFromVadeMecum::propose(const VadeMecum& vadeMecum, const Framework& framework,
                                                           const QList<VadeMecumLink>& chosen)
{
    QSet<QString> taken;
    for (const FrameworkNode& node : framework.nodes())
        taken.insert(node.code.toLower());
    int next = 1;
    auto freeCode = [&] {
        QString code;
        do
            code = tr("O", "code prefix of a new objective") + QString::number(next++);
        while (taken.contains(code.toLower()));
        taken.insert(code.toLower());
        return code;
    };
    QList<FrameworkImportNode> objectives;
    auto propose = [&](LinkTarget target, EntityId id, const QString& title, const QString& description) {
        if (!chosen.contains(VadeMecumLink{target, id}))
            return;
        FrameworkImportNode objective;
        objective.node.kind = NodeKind::Objective;
        objective.node.code = freeCode();
        objective.node.name = title;
        objective.node.description = description;
        objective.node.links = {{target, id}};
        objectives.append(objective);
    };
    for (const Need& need : vadeMecum.needs)
        propose(LinkTarget::Need, need.id, need.title, need.description);
    for (const FieldOfAttention& field : vadeMecum.fields)
        propose(LinkTarget::Field, field.id, field.title, field.description);
    return objectives;
}

} // namespace balise
