// Comparing two states of the vade-mecum: items matched by id, what changed in each.
#include "Project.h"
#include "VadeMecumDiff.h"
#include "VadeMecumJson.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace balise;
using Change = VadeMecumDiff::Change;

namespace {

VadeMecum earlier()
{
    VadeMecum vm;
    vm.needs = {
        {1, Domain::Mobility, QStringLiteral("Desservir les hameaux"), QStringLiteral("Sans voiture"), Priority::High},
        {2, Domain::Energy, QStringLiteral("Sobriété"), QString(), Priority::Medium}};
    vm.principles = {{3, QStringLiteral("Évaluation loyale"), QString()}};
    vm.resources = {{4,
                     ResourceKind::TestGround,
                     QStringLiteral("Terrain d'essai"),
                     QString(),
                     {QStringLiteral("Partager les données")}}};
    vm.postures = {{Posture::Regulator, QStringLiteral("Fixe les règles")}};
    return vm;
}

} // namespace

TEST_CASE("The differences between two vade-mecums name each item added, removed or changed", "[vademecum]")
{
    const VadeMecum before = earlier();
    CHECK(VadeMecumDiff::compare(before, before).isEmpty());

    VadeMecum after = before;
    after.needs[0].title = QStringLiteral("Desservir les hameaux isolés");
    after.needs[0].priority = Priority::Low;
    after.needs.removeAt(1);
    after.needs.append({NoId, Domain::Health, QStringLiteral("Accès aux soins"), QString(), Priority::High});
    after.resources[0].conditions = {QStringLiteral("Partager les données"), QStringLiteral("Publier un bilan")};
    after.postures = {{Posture::Regulator, QStringLiteral("Fixe et contrôle les règles")},
                      {Posture::Investor, QStringLiteral("Co-finance")}};
    after.sections = {{NoId, QStringLiteral("Calendrier"), QStringLiteral("2027")}};

    const QList<VadeMecumDiff::Entry> entries = VadeMecumDiff::compare(before, after);
    REQUIRE(entries.size() == 7);
    // Removed where it stood, then the later list in its order.
    CHECK(entries[0].change == Change::Removed);
    CHECK(entries[0].title == QStringLiteral("Sobriété"));
    CHECK(entries[1].change == Change::Changed);
    CHECK(entries[1].title == QStringLiteral("Desservir les hameaux isolés"));
    CHECK(entries[1].what ==
          QStringList{QStringLiteral("title: \"Desservir les hameaux\" → \"Desservir les hameaux isolés\""),
                      QStringLiteral("priority: High → Low")});
    CHECK(entries[2].change == Change::Added);
    CHECK(entries[2].title == QStringLiteral("Accès aux soins"));
    CHECK(entries[3].what == QStringList{QStringLiteral("condition added: \"Publier un bilan\"")});
    CHECK(entries[4].part == QStringLiteral("Postures"));
    CHECK(entries[4].change == Change::Changed);
    CHECK(entries[5].change == Change::Added);
    CHECK(entries[5].title == QStringLiteral("Investor"));
    CHECK(entries[6].part == QStringLiteral("Free sections"));

    const QStringList lines = VadeMecumDiff::describe(entries);
    CHECK(lines[0] == QStringLiteral("− Priority needs: Sobriété"));
    CHECK(lines[2] == QStringLiteral("+ Priority needs: Accès aux soins"));
    CHECK(lines[1].startsWith(QStringLiteral("~ Priority needs: Desservir les hameaux isolés — title:")));
}

TEST_CASE("A revision taken out of the history comes back as it was", "[vademecum]")
{
    QTemporaryDir dir;
    ProjectInfo info;
    info.title = QStringLiteral("Révisions");
    auto project = Project::create(dir.filePath(QStringLiteral("rev.balise")), info);
    project->setVadeMecum(earlier());
    VadeMecumRevision first;
    first.summary = QStringLiteral("Première version");
    project->recordRevision(first);
    VadeMecum changed = project->vadeMecum();
    changed.principles[0].title = QStringLiteral("Évaluation loyale et partagée");
    project->setVadeMecum(changed);
    const EntityId second = project->recordRevision({});
    REQUIRE(project->revisions().size() == 2);
    const VadeMecumRevision kept = project->revisions().last();
    CHECK(kept.number == 2);

    const VadeMecumRevision removed = project->removeRevision(second);
    CHECK(removed == kept);
    CHECK(project->revisions().size() == 1);
    CHECK_THROWS(project->removeRevision(second));
    project->restoreRevision(removed);
    REQUIRE(project->revisions().size() == 2);
    CHECK(project->revisions().last() == kept);
    CHECK_THROWS(project->restoreRevision(removed)); // already there

    // What the two revisions froze differs by the principle's title only.
    const auto a = VadeMecumJson::fromJson(project->revisions().first().snapshot);
    const auto b = VadeMecumJson::fromJson(project->revisions().last().snapshot);
    REQUIRE(a);
    REQUIRE(b);
    const auto entries = VadeMecumDiff::compare(*a, *b);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].part == QStringLiteral("Principles"));

    const QString path = project->filePath();
    project.reset();
    auto reopened = Project::open(path, ProjectFile::Access::ReadOnly);
    REQUIRE(reopened->revisions().size() == 2);
    CHECK(reopened->revisions().last() == kept);
}
