// The templates Balise ships with: each one read in French and in English, with the same structure in
// both, real content (units, directions, suggested targets, owners, actions, links to the vade-mecum),
// unchanged through the archive, and unchanged through a project made from it and saved back as a
// template. And the source reader's refusals, each naming where the problem is.
#include "Project.h"
#include "TemplateArchive.h"
#include "TemplateBuilder.h"
#include "TemplateLibrary.h"
#include "TemplateSource.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace balise;

namespace {

const QStringList bundledIds{QStringLiteral("carpooling"),   QStringLiteral("destabilisation"),
                             QStringLiteral("micro-grid"),   QStringLiteral("smart-city-starter"),
                             QStringLiteral("traffic-data"), QStringLiteral("waste-collection")};

TemplateLibrary bundledOnly(const QTemporaryDir& dir)
{
    return TemplateLibrary({QStringLiteral(":/templates")}, dir.filePath(QStringLiteral("user")));
}

ProjectTemplate loaded(const TemplateLibrary& library, const QString& id, const QString& language)
{
    QString error;
    const auto t = library.load(id, error, language);
    INFO(id.toStdString() << " " << language.toStdString() << ": " << error.toStdString());
    REQUIRE(t);
    return *t;
}

// What must not differ between the languages of one template: everything but the words.
QStringList structureOf(const ProjectTemplate& t)
{
    QStringList lines;
    for (const FrameworkImportNode& item : t.framework) {
        const FrameworkNode& n = item.node;
        const IndicatorSpec& s = n.indicator;
        QStringList links;
        for (const VadeMecumLink& link : n.links)
            links.append(QStringLiteral("%1:%2").arg(static_cast<int>(link.target)).arg(link.id));
        QStringList quality;
        for (const QualityRating& r : s.quality)
            quality.append(r.rating ? QString::number(*r.rating) : QStringLiteral("-"));
        lines.append(QStringList{item.parentCode, n.code, keyOf(n.kind), QString::number(n.weight),
                                 links.join(QLatin1Char(',')), keyOf(s.direction), keyOf(s.kind),
                                 QString::number(s.levels.size()), QString::number(s.baseline.value_or(-1)),
                                 QString::number(s.target.value_or(-1)), s.baselineDate.toString(Qt::ISODate),
                                 s.targetDate.toString(Qt::ISODate), quality.join(QLatin1Char(',')),
                                 QString::number(n.actions.count(QLatin1Char('\n')))}
                         .join(QLatin1Char('|')));
    }
    const VadeMecum& vm = t.vadeMecum;
    lines.append(QStringLiteral("vm %1 %2 %3 %4 %5 %6")
                     .arg(vm.needs.size())
                     .arg(vm.principles.size())
                     .arg(vm.fields.size())
                     .arg(vm.resources.size())
                     .arg(vm.postures.size())
                     .arg(vm.sections.size()));
    for (const QuestionnaireSection& section : t.questionnaire.sections)
        for (const Question& q : section.questions)
            lines.append(
                QStringLiteral("q %1 %2 %3 %4").arg(keyOf(q.kind)).arg(q.choices.size()).arg(q.scored).arg(q.needId));
    lines.append(t.questionObjectives.join(QLatin1Char(',')));
    lines.append(QStringLiteral("services %1").arg(t.services.size()));
    return lines;
}

} // namespace

TEST_CASE("Balise ships six templates, each in French and in English", "[template][bundled]")
{
    QTemporaryDir dir;
    QStringList problems;
    const QList<TemplateLibrary::Entry> entries = bundledOnly(dir).entries(&problems);
    CHECK(problems.isEmpty());
    for (const QString& id : bundledIds)
        for (const QString& language : TemplateSource::languages()) {
            INFO(id.toStdString() << " " << language.toStdString());
            CHECK(std::count_if(entries.cbegin(), entries.cend(), [&](const TemplateLibrary::Entry& e) {
                      return e.id == id && e.language == language && e.bundled;
                  }) == 1);
        }
    CHECK(entries.size() == bundledIds.size() * TemplateSource::languages().size());

    // One choice per id, in the language asked for.
    const QList<TemplateLibrary::Entry> french = bundledOnly(dir).choices(QStringLiteral("fr"));
    REQUIRE(french.size() == bundledIds.size());
    for (const TemplateLibrary::Entry& e : french)
        CHECK(e.language == QLatin1String("fr"));
}

TEST_CASE("A bundled template has the same structure in both languages, and its words translated",
          "[template][bundled]")
{
    QTemporaryDir dir;
    const TemplateLibrary library = bundledOnly(dir);
    for (const QString& id : bundledIds) {
        INFO(id.toStdString());
        const ProjectTemplate fr = loaded(library, id, QStringLiteral("fr"));
        const ProjectTemplate en = loaded(library, id, QStringLiteral("en"));
        CHECK(fr.id == id);
        CHECK(fr.language == QLatin1String("fr"));
        CHECK(en.language == QLatin1String("en"));
        CHECK(structureOf(fr) == structureOf(en));
        CHECK(fr.title != en.title);
        // Words are translated: most node names differ between the languages.
        qsizetype same = 0;
        for (qsizetype i = 0; i < fr.framework.size(); ++i)
            same += fr.framework[i].node.name == en.framework[i].node.name ? 1 : 0;
        CHECK(same * 10 <= fr.framework.size());
    }
}

TEST_CASE("A bundled template holds a real grid: units, directions, targets, owners, actions, links",
          "[template][bundled]")
{
    QTemporaryDir dir;
    const TemplateLibrary library = bundledOnly(dir);
    for (const QString& id : bundledIds)
        for (const QString& language : TemplateSource::languages()) {
            INFO(id.toStdString() << " " << language.toStdString());
            const ProjectTemplate t = loaded(library, id, language);
            int objectives = 0, criteria = 0, indicators = 0;
            for (const FrameworkImportNode& item : t.framework) {
                const FrameworkNode& n = item.node;
                INFO(n.code.toStdString());
                CHECK_FALSE(n.name.trimmed().isEmpty());
                switch (n.kind) {
                case NodeKind::Objective:
                    ++objectives;
                    CHECK_FALSE(n.owner.isEmpty());
                    CHECK_FALSE(n.actions.isEmpty());
                    CHECK_FALSE(n.links.isEmpty()); // the quality audit's relevance check rests on it
                    break;
                case NodeKind::Criterion:
                    ++criteria;
                    break;
                case NodeKind::Indicator:
                    ++indicators;
                    CHECK_FALSE(n.indicator.definition.isEmpty());
                    CHECK_FALSE(n.indicator.source.isEmpty());
                    if (n.indicator.kind == IndicatorKind::Quantitative) {
                        CHECK_FALSE(n.indicator.unit.isEmpty());
                        CHECK((n.indicator.target.has_value() || n.indicator.direction == Direction::TargetBand));
                    }
                    break;
                }
            }
            CHECK(objectives >= 4);
            CHECK(criteria >= objectives);
            CHECK(indicators >= 12);
            CHECK(t.vadeMecum.needs.size() >= 3);
            CHECK(t.vadeMecum.principles.size() >= 2);
            CHECK_FALSE(t.vadeMecum.fields.isEmpty());
            CHECK_FALSE(t.vadeMecum.resources.isEmpty());
        }
}

TEST_CASE("Every bundled template comes back unchanged from its archive and from a project made from it",
          "[template][bundled]")
{
    QTemporaryDir dir;
    const TemplateLibrary library = bundledOnly(dir);
    int made = 0;
    for (const QString& id : bundledIds)
        for (const QString& language : TemplateSource::languages()) {
            INFO(id.toStdString() << " " << language.toStdString());
            const ProjectTemplate t = loaded(library, id, language);
            QString error;
            const auto archived = TemplateArchive::read(TemplateArchive::write(t), error);
            INFO(error.toStdString());
            REQUIRE(archived);
            CHECK(*archived == t);

            ProjectInfo info;
            info.title = t.title;
            info.description = t.description;
            const QString path = dir.filePath(QStringLiteral("%1-%2.balise").arg(id, language));
            auto project = TemplateBuilder::createProject(path, info, t, error);
            INFO(error.toStdString());
            REQUIRE(project);
            ++made;
            const ProjectTemplate back =
                TemplateBuilder::fromProject(project->data(), t.id, t.title, t.language, !t.services.isEmpty());
            CHECK(back.vadeMecum == t.vadeMecum);
            CHECK(back.framework.size() == t.framework.size());
            for (qsizetype i = 0; i < std::min(back.framework.size(), t.framework.size()); ++i) {
                INFO(t.framework[i].node.code.toStdString());
                CHECK(back.framework[i].node == t.framework[i].node);
                CHECK(back.framework[i].parentCode == t.framework[i].parentCode);
            }
            CHECK(back.questionnaire == t.questionnaire);
            CHECK(back.questionObjectives == t.questionObjectives);
            CHECK(back.services == t.services);
        }
    CHECK(made == bundledIds.size() * 2);
}

TEST_CASE("The template source reader refuses bad sources and says where", "[template][source]")
{
    auto refusal = [](const QByteArray& json, const QString& language = QStringLiteral("fr")) {
        QString error;
        const auto t = TemplateSource::read(json, language, error);
        CHECK_FALSE(t);
        return error;
    };
    const QByteArray head = R"({"format": 1, "id": "t", "title": {"fr": "Titre", "en": "Title"}, )";
    const QByteArray vm = R"("vadeMecum": {"needs": [{"domain": "energy", "title": "Besoin"}]}, )";
    const QByteArray good =
        head + vm +
        R"("framework": [{"kind": "objective", "code": "O1", "name": {"fr": "Objectif", "en": "Objective"},
         "serves": ["need:1"], "children": [{"kind": "indicator", "code": "I1", "name": "kWh", "unit": "kWh",
         "direction": "lower", "target": 3, "quality": {"robustness": 3, "value": {"rating": 2, "note": "cher"}}}]}],
       "questionnaire": [{"title": "Q", "questions": [{"text": "Oui ?", "kind": "yes-no", "scored": true,
         "need": 1, "objective": "O1"}]}]})";
    QString error;
    const auto t = TemplateSource::read(good, QStringLiteral("en"), error);
    INFO(error.toStdString());
    REQUIRE(t);
    CHECK(t->title == QLatin1String("Title"));
    REQUIRE(t->framework.size() == 2);
    CHECK(t->framework[0].node.name == QLatin1String("Objective"));
    CHECK(t->framework[0].node.links == QList<VadeMecumLink>{{LinkTarget::Need, 1}});
    CHECK(t->framework[1].parentCode == QLatin1String("O1"));
    CHECK(t->framework[1].node.indicator.direction == Direction::LowerIsBetter);
    CHECK(t->framework[1].node.indicator.rating(Quality::Value).rating == 2);
    CHECK(t->framework[1].node.indicator.rating(Quality::Value).justification == QLatin1String("cher"));
    CHECK(t->questionnaire.sections.at(0).questions.at(0).needId == 1);
    CHECK(t->questionObjectives == QStringList{QStringLiteral("O1")});

    CHECK(refusal(good, QStringLiteral("de")).contains(QLatin1String("\"de\"")));
    CHECK(refusal("{").contains(QLatin1String("JSON")));
    CHECK(refusal(QByteArray(good).replace("\"unit\"", "\"unt\""))
              .contains(QStringLiteral("O1 › I1: unknown key \"unt\"")));
    CHECK(refusal(QByteArray(good).replace("{\"fr\": \"Objectif\", \"en\": \"Objective\"}", "{\"fr\": \"Objectif\"}"))
              .contains(QLatin1String("no en text")));
    CHECK(refusal(QByteArray(good).replace("need:1", "need:2")).contains(QLatin1String("between 1 and 1")));
    CHECK(refusal(QByteArray(good).replace("\"lower\"", "\"down\"")).contains(QLatin1String("direction")));
    CHECK(
        refusal(QByteArray(good).replace("\"robustness\": 3", "\"robustness\": 5")).contains(QLatin1String("0 to 4")));
    CHECK(refusal(QByteArray(good).replace("\"objective\": \"O1\"", "\"objective\": \"O9\""))
              .contains(QLatin1String("O9")));
    CHECK(refusal(QByteArray(good).replace("\"code\": \"I1\"", "\"code\": \"O1\"")).contains(QLatin1String("twice")));
    CHECK(refusal(QByteArray(good).replace("\"format\": 1", "\"format\": 2")).contains(QLatin1String("format")));
}

TEST_CASE("A template written as a source reads back the same, bundled or made from a project", "[template][source]")
{
    QTemporaryDir dir;
    const TemplateLibrary library = bundledOnly(dir);
    QList<ProjectTemplate> templates;
    for (const QString& id : bundledIds)
        templates.append(loaded(library, id, QStringLiteral("en")));
    for (const ProjectTemplate& t : templates) {
        INFO(t.id.toStdString());
        QString error;
        const auto back = TemplateSource::read(QJsonDocument(TemplateSource::toJson(t)).toJson(), t.language, error);
        INFO(error.toStdString());
        REQUIRE(back);
        CHECK(*back == t);
    }
}
