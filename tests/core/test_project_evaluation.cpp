// The kept evaluation of an open project: after every kind of change it equals an evaluation made
// from scratch, and it redoes only what the change touched.
#include "EvaluationBuilder.h"
#include "Project.h"
#include "ProjectEvaluation.h"
#include "RichProject.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>
#include <cmath>

using namespace balise;
using Refresh = ProjectEvaluation::Refresh;

namespace {

// The kept result and one computed from scratch agree exactly (NaN where NaN).
void requireFresh(ProjectEvaluation& kept, const Project& project)
{
    const EvaluationSetup fresh = EvaluationBuilder::build(project.data());
    const engine::EvaluationResult expected = engine::evaluate(fresh.input);
    const engine::EvaluationResult& got = kept.result();
    REQUIRE(kept.setup().input.values.size() == fresh.input.values.size());
    for (size_t k = 0; k < fresh.input.values.size(); ++k) {
        const double a = kept.setup().input.values[k];
        const double b = fresh.input.values[k];
        REQUIRE((a == b || (std::isnan(a) && std::isnan(b))));
    }
    REQUIRE(got.scores.size() == expected.scores.size());
    for (size_t k = 0; k < expected.scores.size(); ++k)
        REQUIRE((got.scores[k] == expected.scores[k] || (std::isnan(got.scores[k]) && std::isnan(expected.scores[k]))));
    CHECK(got.ranks == expected.ranks);
    CHECK(got.coverage == expected.coverage);
    CHECK(kept.setup().nodeCodes == fresh.nodeCodes);
}

} // namespace

TEST_CASE("The kept evaluation follows each kind of change and redoes only what it touched", "[analysis]")
{
    QTemporaryDir dir;
    ProjectInfo info;
    info.title = QStringLiteral("Suivi");
    auto project = Project::create(dir.filePath(QStringLiteral("live.balise")), info);
    test::fillWithEveryEntity(*project);
    ProjectEvaluation evaluation(*project);
    QSignalSpy stale(&evaluation, &ProjectEvaluation::stale);
    REQUIRE(evaluation.isAvailable());
    requireFresh(evaluation, *project);
    CHECK(evaluation.lastRefresh() == Refresh::Full);
    CHECK(stale.count() == 0);

    // One value: patched in.
    const EntityId i111 = project->framework().findByCode(QStringLiteral("I111"))->id;
    Measurement typed;
    typed.key = {project->services().constLast().id, i111, project->periods().constFirst().id};
    typed.value = 1234.0;
    project->setMeasurement(typed);
    CHECK(stale.count() == 1);
    requireFresh(evaluation, *project);
    CHECK(evaluation.lastRefresh() == Refresh::Cells);
    project->removeMeasurement(typed.key);
    requireFresh(evaluation, *project);
    CHECK(evaluation.lastRefresh() == Refresh::Cells);

    // A weight and a target: rules rebuilt, values kept.
    FrameworkNode node = *project->framework().findByCode(QStringLiteral("I111"));
    node.weight = 7.0;
    node.indicator.target = 9999.0;
    project->updateNode(node);
    requireFresh(evaluation, *project);
    CHECK(evaluation.lastRefresh() == Refresh::Structure);

    // A qualitative indicator that loses a level: its values may change meaning, so all is rebuilt.
    FrameworkNode levels = *project->framework().findByCode(QStringLiteral("I12"));
    REQUIRE(levels.indicator.levels.size() >= 3);
    levels.indicator.levels.removeLast();
    try {
        project->updateNode(levels);
        requireFresh(evaluation, *project);
        CHECK(evaluation.lastRefresh() == Refresh::Full);
    } catch (const std::exception&) {
        // The project refuses to drop a level in use: then nothing changed and nothing is redone.
        requireFresh(evaluation, *project);
    }

    // Structure changes: a new service, a batch of values, settings.
    DataService added;
    added.name = QStringLiteral("Navette autonome");
    project->addService(added);
    requireFresh(evaluation, *project);
    CHECK(evaluation.lastRefresh() == Refresh::Full);
    project->changeMeasurements({typed}, {});
    requireFresh(evaluation, *project);
    CHECK(evaluation.lastRefresh() == Refresh::Full);
    ProjectSettings settings = project->settings();
    settings.redBelow = 55.0;
    project->setSettings(settings);
    requireFresh(evaluation, *project);
    CHECK(evaluation.lastRefresh() == Refresh::Structure);
    CHECK(evaluation.result().redBelow.front() == 55.0);

    // Changes that move no score are not announced.
    const int before = stale.count();
    ProjectInfo renamed = project->info();
    renamed.title = QStringLiteral("Autre titre");
    project->setInfo(renamed);
    CHECK(stale.count() == before);
}
