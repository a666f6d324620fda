// Read-only project files and folders, with the operating system's own permissions: a change is refused
// with a message naming the file, reading still works, and the file is byte-identical afterwards.
// Root ignores permission bits, so when the suite runs as root the command runs as `nobody` (setpriv,
// from util-linux), on a copy of the executable that user can reach.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QProcess>
#include <catch2/catch.hpp>
#include <unistd.h>

using namespace balise;

namespace {

constexpr QFile::Permissions ReadOnly = QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther |
                                        QFile::ExeOwner | QFile::ExeUser | QFile::ExeGroup | QFile::ExeOther;
constexpr QFile::Permissions Everyone =
    ReadOnly | QFile::WriteOwner | QFile::WriteUser | QFile::WriteGroup | QFile::WriteOther;

// Runs balise as a user who is not the owner of the files (and not root).
test::CliResult runAsOtherUser(const QString& folder, const QStringList& arguments)
{
    if (::geteuid() != 0)
        return test::runBalise(arguments);
    const QString executable = QDir(folder).filePath(QStringLiteral("bin/balise"));
    if (!QFileInfo::exists(executable)) {
        REQUIRE(QDir().mkpath(QFileInfo(executable).path()));
        REQUIRE(QFile::copy(QStringLiteral(BALISE_EXECUTABLE), executable));
        REQUIRE(QFile::setPermissions(QFileInfo(executable).path(), ReadOnly));
        REQUIRE(QFile::setPermissions(executable, ReadOnly));
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BALISE_LANG"), QStringLiteral("en"));
    environment.insert(QStringLiteral("HOME"), folder);
    process.setProcessEnvironment(environment);
    QStringList wrapped{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                        QStringLiteral("--clear-groups"), QStringLiteral("--"), executable};
    wrapped.append(arguments);
    process.start(QStringLiteral("setpriv"), wrapped);
    REQUIRE(process.waitForFinished(120000));
    test::CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void requireRefusedAndUnchanged(const QString& folder, const QString& project, const QString& expected)
{
    const QByteArray before = test::readBytes(project);
    const auto imported = runAsOtherUser(
        folder, {QStringLiteral("import"), project, test::samplePath(QStringLiteral("microgrid/measurements.csv"))});
    INFO(test::show(imported));
    CHECK(imported.exitCode == 3);
    CHECK(imported.err.contains(QFileInfo(project).fileName()));
    CHECK(imported.err.contains(expected));
    CHECK_FALSE(imported.err.contains(QStringLiteral("SQLITE")));
    CHECK(test::readBytes(project) == before);
    // Reading needs no write access.
    const auto info = runAsOtherUser(folder, {QStringLiteral("info"), project});
    INFO(test::show(info));
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains(QStringLiteral("17 indicators")));
    CHECK(test::readBytes(project) == before);
}

} // namespace

TEST_CASE("A read-only project file: changes are refused with the reason, reading works, nothing changes",
          "[io][faults][cli]")
{
    QTemporaryDir dir;
    const QString project = test::makeSampleProject(dir.path());
    REQUIRE(QFile::setPermissions(dir.path(), Everyone)); // the folder is writable by all
    REQUIRE(QFile::setPermissions(project,
                                  ReadOnly & ~(QFile::ExeOwner | QFile::ExeUser | QFile::ExeGroup | QFile::ExeOther)));
    requireRefusedAndUnchanged(dir.path(), project, QStringLiteral("read-only"));
}

TEST_CASE("A project in a read-only folder: changes are refused with the reason, reading works, nothing changes",
          "[io][faults][cli]")
{
    QTemporaryDir dir;
    const QString project = test::makeSampleProject(dir.path());
    REQUIRE(QFile::setPermissions(project,
                                  Everyone & ~(QFile::ExeOwner | QFile::ExeUser | QFile::ExeGroup | QFile::ExeOther)));
    REQUIRE(QFile::setPermissions(dir.path(), ReadOnly)); // no journal, no lock can be written there
    requireRefusedAndUnchanged(dir.path(), project, QStringLiteral("cannot write in the folder"));
    REQUIRE(QFile::setPermissions(dir.path(), Everyone)); // so that the folder can be removed
}
