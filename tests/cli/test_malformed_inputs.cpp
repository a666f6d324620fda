// The corpus of malformed inputs (tests/data/malformed, written by make_corpus.py) fed to the command
// line, one importer per test case: every `bad_*` file is refused with exit code 3 and a message a
// user can act on, and the project (or library, or file) it was meant for is byte-identical
// afterwards; every `ok_*` file, an awkward but valid variant, is accepted.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace balise;
using test::CliResult;
using test::runBalise;

namespace {

const QString ServiceName = QStringLiteral("Microgrid Quartier des Tanneurs");

QStringList corpus(const QString& importer)
{
    const QDir dir(QStringLiteral(BALISE_TEST_DATA_DIR "/malformed/") + importer);
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    QStringList paths;
    for (const QString& name : files)
        paths.append(dir.filePath(name));
    return paths;
}

bool isBad(const QString& path)
{
    return QFileInfo(path).fileName().startsWith(QStringLiteral("bad_"));
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A folder's files and their bytes, to show that nothing in it changed.
QByteArray folderDigest(const QString& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    for (const QString& file : files) {
        hash.addData(file.toUtf8());
        hash.addData(bytesOf(file));
    }
    return hash.result().toHex();
}

// Each case runs in one of the two languages of messages, in turn.
struct Runner
{
    QTemporaryDir home;
    int runs = 0;

    CliResult run(const QStringList& arguments)
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("BALISE_LANG"), runs++ % 2 ? QStringLiteral("fr") : QStringLiteral("en"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        return runBalise(arguments, environment);
    }
};

// A refusal a user can act on: exit code 3, a message naming the file, no internal vocabulary, no
// line flooded with the file's content, and a bounded length even when every line is wrong.
void requireClearRefusal(const CliResult& result, const QString& file)
{
    INFO(test::show(result).substr(0, 4000));
    CHECK(result.exitCode == 3);
    const QString message = result.err.trimmed();
    CHECK_FALSE(message.isEmpty());
    if (message.isEmpty())
        return;
    CHECK(message.contains(QFileInfo(file).fileName()));
    for (const char* internal : {"std::", "exception", "Boost", "boost::", "SQLITE_", "sqlite3", "Q_ASSERT",
                                 "terminate called", "QSql", "XDG_", "runtime error", "nullptr"})
        CHECK_FALSE(message.contains(QLatin1String(internal), Qt::CaseInsensitive));
    CHECK(message.size() < 20000);
    for (const QString& line : message.split(QLatin1Char('\n')))
        CHECK(line.size() <= 600);
}

void requireAccepted(const CliResult& result)
{
    INFO(test::show(result).substr(0, 4000));
    CHECK(result.exitCode == 0);
}

// The project the importers work on: the French micro-grid template, its sample services and four
// years of measurements — a vade-mecum, a questionnaire and every kind of indicator.
QString makeBaseProject(Runner& runner, const QString& directory)
{
    const QString project = QDir(directory).filePath(QStringLiteral("base.balise"));
    const QList<QStringList> steps{
        {QStringLiteral("new"), project, QStringLiteral("--template"), QStringLiteral("micro-grid"),
         QStringLiteral("--name"), QStringLiteral("Val d'Ardoise")},
        {QStringLiteral("import"), project, test::samplePath(QStringLiteral("microgrid/services.csv"))},
        {QStringLiteral("import"), project, test::samplePath(QStringLiteral("microgrid/measurements.csv"))}};
    for (const QStringList& step : steps) {
        runner.runs = 1; // French: the template's levels are those the sample's measurements use
        const CliResult result = runner.run(step);
        INFO(test::show(result));
        REQUIRE(result.exitCode == 0);
    }
    return project;
}

// Imports each file of `importer` into a copy of the base project with `arguments` (FILE stands for
// the corpus file, PROJECT for the copy).
void importEach(const QString& importer, const QStringList& arguments)
{
    Runner runner;
    QTemporaryDir dir;
    const QString base = makeBaseProject(runner, dir.path());
    const QString work = dir.filePath(QStringLiteral("work.balise"));
    const QStringList files = corpus(importer);
    REQUIRE(files.size() >= 100);
    int refused = 0;
    for (const QString& file : files) {
        INFO(QFileInfo(file).fileName().toStdString());
        QFile::remove(work);
        REQUIRE(QFile::copy(base, work));
        const QByteArray before = bytesOf(work);
        QStringList args = arguments;
        args.replaceInStrings(QStringLiteral("PROJECT"), work);
        args.replaceInStrings(QStringLiteral("FILE"), file);
        const CliResult result = runner.run(args);
        if (isBad(file)) {
            requireClearRefusal(result, file);
            CHECK(bytesOf(work) == before);
            CHECK_FALSE(QFileInfo::exists(work + QStringLiteral("-journal")));
            ++refused;
        } else {
            requireAccepted(result);
        }
    }
    CHECK(refused >= 90);
}

// Runs `command` to create `created` from each file, which must not exist after a refusal.
void createEach(const QString& importer, const QStringList& arguments)
{
    Runner runner;
    QTemporaryDir dir;
    const QString created = dir.filePath(QStringLiteral("new.balise"));
    const QStringList files = corpus(importer);
    REQUIRE(files.size() >= 100);
    for (const QString& file : files) {
        INFO(QFileInfo(file).fileName().toStdString());
        QStringList args = arguments;
        args.replaceInStrings(QStringLiteral("NEW"), created);
        args.replaceInStrings(QStringLiteral("FILE"), file);
        const CliResult result = runner.run(args);
        if (isBad(file)) {
            requireClearRefusal(result, file);
            // Nothing left behind: no project, no journal, no lock.
            CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        } else {
            requireAccepted(result);
            CHECK(QFileInfo::exists(created));
        }
        for (const QString& left : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden))
            QFile::remove(dir.filePath(left));
    }
}

// --- project files: the corpus's three kinds of case --------------------------------------------------

bool runSql(const QString& path, const QByteArray& statements)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    char* error = nullptr;
    const QByteArray script = "PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON; " + statements;
    const int rc = sqlite3_exec(db, script.constData(), nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    CHECK(rc == SQLITE_OK);
    return rc == SQLITE_OK;
}

// An offset of the damage language: N, -N (from the end) or P% (of the size).
qint64 offsetIn(const QByteArray& word, qint64 size)
{
    if (word.endsWith('%'))
        return size * word.chopped(1).toLongLong() / 100;
    const qint64 n = word.toLongLong(nullptr, 0);
    return n < 0 ? size + n : n;
}

void damage(const QString& path, const QByteArray& recipe)
{
    QByteArray bytes = bytesOf(path);
    QRandomGenerator random(2026);
    for (const QByteArray& line : recipe.split('\n')) {
        const QList<QByteArray> w = line.simplified().split(' ');
        if (w.size() < 2)
            continue;
        const qint64 at = offsetIn(w[1], bytes.size());
        if (w[0] == "truncate") {
            bytes.truncate(at);
        } else if (w[0] == "byte") {
            bytes[at] = static_cast<char>(w[2].toInt(nullptr, 0));
        } else if (w[0] == "zero" || w[0] == "garbage") {
            const qint64 count = std::min<qint64>(w[2].toLongLong(), bytes.size() - at);
            for (qint64 i = 0; i < count; ++i)
                bytes[at + i] = w[0] == "zero" ? '\0' : static_cast<char>(random.bounded(256));
        } else if (w[0] == "flip-every-page") {
            for (qint64 page = 0; page + at < bytes.size(); page += 4096)
                bytes[page + at] = static_cast<char>(bytes[page + at] ^ 0x5a);
        } else if (w[0] == "append") {
            bytes.append(QByteArray(at, static_cast<char>(w[2].toInt(nullptr, 0))));
        } else {
            FAIL("unknown damage " << line.toStdString());
        }
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

TEST_CASE("Malformed measurement files are refused with a message and leave the project unchanged", "[malformed][cli]")
{
    importEach(QStringLiteral("measurement_csv"),
               {QStringLiteral("import"), QStringLiteral("PROJECT"), QStringLiteral("FILE")});
}

TEST_CASE("Malformed questionnaire answers are refused with a message and leave the project unchanged",
          "[malformed][cli]")
{
    importEach(QStringLiteral("answers_csv"), {QStringLiteral("import"), QStringLiteral("PROJECT"),
                                               QStringLiteral("FILE"), QStringLiteral("--answers"), ServiceName});
}

TEST_CASE("Malformed framework files are refused with a message and create no project", "[malformed][cli]")
{
    createEach(QStringLiteral("framework_csv"),
               {QStringLiteral("new"), QStringLiteral("NEW"), QStringLiteral("--framework"), QStringLiteral("FILE")});
}

TEST_CASE("Malformed project documents in JSON are refused with a message and create no project", "[malformed][cli]")
{
    createEach(QStringLiteral("project_json"),
               {QStringLiteral("import"), QStringLiteral("NEW"), QStringLiteral("FILE")});
}

TEST_CASE("Malformed template archives are refused with a message and leave the library unchanged", "[malformed][cli]")
{
    Runner runner;
    const QString library = runner.home.filePath(QStringLiteral("data"));
    REQUIRE(QDir().mkpath(library));
    const QStringList files = corpus(QStringLiteral("template_archive"));
    REQUIRE(files.size() >= 100);
    for (const QString& file : files) {
        INFO(QFileInfo(file).fileName().toStdString());
        const QByteArray before = folderDigest(library);
        const CliResult result = runner.run({QStringLiteral("templates"), QStringLiteral("import"), file});
        if (isBad(file)) {
            requireClearRefusal(result, file);
            CHECK(folderDigest(library) == before);
        } else {
            requireAccepted(result);
            CHECK(folderDigest(library) != before);
            // Each valid archive is imported into an empty library.
            REQUIRE(QDir(library).removeRecursively());
            REQUIRE(QDir().mkpath(library));
        }
    }
}

TEST_CASE("Damaged or crafted project files are refused with a message and left byte-identical", "[malformed][cli]")
{
    Runner runner;
    QTemporaryDir dir;
    const QString base = makeBaseProject(runner, dir.path());
    const QString work = dir.filePath(QStringLiteral("work.balise"));
    const QString measurements = test::samplePath(QStringLiteral("microgrid/measurements.csv"));
    const QStringList files = corpus(QStringLiteral("project_file"));
    REQUIRE(files.size() >= 100);
    for (const QString& file : files) {
        INFO(QFileInfo(file).fileName().toStdString());
        QFile::remove(work);
        if (file.endsWith(QStringLiteral(".balise"))) {
            REQUIRE(QFile::copy(file, work));
            REQUIRE(QFile::setPermissions(work, QFile::ReadOwner | QFile::WriteOwner));
        } else {
            REQUIRE(QFile::copy(base, work));
            REQUIRE(QFile::setPermissions(work, QFile::ReadOwner | QFile::WriteOwner));
            if (file.endsWith(QStringLiteral(".sql"))) {
                if (!runSql(work, bytesOf(file)))
                    continue;
            } else {
                damage(work, bytesOf(file));
            }
        }
        const QByteArray before = bytesOf(work);
        for (const char* command : {"info", "evaluate"}) {
            const CliResult result = runner.run({QLatin1String(command), work});
            if (isBad(file))
                requireClearRefusal(result, work);
            else
                requireAccepted(result);
            CHECK(bytesOf(work) == before);
        }
        if (isBad(file)) {
            // Opened for writing, as the workbench and an import open it: the lock is taken and an older
            // file would be backed up and migrated first. Refused all the same, and nothing is left
            // behind: no lock, no migration backup, no journal.
            const CliResult result = runner.run({QStringLiteral("import"), work, measurements});
            requireClearRefusal(result, work);
            CHECK(bytesOf(work) == before);
            CHECK(QDir(dir.path()).entryList({QStringLiteral("work.balise?*")}, QDir::Files | QDir::Hidden) ==
                  QStringList());
        }
        QFile::remove(work + QStringLiteral("-journal"));
    }
}
