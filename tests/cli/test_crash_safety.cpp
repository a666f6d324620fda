// Crash safety: a child process edits a project (tests/reliability/crash_worker.cpp) and is killed
// with SIGKILL at a random moment, again and again. After each kill the project opens (which runs
// integrity_check and foreign_key_check, and takes over the dead process's lock) and holds exactly
// the last committed state: that of the last edit the child reported done — or, when the kill came
// between "begin K" and "done K", possibly edit K itself — as a replay of the same run gives it.
// BALISE_CRASH_KILLS sets the number of kills (200 by default; tests/RELIABILITY.md).
#include "CliRunner.h"
#include "ContentDigest.h"
#include "Project.h"
#include "ProjectJson.h"
#include "StorageError.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>
#include <random>
#include <signal.h>
#include <sqlite3.h>

using namespace balise;

namespace {

QByteArray replay(const QString& initial, const QString& scratch, unsigned seed, int edits)
{
    QFile::remove(scratch);
    REQUIRE(QFile::copy(initial, scratch));
    QProcess worker;
    worker.start(QStringLiteral(BALISE_CRASH_WORKER),
                 {scratch, QString::number(seed), QStringLiteral("--replay"), QString::number(edits)});
    REQUIRE(worker.waitForFinished(120000));
    return worker.readAllStandardOutput().trimmed();
}

} // namespace

TEST_CASE("A project killed at random moments while it is edited holds its last committed state", "[crash]")
{
    QTemporaryDir dir;
    const QString initial = test::makeSampleProject(dir.path());
    const QString work = dir.filePath(QStringLiteral("work.balise"));
    const QString scratch = dir.filePath(QStringLiteral("replay.balise"));
    const int kills =
        qEnvironmentVariableIsSet("BALISE_CRASH_KILLS") ? qEnvironmentVariableIntValue("BALISE_CRASH_KILLS") : 200;
    std::mt19937 random(20261202u);
    int afterCommit = 0, editsSeen = 0;
    QElapsedTimer clock;
    clock.start();
    for (int run = 1; run <= kills; ++run) {
        INFO("run " << run);
        QFile::remove(work);
        REQUIRE(QFile::copy(initial, work));
        const unsigned seed = static_cast<unsigned>(run);
        QProcess worker;
        worker.start(QStringLiteral(BALISE_CRASH_WORKER), {work, QString::number(seed)});
        REQUIRE(worker.waitForStarted());
        // Wait for the first report, then a random while (0–250 ms: from the first edit to some sixty).
        REQUIRE(worker.waitForReadyRead(30000));
        QThread::msleep(random() % 250);
        ::kill(static_cast<pid_t>(worker.processId()), SIGKILL);
        REQUIRE(worker.waitForFinished(30000));
        CHECK(worker.exitStatus() == QProcess::CrashExit);

        int doneEdits = -1, begun = -1;
        for (const QByteArray& line : worker.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> words = line.split(' ');
            if (words.size() == 2 && words[0] == "done")
                doneEdits = words[1].toInt();
            else if (words.size() == 2 && words[0] == "begin")
                begun = words[1].toInt();
        }
        REQUIRE(doneEdits >= 0);
        editsSeen += doneEdits;

        std::unique_ptr<Project> reopened;
        REQUIRE_NOTHROW(reopened = Project::open(work, ProjectFile::Access::ReadWrite));
        const QByteArray found = test::contentDigest(*reopened);
        reopened.reset();
        // The state of the last edit reported done, or — killed after the next edit's commit and
        // before its report — that edit's; nothing in between.
        if (found == replay(initial, scratch, seed, doneEdits))
            continue;
        REQUIRE(begun == doneEdits + 1);
        ++afterCommit;
        CHECK(found == replay(initial, scratch, seed, begun));
    }
    WARN("crash safety: " << kills << " kills, " << editsSeen << " edits reported committed before them, "
                          << afterCommit << " kills between a commit and its report, " << clock.elapsed() << " ms");
}

namespace {

// Starts the worker with `arguments`, waits for its first report and a random while, and kills it.
void startAndKill(const QStringList& arguments, std::mt19937& random, int maxMilliseconds)
{
    QProcess worker;
    worker.start(QStringLiteral(BALISE_CRASH_WORKER), arguments);
    REQUIRE(worker.waitForStarted());
    QThread::msleep(random() % static_cast<unsigned>(maxMilliseconds));
    ::kill(static_cast<pid_t>(worker.processId()), SIGKILL);
    REQUIRE(worker.waitForFinished(30000));
}

// Builds a version-1 project file from its frozen fixture script with the plain SQLite API.
void makeVersionOneFile(const QString& path)
{
    QFile::remove(path);
    const QByteArray script = test::readBytes(QStringLiteral(BALISE_TEST_DATA_DIR "/schema_v1_project.sql"));
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    const int rc = sqlite3_exec(db, script.constData(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

QByteArray digestOf(const QString& path)
{
    std::unique_ptr<Project> project;
    REQUIRE_NOTHROW(project = Project::open(path, ProjectFile::Access::ReadWrite));
    return test::contentDigest(*project);
}

} // namespace

TEST_CASE("A migration killed at random moments leaves the old file or the migrated one, never a mix", "[crash]")
{
    QTemporaryDir dir;
    const QString clean = dir.filePath(QStringLiteral("clean.balise"));
    makeVersionOneFile(clean);
    const QByteArray expected = digestOf(clean); // migrated without interruption
    const QString work = dir.filePath(QStringLiteral("old.balise"));
    std::mt19937 random(20261203u);
    const int kills = qEnvironmentVariableIsSet("BALISE_CRASH_KILLS")
                          ? std::max(10, qEnvironmentVariableIntValue("BALISE_CRASH_KILLS") / 4)
                          : 50;
    int migrated = 0, inside = 0, before = 0, interrupted = 0;
    for (int run = 1; run <= kills; ++run) {
        INFO("run " << run);
        makeVersionOneFile(work);
        QFile::remove(work + QStringLiteral(".v1.bak"));
        startAndKill({work, QStringLiteral("--open")}, random, 60);
        // A hot journal: killed inside the migration's transaction, which SQLite rolls back on opening.
        const bool killedInside = QFileInfo(work + QStringLiteral("-journal")).size() > 0;
        try {
            auto peek = Project::open(work, ProjectFile::Access::ReadOnly);
            if (killedInside)
                ++inside;
            else if (peek->file().versionOnDisk() != 1)
                ++migrated;
            else
                ++before;
        } catch (const StorageError& error) {
            // Read-only after a crash inside the migration: SQLite's hot journal must be rolled back first.
            ++interrupted;
            FAIL_CHECK("refused read-only after a kill: " << error.message().toStdString());
        }
        // Whichever it is, opening it (and migrating it if still old) gives the same content.
        CHECK(digestOf(work) == expected);
    }
    WARN("migration crash safety: " << kills << " kills, " << migrated << " after the migration was committed, "
                                    << inside << " inside it, " << before << " before it, " << interrupted
                                    << " refused read-only");
}

TEST_CASE("Save As killed at random moments never leaves a partial project under either name", "[crash]")
{
    QTemporaryDir dir;
    const QString initial = test::makeSampleProject(dir.path());
    const QByteArray expected = digestOf(initial);
    const QString work = dir.filePath(QStringLiteral("work.balise"));
    const QString copy = dir.filePath(QStringLiteral("copy.balise"));
    std::mt19937 random(20261204u);
    const int kills = qEnvironmentVariableIsSet("BALISE_CRASH_KILLS")
                          ? std::max(10, qEnvironmentVariableIntValue("BALISE_CRASH_KILLS") / 4)
                          : 50;
    for (int run = 1; run <= kills; ++run) {
        INFO("run " << run);
        QFile::remove(work);
        QFile::remove(copy);
        REQUIRE(QFile::copy(initial, work));
        startAndKill({work, QStringLiteral("--save-as"), copy}, random, 400);
        // Each name holds the whole project or, for the copy, nothing yet.
        CHECK(digestOf(work) == expected);
        if (QFileInfo::exists(copy))
            CHECK(digestOf(copy) == expected);
    }
}

TEST_CASE("A project cut short in a transaction opens read-only at its last committed state", "[crash][io]")
{
    QTemporaryDir dir;
    const QString project = test::makeSampleProject(dir.path());
    const QByteArray expected = digestOf(project);
    QProcess worker;
    worker.start(QStringLiteral(BALISE_CRASH_WORKER), {project, QStringLiteral("--cut-transaction")});
    REQUIRE(worker.waitForReadyRead(60000));
    ::kill(static_cast<pid_t>(worker.processId()), SIGKILL);
    REQUIRE(worker.waitForFinished(30000));
    REQUIRE(QFileInfo(project + QStringLiteral("-journal")).size() > 0); // a hot journal, as a crash leaves it
    // What `balise info` and a read-only window do: SQLite's recovery runs first, then the reading.
    const auto info = test::runBalise({QStringLiteral("info"), project});
    INFO(test::show(info));
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains(QStringLiteral("Val d'Ardoise")));
    CHECK_FALSE(QFileInfo::exists(project + QStringLiteral("-journal")));
    std::unique_ptr<Project> reopened;
    REQUIRE_NOTHROW(reopened = Project::open(project, ProjectFile::Access::ReadOnly));
    CHECK(test::contentDigest(*reopened) == expected);
}
