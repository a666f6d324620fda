// Removing an entity and restoring it (the workbench's undo) gives back exactly the project as it was,
// in memory and in the file.
#include "ChangeRefused.h"
#include "Project.h"
#include "RichProject.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace balise;

namespace {

std::unique_ptr<Project> richProject(const QTemporaryDir& dir)
{
    ProjectInfo info;
    info.title = QStringLiteral("Restore");
    auto project = Project::create(dir.filePath(QStringLiteral("restore.balise")), info);
    test::fillWithEveryEntity(*project);
    return project;
}

// The project in memory is `expected`, and so is the file when opened again.
void requireStateEverywhere(std::unique_ptr<Project>& project, const ProjectData& expected)
{
    test::requireSameData(expected, project->data());
    const QString path = project->filePath();
    project.reset();
    project = Project::open(path, ProjectFile::Access::ReadWrite);
    test::requireSameData(expected, project->data());
}

} // namespace

TEST_CASE("A removed objective comes back with its subtree, measurements and question links", "[storage][undo]")
{
    QTemporaryDir dir;
    auto project = richProject(dir);
    const ProjectData before = project->data();
    const EntityId o1 = project->framework().findByCode(QStringLiteral("O1"))->id;

    const RemovedNodes removed = project->removeNode(o1);
    CHECK(removed.nodes.first().id == o1);
    CHECK(removed.nodes.size() > 1);
    CHECK(removed.measurements.size() == before.measurements.size());
    REQUIRE(removed.questionnaire.has_value());
    CHECK(project->framework().find(o1) == nullptr);
    CHECK(project->measurements().isEmpty());

    QSignalSpy spy(project.get(), &Project::changed);
    project->restoreNodes(removed);
    CHECK(spy.count() >= 2);
    requireStateEverywhere(project, before);
}

TEST_CASE("A removed criterion returns to its place among its siblings", "[storage][undo]")
{
    QTemporaryDir dir;
    auto project = richProject(dir);
    const Framework& framework = project->framework();
    const EntityId o1 = framework.findByCode(QStringLiteral("O1"))->id;
    // Put a criterion after C11 so that C11 has a sibling on each side once moved to the middle.
    FrameworkNode extra;
    extra.kind = NodeKind::Criterion;
    extra.code = QStringLiteral("C10");
    extra.name = QStringLiteral("Critère ajouté");
    extra.parentId = o1;
    project->addNode(extra, 0);
    const ProjectData before = project->data();
    const EntityId c11 = framework.findByCode(QStringLiteral("C11"))->id;
    const int row = framework.rowOf(c11);

    const RemovedNodes removed = project->removeNode(c11);
    CHECK(removed.row == row);
    project->restoreNodes(removed);
    CHECK(project->framework().rowOf(c11) == row);
    requireStateEverywhere(project, before);
}

TEST_CASE("Restoring is refused, changing nothing, when its place or its code was taken", "[storage][undo]")
{
    QTemporaryDir dir;
    auto project = richProject(dir);
    const EntityId c11 = project->framework().findByCode(QStringLiteral("C11"))->id;
    const RemovedNodes removed = project->removeNode(c11);

    FrameworkNode again = removed.nodes.first();
    again.id = NoId;
    const EntityId newId = project->addNode(again);
    const ProjectData taken = project->data();
    CHECK_THROWS_AS(project->restoreNodes(removed), ChangeRefused);
    test::requireSameData(taken, project->data());

    project->removeNode(newId);
    const EntityId o1 = project->framework().findByCode(QStringLiteral("O1"))->id;
    project->removeNode(o1); // the parent of C11 is gone too
    const ProjectData orphaned = project->data();
    CHECK_THROWS_AS(project->restoreNodes(removed), ChangeRefused);
    requireStateEverywhere(project, orphaned);
}

TEST_CASE("A removed service comes back with its measurements and impact accounts", "[storage][undo]")
{
    QTemporaryDir dir;
    auto project = richProject(dir);
    const ProjectData before = project->data();
    const DataService first = project->services().constFirst();

    const RemovedService removed = project->removeService(first.id);
    CHECK(removed.index == 0);
    CHECK(!removed.measurements.isEmpty());
    CHECK(!removed.accounts.isEmpty());
    CHECK(project->impactAccounts().constFirst().serviceId == NoId);
    project->restoreService(removed);
    requireStateEverywhere(project, before);
}

TEST_CASE("A removed period comes back with its measurements and impact volumes", "[storage][undo]")
{
    QTemporaryDir dir;
    auto project = richProject(dir);
    const ProjectData before = project->data();
    const Period first = project->periods().constFirst();

    const RemovedPeriod removed = project->removePeriod(first.id);
    CHECK(!removed.accounts.isEmpty());
    project->restorePeriod(removed);
    requireStateEverywhere(project, before);

    // Its label taken meanwhile: refused, nothing changed.
    const RemovedPeriod again = project->removePeriod(first.id);
    Period other;
    other.label = first.label;
    project->addPeriod(other);
    const ProjectData taken = project->data();
    CHECK_THROWS_AS(project->restorePeriod(again), ChangeRefused);
    test::requireSameData(taken, project->data());
}

TEST_CASE("Many measurements change in one transaction, or none when one is invalid", "[storage][undo]")
{
    QTemporaryDir dir;
    auto project = richProject(dir);
    const ProjectData before = project->data();
    // The value of the quantitative indicator I111 (the hash's order is random: pick it by name).
    const EntityId i111 = project->framework().findByCode(QStringLiteral("I111"))->id;
    Measurement existing;
    for (const Measurement& m : project->measurements())
        if (m.key.indicatorId == i111 && m.value)
            existing = m;
    REQUIRE(existing.key.indicatorId == i111);

    Measurement changed = existing;
    changed.value = 1234.5;
    changed.comment = QStringLiteral("collé depuis un tableur");
    QSignalSpy spy(project.get(), &Project::changed);
    project->changeMeasurements({changed}, {});
    CHECK(spy.count() == 1);
    CHECK(project->measurements().value(existing.key).value == 1234.5);

    // One bad row (an indicator that does not exist) refuses the whole block.
    Measurement unknown = existing;
    unknown.key.indicatorId = 999999;
    Measurement other = existing;
    other.value = 1.0;
    const ProjectData middle = project->data();
    CHECK_THROWS_AS(project->changeMeasurements({other, unknown}, {}), ChangeRefused);
    test::requireSameData(middle, project->data());

    // Undoing is the reverse change.
    project->changeMeasurements({existing}, {});
    requireStateEverywhere(project, before);
    project->changeMeasurements({}, {existing.key});
    CHECK(!project->measurements().contains(existing.key));
}
