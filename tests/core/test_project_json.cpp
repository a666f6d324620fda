// The whole project as JSON: a project with every entity goes to JSON, into a new project and to JSON
// again identically (the JSON holds no ids, so this is its content); broken documents are refused
// with a sentence and leave no file behind.
#include "Project.h"
#include "ProjectJson.h"
#include "RichProject.h"
#include "VadeMecumJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace balise;

TEST_CASE("A project goes to JSON and back with the same content", "[project][json]")
{
    QTemporaryDir dir;
    ProjectInfo info;
    info.title = QStringLiteral("Source");
    auto source = Project::create(dir.filePath(QStringLiteral("source.balise")), info);
    test::fillWithEveryEntity(*source);
    const QByteArray json = ProjectJson::write(source->data());
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("balise-project"));
    CHECK(root.value(QStringLiteral("version")).toInt() == 1);

    QString error;
    auto copy = ProjectJson::createProject(dir.filePath(QStringLiteral("copy.balise")), json, error);
    INFO(error.toStdString());
    REQUIRE(copy);
    const ProjectData& a = source->data();
    const ProjectData& b = copy->data();
    CHECK(b.info.title == a.info.title);
    CHECK(b.info.territory == a.info.territory);
    CHECK(b.settings == a.settings);
    CHECK(b.vadeMecum.needs.size() == a.vadeMecum.needs.size());
    CHECK(b.framework.size() == a.framework.size());
    CHECK(b.services.size() == a.services.size());
    CHECK(b.periods.size() == a.periods.size());
    CHECK(b.measurements.size() == a.measurements.size());
    CHECK(b.impactAccounts.size() == a.impactAccounts.size());
    CHECK(b.weightings.size() == a.weightings.size());
    CHECK(b.revisions.size() == a.revisions.size());
    // A revision still names the items of the current vade-mecum by their ids in the new project.
    REQUIRE_FALSE(b.revisions.isEmpty());
    const auto snapshot = VadeMecumJson::fromJson(b.revisions.first().snapshot);
    REQUIRE(snapshot);
    REQUIRE_FALSE(snapshot->needs.isEmpty());
    CHECK(snapshot->needs.first().id == b.vadeMecum.needs.first().id);
    // Everything at once: the same document again.
    const QByteArray again = ProjectJson::write(b);
    QJsonObject first = root, second = QJsonDocument::fromJson(again).object();
    // The creation date is the new file's own.
    QJsonObject firstInfo = first.value(QStringLiteral("info")).toObject();
    QJsonObject secondInfo = second.value(QStringLiteral("info")).toObject();
    firstInfo.remove(QStringLiteral("created_at"));
    secondInfo.remove(QStringLiteral("created_at"));
    first.insert(QStringLiteral("info"), firstInfo);
    second.insert(QStringLiteral("info"), secondInfo);
    for (auto it = first.begin(); it != first.end(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value() == second.value(it.key()));
    }
}

TEST_CASE("Broken project documents are refused and leave no file", "[project][json]")
{
    QTemporaryDir dir;
    ProjectInfo info;
    info.title = QStringLiteral("Source");
    auto source = Project::create(dir.filePath(QStringLiteral("source.balise")), info);
    test::fillWithEveryEntity(*source);
    const QByteArray json = ProjectJson::write(source->data());
    const QString path = dir.filePath(QStringLiteral("broken.balise"));
    auto refusal = [&](const QByteArray& bytes) {
        QString error;
        CHECK_FALSE(ProjectJson::createProject(path, bytes, error));
        CHECK_FALSE(QFile::exists(path));
        return error;
    };
    CHECK(refusal("{").contains(QStringLiteral("not a Balise project")));
    CHECK(refusal(R"({"format": "other"})").contains(QStringLiteral("not a Balise project")));
    CHECK(refusal(QByteArray(json).replace("\"version\": 1", "\"version\": 7")).contains(QStringLiteral("format 7")));
    // A measurement of a service the document does not have: refused, the half-made file removed.
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonObject measurements = root.value(QStringLiteral("measurements")).toObject();
    QJsonArray rows = measurements.value(QStringLiteral("rows")).toArray();
    REQUIRE_FALSE(rows.isEmpty());
    QJsonArray row = rows.first().toArray();
    row[0] = QStringLiteral("Nulle part");
    rows[0] = row;
    measurements.insert(QStringLiteral("rows"), rows);
    root.insert(QStringLiteral("measurements"), measurements);
    CHECK(refusal(QJsonDocument(root).toJson()).contains(QStringLiteral("Nulle part")));
    // A file already there is never touched.
    QString error;
    CHECK_FALSE(ProjectJson::createProject(source->filePath(), json, error));
    CHECK(source->data().services.size() >= 1);
}
