#include "Project.h"
#include "ProjectFileError.h"
#include "Schema.h"
#include "TestSupport.h"

#include <QProcess>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace balise;
using Reason = ProjectFileError::Reason;

namespace {

ProjectInfo titled(const QString& title)
{
    ProjectInfo info;
    info.title = title;
    return info;
}

// Runs SQL on a file with the plain SQLite API, as another program would.
void runSql(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

// Opens `path`, expects a refusal for `reason`, and checks the bytes on disk did not change.
QString refusalOf(const QString& path, Reason reason, ProjectFile::Access access = ProjectFile::Access::ReadWrite)
{
    const QByteArray before = test::readBytes(path);
    QString message;
    try {
        Project::open(path, access);
        FAIL("the file was accepted");
    } catch (const ProjectFileError& error) {
        CHECK(static_cast<int>(error.reason()) == static_cast<int>(reason));
        message = error.message();
    }
    CHECK(test::readBytes(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    CHECK_FALSE(message.isEmpty());
    CHECK_FALSE(message.contains(QLatin1Char('\n')));
    return message;
}

} // namespace

TEST_CASE("Files that are not Balise projects are refused with one sentence and left untouched", "[file]")
{
    QTemporaryDir dir;
    SECTION("missing file")
    {
        const QString message = refusalOf(dir.filePath(QStringLiteral("nothing.balise")), Reason::NotFound);
        CHECK(message.contains(QStringLiteral("There is no file")));
    }
    SECTION("empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.balise"));
        REQUIRE(test::writeBytes(path, {}));
        CHECK(refusalOf(path, Reason::NotAProject).contains(QStringLiteral("empty")));
    }
    SECTION("text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.balise"));
        REQUIRE(test::writeText(path, QStringLiteral("level,code,name\nobjective,O1,Résilience\n")));
        CHECK(refusalOf(path, Reason::NotAProject).contains(QStringLiteral("not a Balise project")));
    }
    SECTION("directory")
    {
        const QString path = dir.filePath(QStringLiteral("folder.balise"));
        REQUIRE(QDir().mkpath(path));
        CHECK(refusalOf(path, Reason::NotAProject).contains(QStringLiteral("folder")));
    }
    SECTION("another application's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        runSql(path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Dominique');");
        CHECK(refusalOf(path, Reason::NotAProject).contains(QStringLiteral("not a Balise project")));
    }
    SECTION("another application's SQLite database in WAL mode")
    {
        const QString path = dir.filePath(QStringLiteral("wal.sqlite"));
        runSql(path, "PRAGMA journal_mode = WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1);");
        refusalOf(path, Reason::NotAProject);
        refusalOf(path, Reason::NotAProject, ProjectFile::Access::ReadWriteOrReadOnly);
    }
    SECTION("truncated project")
    {
        const QString source = dir.filePath(QStringLiteral("whole.balise"));
        Project::create(source, titled(QStringLiteral("Whole")));
        const QByteArray bytes = test::readBytes(source);
        REQUIRE(bytes.size() > 4096);
        const QString path = dir.filePath(QStringLiteral("cut.balise"));
        REQUIRE(test::writeBytes(path, bytes.left(bytes.size() / 2)));
        CHECK(refusalOf(path, Reason::Damaged).contains(QStringLiteral("truncated")));
        REQUIRE(test::writeBytes(path, bytes.left(60)));
        refusalOf(path, Reason::Damaged);
    }
    SECTION("corrupted pages")
    {
        const QString source = dir.filePath(QStringLiteral("whole.balise"));
        Project::create(source, titled(QStringLiteral("Whole")));
        QByteArray bytes = test::readBytes(source);
        for (qsizetype i = 4096; i < bytes.size(); i += 7)
            bytes[i] = static_cast<char>(0xA5);
        const QString path = dir.filePath(QStringLiteral("garbled.balise"));
        REQUIRE(test::writeBytes(path, bytes));
        refusalOf(path, Reason::Damaged);
    }
    SECTION("project from a newer Balise")
    {
        const QString path = dir.filePath(QStringLiteral("future.balise"));
        Project::create(path, titled(QStringLiteral("Future")));
        runSql(path, "PRAGMA user_version = 99");
        const QString message = refusalOf(path, Reason::TooNew);
        CHECK(message.contains(QStringLiteral("newer version of Balise")));
        CHECK(message.contains(QStringLiteral("99")));
    }
    SECTION("dangling references")
    {
        const QString path = dir.filePath(QStringLiteral("dangling.balise"));
        Project::create(path, titled(QStringLiteral("Dangling")));
        runSql(path, "PRAGMA foreign_keys = OFF; INSERT INTO framework_node (id, parent_id, position, kind, code, "
                     "name, weight) VALUES (5, 42, 0, 'objective', 'X', 'X', 1);");
        CHECK(refusalOf(path, Reason::Damaged).contains(QStringLiteral("framework_node")));
    }
    SECTION("unknown vocabulary in a crafted file")
    {
        const QString path = dir.filePath(QStringLiteral("crafted.balise"));
        Project::create(path, titled(QStringLiteral("Crafted")));
        runSql(path, "INSERT INTO framework_node (id, position, kind, code, name, weight) "
                     "VALUES (1, 0, 'dragon', 'X', 'X', 1);");
        CHECK(refusalOf(path, Reason::Damaged).contains(QStringLiteral("dragon")));
    }
    SECTION("framework that loops on itself")
    {
        const QString path = dir.filePath(QStringLiteral("loop.balise"));
        Project::create(path, titled(QStringLiteral("Loop")));
        runSql(path, "PRAGMA foreign_keys = OFF;"
                     "INSERT INTO framework_node (id, parent_id, position, kind, code, name, weight) "
                     "VALUES (1, 2, 0, 'objective', 'A', 'A', 1), (2, 1, 0, 'criterion', 'B', 'B', 1);");
        CHECK(refusalOf(path, Reason::Damaged).contains(QStringLiteral("loops")));
    }
}

TEST_CASE("Creating a project never overwrites an existing file", "[file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("precious.balise"));
    REQUIRE(test::writeText(path, QStringLiteral("précieux")));
    CHECK_THROWS_AS(Project::create(path, titled(QStringLiteral("X"))), ProjectFileError);
    CHECK(test::readText(path) == QStringLiteral("précieux"));
}

TEST_CASE("New project files carry Balise's identity and safe settings", "[file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("identity.balise"));
    Project::create(path, titled(QStringLiteral("Identity")));
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    auto pragma = [&](const char* sql) {
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
        sqlite3_step(stmt);
        const QString value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        return value;
    };
    CHECK(pragma("PRAGMA application_id").toInt() == Schema::applicationId);
    CHECK(pragma("PRAGMA user_version").toInt() == Schema::currentVersion);
    CHECK(pragma("PRAGMA journal_mode") == QStringLiteral("delete"));
    sqlite3_close(db);
}

TEST_CASE("A second writer is refused, or gets read-only, and is told who holds the project", "[file][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.balise"));
    auto first = Project::create(path, titled(QStringLiteral("Shared")));
    REQUIRE_FALSE(first->isReadOnly());

    try {
        Project::open(path, ProjectFile::Access::ReadWrite);
        FAIL("a second writer was let in");
    } catch (const ProjectFileError& error) {
        CHECK(error.reason() == Reason::Locked);
        CHECK(error.message().contains(QString::number(QCoreApplication::applicationPid())));
    }
    auto second = Project::open(path, ProjectFile::Access::ReadWriteOrReadOnly);
    CHECK(second->isReadOnly());
    CHECK(second->readOnlyReason().contains(QStringLiteral("already open")));
    second.reset();

    first.reset();
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    auto third = Project::open(path, ProjectFile::Access::ReadWrite);
    CHECK_FALSE(third->isReadOnly());
}

TEST_CASE("A lock left by a crashed process does not block the project", "[file][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crashed.balise"));
    Project::create(path, titled(QStringLiteral("Crashed")));
    // A lock file naming a process that no longer exists, as a crash leaves it.
    QProcess finished;
    finished.start(QStringLiteral("true"), {});
    REQUIRE(finished.waitForFinished());
    const qint64 deadPid = finished.processId() > 0 ? finished.processId() : 999999;
    REQUIRE(test::writeText(path + QStringLiteral(".lock"),
                            QStringLiteral("%1\nBalise\n%2\n").arg(deadPid).arg(QSysInfo::machineHostName())));
    auto project = Project::open(path, ProjectFile::Access::ReadWrite);
    CHECK_FALSE(project->isReadOnly());
}

TEST_CASE("A lock file left empty or garbled by a killed process does not block the project", "[file][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.balise"));
    Project::create(path, titled(QStringLiteral("Killed")));
    // Killed between creating its lock file and writing who it is: the file is empty, or cut short.
    for (const QString& content : {QString(), QStringLiteral("12"), QStringLiteral("\n\n\n")}) {
        REQUIRE(test::writeText(path + QStringLiteral(".lock"), content));
        auto project = Project::open(path, ProjectFile::Access::ReadWrite);
        CHECK_FALSE(project->isReadOnly());
        project->setSettings(project->data().settings);
    }
}

TEST_CASE("A project whose lock cannot be written opens read-only, with the reason", "[file][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sealed.balise"));
    Project::create(path, titled(QStringLiteral("Sealed")));
    // A folder where the lock file should go makes the lock impossible to write, even for root
    // (who ignores permission bits): the same path as a read-only folder or a full disk.
    REQUIRE(QDir().mkpath(path + QStringLiteral(".lock")));
    const QByteArray before = test::readBytes(path);
    auto project = Project::open(path, ProjectFile::Access::ReadWriteOrReadOnly);
    CHECK(project->isReadOnly());
    CHECK(project->readOnlyReason().contains(QStringLiteral("cannot write")));
    CHECK_THROWS_AS(Project::open(path, ProjectFile::Access::ReadWrite), ProjectFileError);
    CHECK(test::readBytes(path) == before);
}

TEST_CASE("Loaded content must satisfy the model's rules", "[file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.balise"));
    {
        auto project = Project::create(path, titled(QStringLiteral("Rules")));
        FrameworkNode objective;
        objective.code = QStringLiteral("O1");
        objective.name = QStringLiteral("Objectif");
        const EntityId o1 = project->addNode(objective);
        FrameworkNode indicator;
        indicator.kind = NodeKind::Indicator;
        indicator.parentId = o1;
        indicator.code = QStringLiteral("I1");
        indicator.name = QStringLiteral("Transparence");
        indicator.indicator.kind = IndicatorKind::Qualitative;
        indicator.indicator.levels = {{QStringLiteral("non"), std::nullopt}, {QStringLiteral("oui"), std::nullopt}};
        project->addNode(indicator);
        DataService service;
        service.name = QStringLiteral("S");
        project->addService(service);
        project->addPeriod(Period::fromLabel(QStringLiteral("2024")));
    }
    const QString pristine = dir.filePath(QStringLiteral("pristine.balise"));
    REQUIRE(QFile::copy(path, pristine));
    auto crafted = [&](const char* sql) {
        QFile::remove(path);
        REQUIRE(QFile::copy(pristine, path));
        runSql(path, sql);
        return refusalOf(path, Reason::Damaged);
    };
    SECTION("a level beyond the indicator's levels")
    {
        crafted("INSERT INTO measurement (service_id, indicator_id, period_id, state, level) "
                "SELECT 1, node_id, 1, 'present', 7 FROM indicator");
    }
    SECTION("a level too large for an integer")
    {
        crafted("INSERT INTO measurement (service_id, indicator_id, period_id, state, level) "
                "SELECT 1, node_id, 1, 'present', 4294967296 FROM indicator");
    }
    SECTION("a missing measurement that carries a value")
    {
        crafted("INSERT INTO measurement (service_id, indicator_id, period_id, state, level) "
                "SELECT 1, node_id, 1, 'missing', 1 FROM indicator");
    }
    SECTION("an objective under an indicator")
    {
        crafted("INSERT INTO framework_node (parent_id, position, kind, code, name, weight) "
                "SELECT node_id, 0, 'objective', 'X', 'X', 1 FROM indicator");
    }
    SECTION("a revision without its content")
    {
        crafted("INSERT INTO vademecum_revision (number, created_at, status, snapshot) "
                "VALUES (1, '2025-01-01T00:00:00.000Z', 'draft', 'not json')");
    }
    SECTION("an unreadable creation date")
    {
        crafted("UPDATE project SET created_at = 'yesterday'");
    }
}
