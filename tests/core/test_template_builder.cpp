// Projects and templates: a project saved as a template and a new project made from it hold the same
// reusable content, links and all.
#include "Project.h"
#include "RichProject.h"
#include "TemplateArchive.h"
#include "TemplateBuilder.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace balise;

namespace {

// A framework node as a template carries it: without ids, links compared by what they point to.
QString linkText(const ProjectData& data, const VadeMecumLink& link)
{
    switch (link.target) {
    case LinkTarget::Need:
        for (const Need& n : data.vadeMecum.needs)
            if (n.id == link.id)
                return QStringLiteral("need:") + n.title;
        break;
    case LinkTarget::Principle:
        for (const Principle& p : data.vadeMecum.principles)
            if (p.id == link.id)
                return QStringLiteral("principle:") + p.title;
        break;
    case LinkTarget::Field:
        for (const FieldOfAttention& f : data.vadeMecum.fields)
            if (f.id == link.id)
                return QStringLiteral("field:") + f.title;
        break;
    }
    return QStringLiteral("?");
}

} // namespace

TEST_CASE("A project saved as a template makes a new project with the same reusable content", "[template]")
{
    QTemporaryDir dir;
    ProjectInfo info;
    info.title = QStringLiteral("Source");
    auto source = Project::create(dir.filePath(QStringLiteral("source.balise")), info);
    test::fillWithEveryEntity(*source);
    const ProjectData& a = source->data();

    const ProjectTemplate made =
        TemplateBuilder::fromProject(a, QStringLiteral("rich"), QStringLiteral("Tout"), QStringLiteral("fr"), true);
    // Through the file, as it travels.
    QString error;
    const auto read = TemplateArchive::read(TemplateArchive::write(made), error);
    INFO(error.toStdString());
    REQUIRE(read);
    REQUIRE(*read == made);

    ProjectInfo target;
    target.title = QStringLiteral("Nouveau");
    auto project = TemplateBuilder::createProject(dir.filePath(QStringLiteral("new.balise")), target, *read, error);
    INFO(error.toStdString());
    REQUIRE(project);
    const ProjectData& b = project->data();

    // The vade-mecum, item for item but for the ids.
    REQUIRE(b.vadeMecum.needs.size() == a.vadeMecum.needs.size());
    for (qsizetype i = 0; i < a.vadeMecum.needs.size(); ++i) {
        Need left = a.vadeMecum.needs[i];
        Need right = b.vadeMecum.needs[i];
        left.id = right.id = NoId;
        CHECK(left == right);
    }
    CHECK(b.vadeMecum.postures == a.vadeMecum.postures);
    CHECK(b.vadeMecum.resources.size() == a.vadeMecum.resources.size());
    // The framework node for node, with its links pointing at the same items.
    const auto left = a.framework.depthFirst();
    const auto right = b.framework.depthFirst();
    REQUIRE(left.size() == right.size());
    for (qsizetype i = 0; i < left.size(); ++i) {
        INFO(left[i]->code.toStdString());
        CHECK(left[i]->code == right[i]->code);
        CHECK(left[i]->indicator == right[i]->indicator);
        CHECK(left[i]->weight == right[i]->weight);
        REQUIRE(left[i]->links.size() == right[i]->links.size());
        for (qsizetype k = 0; k < left[i]->links.size(); ++k)
            CHECK(linkText(a, left[i]->links[k]) == linkText(b, right[i]->links[k]));
    }
    // The questionnaire, with its links to needs and objectives; the services, without their answers.
    REQUIRE(b.questionnaire.sections.size() == a.questionnaire.sections.size());
    const Question& qa = a.questionnaire.sections.first().questions.first();
    const Question& qb = b.questionnaire.sections.first().questions.first();
    CHECK(qa.text == qb.text);
    CHECK(qa.lowerIsBetter == qb.lowerIsBetter);
    CHECK((qa.needId == NoId) == (qb.needId == NoId));
    REQUIRE(b.services.size() == a.services.size());
    CHECK(b.services.first().name == a.services.first().name);
    CHECK(b.services.first().answers.isEmpty());
    CHECK(b.measurements.isEmpty());
}

TEST_CASE("A template that the model refuses leaves no file behind", "[template]")
{
    QTemporaryDir dir;
    ProjectTemplate t;
    t.id = QStringLiteral("bad");
    t.title = QStringLiteral("Mauvais");
    FrameworkImportNode node;
    node.node.code = QStringLiteral("O1");
    node.node.name = QStringLiteral("Objectif");
    t.framework = {node};
    t.vadeMecum.needs = {{NoId, Domain::Energy, QString(), QString(), Priority::High}}; // a need without a title
    ProjectInfo info;
    info.title = QStringLiteral("Essai");
    QString error;
    const QString path = dir.filePath(QStringLiteral("bad.balise"));
    CHECK_FALSE(TemplateBuilder::createProject(path, info, t, error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFile::exists(path));
}
