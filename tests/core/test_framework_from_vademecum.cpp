// Objectives proposed from the vade-mecum's needs and fields of attention.
#include "FrameworkFromVadeMecum.h"
#include "Project.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace balise;

TEST_CASE("One objective per chosen need or field, citing it, under free codes", "[vademecum][framework]")
{
    VadeMecum vm;
    vm.needs = {
        {11, Domain::Mobility, QStringLiteral("Desservir les hameaux"), QStringLiteral("Sans voiture"), Priority::High},
        {12, Domain::Energy, QStringLiteral("Sobriété"), QString(), Priority::Medium}};
    vm.principles = {{21, QStringLiteral("Évaluation loyale"), QString()}};
    vm.fields = {{31, FieldFamily::UserOriented, QStringLiteral("Inclusivité"), QStringLiteral("Qui n'est pas servi")}};
    Framework framework;
    FrameworkNode existing;
    existing.id = 1;
    existing.code = QStringLiteral("O1");
    existing.name = QStringLiteral("Déjà là");
    existing.links = {{LinkTarget::Need, 12}};
    framework.append(existing);

    // Need 12 is cited by O1: not proposed at first.
    const QList<VadeMecumLink> open = FrameworkFromVadeMecum::uncited(vm, framework);
    CHECK(open == QList<VadeMecumLink>{{LinkTarget::Need, 11}, {LinkTarget::Field, 31}});

    const QList<FrameworkImportNode> proposed = FrameworkFromVadeMecum::propose(
        vm, framework, {{LinkTarget::Field, 31}, {LinkTarget::Need, 11}, {LinkTarget::Principle, 21}});
    REQUIRE(proposed.size() == 2); // principles are not objectives
    // In the vade-mecum's order: needs, then fields; O1 is taken.
    CHECK(proposed[0].node.code == QStringLiteral("O2"));
    CHECK(proposed[0].node.name == QStringLiteral("Desservir les hameaux"));
    CHECK(proposed[0].node.description == QStringLiteral("Sans voiture"));
    CHECK(proposed[0].node.links == QList<VadeMecumLink>{{LinkTarget::Need, 11}});
    CHECK(proposed[0].parentCode.isEmpty());
    CHECK(proposed[1].node.code == QStringLiteral("O3"));
    CHECK(proposed[1].node.links == QList<VadeMecumLink>{{LinkTarget::Field, 31}});

    // A project takes them as they are, links included.
    QTemporaryDir dir;
    ProjectInfo info;
    info.title = QStringLiteral("Génération");
    auto project = Project::create(dir.filePath(QStringLiteral("g.balise")), info);
    project->setVadeMecum(vm);
    const VadeMecum& stored = project->vadeMecum();
    const auto chosen = FrameworkFromVadeMecum::uncited(stored, project->framework());
    REQUIRE(chosen.size() == 3);
    project->addNodes(FrameworkFromVadeMecum::propose(stored, project->framework(), chosen));
    REQUIRE(project->framework().size() == 3);
    CHECK(project->framework().findByCode(QStringLiteral("O1"))->links.first().id == stored.needs[0].id);
    CHECK(FrameworkFromVadeMecum::uncited(stored, project->framework()).isEmpty());
}
