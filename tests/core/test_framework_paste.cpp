// Where pasted framework nodes go and how clashing codes are renamed.
#include "FrameworkPaste.h"

#include <catch2/catch.hpp>

using namespace balise;

namespace {

FrameworkNode node(EntityId id, EntityId parent, NodeKind kind, const char* code)
{
    FrameworkNode n;
    n.id = id;
    n.parentId = parent;
    n.kind = kind;
    n.code = QString::fromLatin1(code);
    n.name = n.code;
    return n;
}

FrameworkImportNode item(NodeKind kind, const char* code, const char* parent = "")
{
    FrameworkImportNode i;
    i.node = node(NoId, NoId, kind, code);
    i.parentCode = QString::fromLatin1(parent);
    return i;
}

// O1 → C1 → I1, O1 → I2, O2.
Framework sample()
{
    Framework framework;
    framework.append(node(1, NoId, NodeKind::Objective, "O1"));
    framework.append(node(2, 1, NodeKind::Criterion, "C1"));
    framework.append(node(3, 2, NodeKind::Indicator, "I1"));
    framework.append(node(4, 1, NodeKind::Indicator, "I2"));
    framework.append(node(5, NoId, NodeKind::Objective, "O2"));
    return framework;
}

QString placement(const FrameworkPaste::Result& result)
{
    QStringList parts;
    for (const auto& i : result.nodes)
        parts.append(i.parentCode.isEmpty() ? i.node.code : i.node.code + u'<' + i.parentCode);
    return parts.join(u' ');
}

} // namespace

TEST_CASE("Pasted nodes go under the nearest node that ranks above them", "[paste]")
{
    const Framework framework = sample();
    const QList<FrameworkImportNode> indicator{item(NodeKind::Indicator, "X1")};
    // An indicator selected: beside it, under its criterion.
    CHECK(placement(FrameworkPaste::place(framework, indicator, 3)) == QStringLiteral("X1<C1"));
    // A criterion or an objective selected: inside it.
    CHECK(placement(FrameworkPaste::place(framework, indicator, 2)) == QStringLiteral("X1<C1"));
    CHECK(placement(FrameworkPaste::place(framework, indicator, 5)) == QStringLiteral("X1<O2"));
    // A criterion goes under the selected indicator's objective.
    const QList<FrameworkImportNode> criterion{item(NodeKind::Criterion, "K1"), item(NodeKind::Indicator, "K11", "K1")};
    CHECK(placement(FrameworkPaste::place(framework, criterion, 3)) == QStringLiteral("K1<O1 K11<K1"));
    // An objective always goes to the top level.
    CHECK(placement(FrameworkPaste::place(framework, {item(NodeKind::Objective, "P1")}, 3)) == QStringLiteral("P1"));
    // Nothing selected: only objectives can go.
    const auto refused = FrameworkPaste::place(framework, criterion, NoId);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error.contains(QStringLiteral("K1")));
    CHECK(refused.nodes.isEmpty());
    CHECK_FALSE(FrameworkPaste::place(framework, {}, 1).ok());
}

TEST_CASE("Pasted codes already in the framework get the first free suffix, and the block follows", "[paste]")
{
    Framework framework = sample();
    framework.append(node(6, NoId, NodeKind::Objective, "O1-2"));
    // O1 copied with its subtree, pasted into the same framework.
    const QList<FrameworkImportNode> block{item(NodeKind::Objective, "O1"), item(NodeKind::Criterion, "c1", "O1"),
                                           item(NodeKind::Indicator, "I1", "C1"),
                                           item(NodeKind::Indicator, "New", "O1")};
    const auto result = FrameworkPaste::place(framework, block, 1);
    REQUIRE(result.ok());
    CHECK(result.renamed == 3);
    // O1-2 is taken: O1-3. Codes compare case-insensitively; the parents follow their renamed codes.
    CHECK(placement(result) == QStringLiteral("O1-3 c1-2<O1-3 I1-2<c1-2 New<O1-3"));
}
