// The framework CSV writer: what it writes, FrameworkCsvReader reads back as the same nodes — on the
// sample's framework and on a project with every attribute set — in both number notations.
#include "FrameworkCsvReader.h"
#include "FrameworkCsvWriter.h"
#include "Project.h"
#include "RichProject.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace balise;

namespace {

ProjectInfo titled(const char* title)
{
    ProjectInfo info;
    info.title = QString::fromLatin1(title);
    return info;
}

// A node as a CSV can carry it: without ids, parent id, vade-mecum links and level scores.
FrameworkNode portable(FrameworkNode node)
{
    node.id = NoId;
    node.parentId = NoId;
    node.links.clear();
    for (QualitativeLevel& level : node.indicator.levels)
        level.score.reset();
    return node;
}

void requireSameNodes(const Framework& framework, const QList<const FrameworkNode*>& expected,
                      const FrameworkImportPlan& plan)
{
    INFO(ImportError::formatAll(plan.errors).toStdString());
    REQUIRE(plan.ok());
    REQUIRE(plan.nodes.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const FrameworkNode& original = *expected[i];
        INFO(original.code.toStdString());
        CHECK(portable(plan.nodes[i].node) == portable(original));
        const FrameworkNode* parent = framework.find(original.parentId);
        CHECK(plan.nodes[i].parentCode == (parent && i > 0 ? parent->code : QString()));
    }
}

} // namespace

TEST_CASE("A framework written as CSV reads back as the same nodes", "[csv][framework]")
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("rt.balise")), titled("RT"));
    SECTION("every attribute set")
    {
        test::fillWithEveryEntity(*project);
    }
    SECTION("the sample's framework")
    {
        const FrameworkImportPlan sample =
            FrameworkCsvReader::readFile(QStringLiteral(BALISE_SOURCE_DIR "/samples/microgrid/framework.csv"));
        REQUIRE(sample.ok());
        project->addNodes(sample.nodes);
        REQUIRE(project->framework().nodes().size() > 15);
    }
    const Framework& framework = project->framework();
    REQUIRE(framework.nodes().size() >= 3);

    // The whole framework, comma-separated with decimal points: every node in framework order.
    const FrameworkImportPlan whole = FrameworkCsvReader::readBytes(FrameworkCsvWriter::write(framework));
    CHECK(whole.separator == QLatin1Char(','));
    CHECK(whole.warnings.isEmpty());
    const QList<const FrameworkNode*> all = framework.depthFirst();
    INFO(ImportError::formatAll(whole.errors).toStdString());
    REQUIRE(whole.ok());
    REQUIRE(whole.nodes.size() == all.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        INFO(all[i]->code.toStdString());
        const FrameworkNode* parent = framework.find(all[i]->parentId);
        CHECK(whole.nodes[i].parentCode == (parent ? parent->code : QString()));
        CHECK(portable(whole.nodes[i].node) == portable(*all[i]));
    }

    // One subtree, tab-separated with decimal commas, as the workbench copies it.
    const FrameworkNode* root = framework.children(NoId).constFirst();
    const QByteArray tsv = FrameworkCsvWriter::write(framework, {root->id}, {QLatin1Char('\t'), QLatin1Char(',')});
    const FrameworkImportPlan subtree = FrameworkCsvReader::readBytes(tsv);
    CHECK(subtree.separator == QLatin1Char('\t'));
    QList<const FrameworkNode*> expected;
    for (const FrameworkNode* node : all)
        if (framework.isAncestorOrSelf(root->id, node->id))
            expected.append(node);
    REQUIRE(expected.size() >= 2);
    requireSameNodes(framework, expected, subtree);
}

TEST_CASE("The CSV writer quotes what needs quoting", "[csv][framework]")
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("quotes.balise")), titled("Q"));
    FrameworkNode objective;
    objective.code = QStringLiteral("O1");
    objective.name = QStringLiteral("Mobilité, \"douce\" et partagée");
    objective.actions = QStringLiteral("1- Cartographier\n2- Équiper");
    objective.weight = 0.1;
    project->addNode(objective);
    const QByteArray csv = FrameworkCsvWriter::write(project->framework());
    CHECK(csv.contains("\"Mobilité, \"\"douce\"\" et partagée\""));
    CHECK(csv.contains(",0.1,")); // the shortest text of 0.1, not 0.10000000000000001
    const FrameworkImportPlan plan = FrameworkCsvReader::readBytes(csv);
    REQUIRE(plan.ok());
    REQUIRE(plan.nodes.size() == 1);
    CHECK(plan.nodes[0].node.name == objective.name);
    CHECK(plan.nodes[0].node.actions == objective.actions);
    CHECK(plan.nodes[0].node.weight == 0.1);
}
