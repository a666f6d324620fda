// Two processes on one project: while one has it open for writing, another's changes are refused with
// the name of the program, the process and the machine that hold it, and it can still be read; once
// the first is gone, the second gets it.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QProcess>
#include <QSysInfo>
#include <catch2/catch.hpp>

using namespace balise;

TEST_CASE("A project open in another process: changes are refused naming who holds it, reading works", "[cli][lock]")
{
    QTemporaryDir dir;
    const QString project = test::makeSampleProject(dir.path());
    QProcess holder;
    holder.start(QStringLiteral(BALISE_CRASH_WORKER), {project, QStringLiteral("--open")});
    REQUIRE(holder.waitForReadyRead(30000));
    REQUIRE(holder.readAllStandardOutput().startsWith("done 1"));
    const QByteArray before = test::readBytes(project);

    const auto imported = test::runBalise({QStringLiteral("import"), project,
                                           test::samplePath(QStringLiteral("microgrid/measurements_2026_wide.csv")),
                                           QStringLiteral("--period"), QStringLiteral("2027")});
    INFO(test::show(imported));
    CHECK(imported.exitCode == 3);
    CHECK(imported.err.contains(QStringLiteral("already open")));
    // (The holder's program names itself by its file name, as QCoreApplication does by default.)
    CHECK(imported.err.contains(QStringLiteral("open in balise_crash_worker")));
    CHECK(imported.err.contains(QString::number(holder.processId())));
    CHECK(imported.err.contains(QSysInfo::machineHostName()));
    CHECK(test::readBytes(project) == before);

    const auto info = test::runBalise({QStringLiteral("info"), project});
    INFO(test::show(info));
    CHECK(info.exitCode == 0);

    holder.kill();
    REQUIRE(holder.waitForFinished(30000));
    // The holder is gone (its lock is stale): the project is free again.
    const auto again = test::runBalise({QStringLiteral("import"), project,
                                        test::samplePath(QStringLiteral("microgrid/measurements_2026_wide.csv")),
                                        QStringLiteral("--period"), QStringLiteral("2027")});
    INFO(test::show(again));
    CHECK(again.exitCode == 0);
}
