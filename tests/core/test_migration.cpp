#include "Project.h"
#include "ProjectFileError.h"
#include "Schema.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace balise;

namespace {

// Builds a version-1 project file from the frozen fixture script, with the plain SQLite API.
QString makeVersionOneFile(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("old.balise"));
    const QByteArray script = test::readBytes(QStringLiteral(BALISE_TEST_DATA_DIR "/schema_v1_project.sql"));
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
