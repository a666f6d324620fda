#include "Project.h"
#include "ProjectFileError.h"
#include "ProjectJson.h"
#include "RichProject.h"
#include "Schema.h"
#include "TestSupport.h"
#include "reliability/ContentDigest.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace balise;

namespace {

// Builds a project file of an earlier version from its frozen fixture script, with the plain SQLite API.
QString makeOldFile(const QTemporaryDir& dir, const char* fixture)
{
    const QString path = dir.filePath(QStringLiteral("old.balise"));
    const QByteArray script = test::readBytes(QStringLiteral(BALISE_TEST_DATA_DIR "/") + QLatin1String(fixture));
    REQUIRE_FALSE(script.isEmpty());
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, script.constData(), nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
    return path;
}

QString makeVersionOneFile(const QTemporaryDir& dir)
{
    return makeOldFile(dir, "schema_v1_project.sql");
}

} // namespace

TEST_CASE("A version-1 project is migrated after a backup copy, and keeps its content", "[file][migration]")
{
    QTemporaryDir dir;
    const QString path = makeVersionOneFile(dir);
    const QByteArray original = test::readBytes(path);
    {
        auto project = Project::open(path, ProjectFile::Access::ReadWrite);
        CHECK(project->file().versionOnDisk() == 1);
        const QString backup = project->file().migrationBackup();
        REQUIRE_FALSE(backup.isEmpty());
        // The backup is the file as it was before migration (same content, still version 1).
        auto old = Project::open(backup, ProjectFile::Access::ReadOnly);
        CHECK(old->file().versionOnDisk() == 1);

        CHECK(project->info().title == QStringLiteral("Projet de 2025"));
        CHECK(project->info().territory.population == 48200);
        REQUIRE(project->framework().size() == 2);
        CHECK(project->framework().findByCode(QStringLiteral("O1"))->links.size() == 1);
        REQUIRE(project->measurements().size() == 1);
        const Measurement& m = *project->measurements().cbegin();
        CHECK(m.value == 48000.0);
        CHECK_FALSE(m.confidence.has_value()); // the column version 2 added

        // Version 2's tables work on the migrated file.
        ImpactAccount account;
        account.name = QStringLiteral("Bilan");
        account.volumes = {{project->periods().constFirst().id, 10.0}};
        project->addImpactAccount(account);
    }
    auto reopened = Project::open(path, ProjectFile::Access::ReadWrite);
    CHECK(reopened->file().versionOnDisk() == Schema::currentVersion);
    CHECK(reopened->impactAccounts().size() == 1);
    CHECK(test::readBytes(path) != original);
}

TEST_CASE("A version-1 project opened read-only is migrated in memory only", "[file][migration]")
{
    QTemporaryDir dir;
    const QString path = makeVersionOneFile(dir);
    const QByteArray original = test::readBytes(path);
    auto project = Project::open(path, ProjectFile::Access::ReadOnly);
    CHECK(project->isReadOnly());
    CHECK(project->file().versionOnDisk() == 1);
    CHECK(project->framework().size() == 2);
    project.reset();
    CHECK(test::readBytes(path) == original);
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 1);
}

TEST_CASE("A version-1 project whose content is damaged is refused and left as it was", "[file][migration]")
{
    QTemporaryDir dir;
    const QString path = makeVersionOneFile(dir);
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "UPDATE indicator SET direction = 'sideways'", nullptr, nullptr, nullptr) ==
                SQLITE_OK);
        sqlite3_close(db);
    }
    const QByteArray before = test::readBytes(path);
    try {
        Project::open(path, ProjectFile::Access::ReadWrite);
        FAIL("a damaged file was accepted");
    } catch (const ProjectFileError& error) {
        CHECK(error.reason() == ProjectFileError::Reason::Damaged);
        CHECK(error.message().contains(QStringLiteral("sideways")));
    }
    CHECK(test::readBytes(path) == before);
    // No backup copy is left behind: nothing was migrated.
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("old.balise")});
}

TEST_CASE("A version-2 project is migrated to record weightings, and keeps its content", "[file][migration]")
{
    QTemporaryDir dir;
    const QString path = makeOldFile(dir, "schema_v2_project.sql");
    const QByteArray original = test::readBytes(path);
    {
        auto project = Project::open(path, ProjectFile::Access::ReadWrite);
        CHECK(project->file().versionOnDisk() == 2);
        REQUIRE_FALSE(project->file().migrationBackup().isEmpty());
        CHECK(Project::open(project->file().migrationBackup(), ProjectFile::Access::ReadOnly)->file().versionOnDisk() ==
              2);
        CHECK(project->info().title == QStringLiteral("Projet de 2026"));
        CHECK(project->framework().size() == 5);
        CHECK(project->services().size() == 2);
        REQUIRE(project->measurements().size() == 4);
        const FrameworkNode* i11 = project->framework().findByCode(QStringLiteral("I11"));
        REQUIRE(i11);
        const DataService* tanneurs = project->data().findServiceByName(QStringLiteral("Microgrid des Tanneurs"));
        REQUIRE(tanneurs);
        const Measurement m = project->measurements().value({tanneurs->id, i11->id, project->periods().first().id});
        CHECK(m.value == 48000.0);
        CHECK(m.confidence == 0.9); // version 2's column, kept
        CHECK(project->weightings().isEmpty());

        // Version 3's table works on the migrated file.
        QList<EntityId> objectives;
        for (const FrameworkNode* node : project->framework().children(NoId))
            objectives.append(node->id);
        WeightingRecord record;
        record.method = WeightingMethod::Ranking;
        record.ranks = {{objectives[0], 2}, {objectives[1], 1}};
        project->applyWeighting(NoId, objectives, {1.0, 3.0}, record);
    }
    auto reopened = Project::open(path, ProjectFile::Access::ReadOnly);
    CHECK(reopened->file().versionOnDisk() == Schema::currentVersion);
    REQUIRE(reopened->weightings().size() == 1);
    CHECK(reopened->weightings().first().method == WeightingMethod::Ranking);
    CHECK(reopened->weightings().first().ranks.size() == 2);
    CHECK(reopened->framework().children(NoId).first()->weight == 1.0);
    CHECK(test::readBytes(path) != original);
}

TEST_CASE("A weighting record that is not readable makes the file refused, unchanged", "[file][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("weights.balise"));
    {
        ProjectInfo info;
        info.title = QStringLiteral("Poids");
        auto project = Project::create(path, info);
        FrameworkNode a;
        a.code = QStringLiteral("O1");
        a.name = QStringLiteral("A");
        FrameworkNode b = a;
        b.code = QStringLiteral("O2");
        const QList<EntityId> ids{project->addNode(a), project->addNode(b)};
        WeightingRecord record;
        record.method = WeightingMethod::Pairwise;
        record.judgements = {{ids[0], ids[1], 5.0}};
        project->applyWeighting(NoId, ids, {5.0, 1.0}, record);
    }
    for (const char* damage : {"UPDATE weighting SET method = 'astrology'", "UPDATE weighting SET inputs = '[1,2'",
                               "UPDATE weighting SET inputs = '{\"pairwise\":[[1,2,1e9]]}'"}) {
        INFO(damage);
        {
            sqlite3* db = nullptr;
            REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
            REQUIRE(sqlite3_exec(db, damage, nullptr, nullptr, nullptr) == SQLITE_OK);
            sqlite3_close(db);
        }
        const QByteArray before = test::readBytes(path);
        try {
            Project::open(path, ProjectFile::Access::ReadWrite);
            FAIL("a damaged weighting was accepted");
        } catch (const ProjectFileError& error) {
            CHECK(error.reason() == ProjectFileError::Reason::Damaged);
        }
        CHECK(test::readBytes(path) == before);
    }
}

TEST_CASE("Every past schema version opens, migrates and round-trips, and a newer one is refused unchanged",
          "[file][migration]")
{
    const QDir data(QStringLiteral(BALISE_TEST_DATA_DIR));
    const QStringList fixtures = data.entryList({QStringLiteral("schema_v*_project.sql")}, QDir::Files, QDir::Name);
    // One fixture for each version before the current one: schema_v1_project.sql, schema_v2_…, and so on.
    QStringList expected;
    for (int version = 1; version < Schema::currentVersion; ++version)
        expected.append(QStringLiteral("schema_v%1_project.sql").arg(version));
    REQUIRE(fixtures == expected);
    for (const QString& fixture : fixtures) {
        INFO(fixture.toStdString());
        QTemporaryDir dir;
        const QString path = makeOldFile(dir, fixture.toUtf8().constData());
        ProjectData migrated;
        {
            auto project = Project::open(path, ProjectFile::Access::ReadWrite);
            CHECK(project->file().versionOnDisk() == fixture.mid(8, 1).toInt());
            migrated = project->data();
            CHECK(migrated.framework.size() > 0);
        }
        // Reopened, the migrated file holds the same; through the project JSON, so does a new project.
        auto reopened = Project::open(path, ProjectFile::Access::ReadWrite);
        CHECK(reopened->file().versionOnDisk() == Schema::currentVersion);
        test::requireSameData(reopened->data(), migrated);
        QString error;
        auto copy = ProjectJson::createProject(dir.filePath(QStringLiteral("copy.balise")),
                                               ProjectJson::write(reopened->data()), error);
        INFO(error.toStdString());
        REQUIRE(copy);
        // (A measurement the old file holds without an entry time is stamped with the import's.)
        CHECK(test::contentDigest(*copy) == test::contentDigest(*reopened));

        // The same file marked as written by a newer Balise is refused and left byte for byte.
        QTemporaryDir other;
        const QString future = makeOldFile(other, fixture.toUtf8().constData());
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(future.toUtf8().constData(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
        const QByteArray before = test::readBytes(future);
        try {
            Project::open(future, ProjectFile::Access::ReadWrite);
            FAIL("a file from a newer Balise was opened");
        } catch (const ProjectFileError& error) {
            CHECK(error.reason() == ProjectFileError::Reason::TooNew);
            CHECK(error.message().contains(QStringLiteral("newer version of Balise")));
        }
        CHECK(test::readBytes(future) == before);
        CHECK(QDir(other.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
    }
}
