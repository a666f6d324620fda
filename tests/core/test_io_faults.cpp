// I/O faults under an open project: a disk that fills up (an SQLite VFS that refuses writes past a
// byte budget), the project file deleted, moved or replaced by another program while it is open. Each
// gives a clear message; nothing already committed is lost; the project stays usable, and Save As
// keeps the work. Read-only files and folders are tested through the command line
// (tests/cli/test_io_faults.cpp), stale locks in test_project_file.cpp.
#include "Project.h"
#include "ProjectJson.h"
#include "StorageError.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <cstring>
#include <sqlite3.h>

using namespace balise;

namespace {

// A VFS in front of the default one whose files refuse to grow the disk once `budget` bytes have been
// written, as a full disk does (SQLITE_FULL). While a guard lives it is the default VFS, so every
// connection Balise opens goes through it.
class FullDiskVfs
{
public:
    FullDiskVfs()
    {
        m_real = sqlite3_vfs_find(nullptr);
        s_instance = this;
        m_vfs = *m_real;
        m_vfs.zName = "balise-full-disk";
        m_vfs.szOsFile = static_cast<int>(sizeof(File)) + m_real->szOsFile;
        m_vfs.xOpen = &FullDiskVfs::open;
        m_vfs.pNext = nullptr;
        REQUIRE(sqlite3_vfs_register(&m_vfs, 1) == SQLITE_OK);
    }
    ~FullDiskVfs()
    {
        sqlite3_vfs_unregister(&m_vfs);
        sqlite3_vfs_register(m_real, 1);
        s_instance = nullptr;
    }
    FullDiskVfs(const FullDiskVfs&) = delete;
    FullDiskVfs& operator=(const FullDiskVfs&) = delete;

    // Bytes that can still be written; negative: no limit.
    void setBudget(qint64 bytes) { m_budget = bytes; }
    int refusals() const { return m_refusals; }

private:
    struct File
    {
        sqlite3_file base;
        sqlite3_file* real;
    };

    static sqlite3_file* real(sqlite3_file* file) { return reinterpret_cast<File*>(file)->real; }

    static int open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
    {
        auto* wrapper = reinterpret_cast<File*>(file);
        wrapper->real = reinterpret_cast<sqlite3_file*>(wrapper + 1);
        const int rc = s_instance->m_real->xOpen(s_instance->m_real, name, wrapper->real, flags, outFlags);
        wrapper->base.pMethods = rc == SQLITE_OK ? &s_methods : nullptr;
        return rc;
    }

    static int write(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset)
    {
        FullDiskVfs& self = *s_instance;
        if (self.m_budget >= 0) {
            if (self.m_budget < amount) {
                ++self.m_refusals;
                return SQLITE_FULL;
            }
            self.m_budget -= amount;
        }
        return real(file)->pMethods->xWrite(real(file), data, amount, offset);
    }

    static int close(sqlite3_file* file)
    {
        const int rc = real(file)->pMethods->xClose(real(file));
        file->pMethods = nullptr;
        return rc;
    }
    static int read(sqlite3_file* f, void* d, int n, sqlite3_int64 o)
    {
        return real(f)->pMethods->xRead(real(f), d, n, o);
    }
    static int truncate(sqlite3_file* f, sqlite3_int64 size) { return real(f)->pMethods->xTruncate(real(f), size); }
    static int sync(sqlite3_file* f, int flags) { return real(f)->pMethods->xSync(real(f), flags); }
    static int fileSize(sqlite3_file* f, sqlite3_int64* size) { return real(f)->pMethods->xFileSize(real(f), size); }
    static int lock(sqlite3_file* f, int level) { return real(f)->pMethods->xLock(real(f), level); }
    static int unlock(sqlite3_file* f, int level) { return real(f)->pMethods->xUnlock(real(f), level); }
    static int checkReserved(sqlite3_file* f, int* out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); }
    static int control(sqlite3_file* f, int op, void* arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); }
    static int sectorSize(sqlite3_file* f) { return real(f)->pMethods->xSectorSize(real(f)); }
    static int characteristics(sqlite3_file* f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }

    // Version 1 of the methods: no shared memory (Balise uses a rollback journal) and no memory mapping.
    static inline const sqlite3_io_methods s_methods = {1,
                                                        &FullDiskVfs::close,
                                                        &FullDiskVfs::read,
                                                        &FullDiskVfs::write,
                                                        &FullDiskVfs::truncate,
                                                        &FullDiskVfs::sync,
                                                        &FullDiskVfs::fileSize,
                                                        &FullDiskVfs::lock,
                                                        &FullDiskVfs::unlock,
                                                        &FullDiskVfs::checkReserved,
                                                        &FullDiskVfs::control,
                                                        &FullDiskVfs::sectorSize,
                                                        &FullDiskVfs::characteristics,
                                                        nullptr,
                                                        nullptr,
                                                        nullptr,
                                                        nullptr,
                                                        nullptr,
                                                        nullptr};

    static inline FullDiskVfs* s_instance = nullptr;
    sqlite3_vfs m_vfs{};
    sqlite3_vfs* m_real = nullptr;
    qint64 m_budget = -1;
    int m_refusals = 0;
};

std::unique_ptr<Project> makeProject(const QString& path)
{
    QString error;
    auto project = ProjectJson::createProject(
        path, test::readBytes(QStringLiteral(BALISE_TEST_DATA_DIR "/malformed/base/project.json")), error);
    INFO(error.toStdString());
    REQUIRE(project);
    return project;
}

// Every measurement of the project one more than it was: one transaction touching many pages.
QList<Measurement> raised(const ProjectData& data, double by)
{
    QList<Measurement> changed;
    for (Measurement m : data.measurements)
        if (m.value) {
            *m.value += by;
            changed.append(m);
        }
    return changed;
}

DataService newService(const QString& name)
{
    DataService service;
    service.name = name;
    return service;
}

} // namespace

TEST_CASE("A full disk refuses the change with a message, keeps the last committed state, and the project goes on",
          "[io][faults]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.balise"));
    FullDiskVfs disk;
    auto project = makeProject(path);
    // Budgets from nothing at all to part of the journal and part of the database pages.
    for (const qint64 budget : {0, 100, 512, 4096, 5000, 9000, 20000}) {
        INFO("budget " << budget);
        const QByteArray committed = ProjectJson::write(project->data());
        disk.setBudget(budget);
        const int before = disk.refusals();
        try {
            project->changeMeasurements(raised(project->data(), 1.0), {});
            project->addService(newService(QStringLiteral("Service %1").arg(budget)));
            // The budget sufficed for both: they are committed.
        } catch (const StorageError& error) {
            CHECK(error.message().contains(QStringLiteral("disk is full")));
            CHECK(disk.refusals() > before);
        }
        disk.setBudget(-1);
        const QByteArray afterFault = ProjectJson::write(project->data());
        // What the project shows is what the file holds: reopened, it is the same.
        project.reset();
        project = Project::open(path, ProjectFile::Access::ReadWrite);
        CHECK(ProjectJson::write(project->data()) == afterFault);
        if (disk.refusals() > before && budget == 0)
            CHECK(afterFault == committed);
        // Space again: the same change now goes through.
        REQUIRE_NOTHROW(project->changeMeasurements(raised(project->data(), 0.5), {}));
    }
    CHECK(disk.refusals() >= 3);
}

TEST_CASE("Save As to a full disk leaves no half-written copy and the open project as it was", "[io][faults]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("original.balise"));
    const QString copy = dir.filePath(QStringLiteral("copy.balise"));
    FullDiskVfs disk;
    auto project = makeProject(path);
    const QByteArray committed = ProjectJson::write(project->data());
    disk.setBudget(3000);
    try {
        project->saveAs(copy);
        FAIL("Save As to a full disk went through");
    } catch (const StorageError& error) {
        CHECK(error.message().contains(QStringLiteral("copy.balise: the disk is full")));
        CHECK_FALSE(error.message().contains(QStringLiteral("copy.balise."))); // not the temporary file
    }
    disk.setBudget(-1);
    CHECK_FALSE(QFileInfo::exists(copy));
    CHECK(project->filePath() == QFileInfo(path).absoluteFilePath());
    REQUIRE_NOTHROW(project->addService(newService(QStringLiteral("Après l'échec"))));
    project.reset();
    CHECK(ProjectJson::write(Project::open(path, ProjectFile::Access::ReadOnly)->data()) != committed);
}

TEST_CASE("A project file deleted while it is open: changes are refused with the reason, Save As keeps the work",
          "[io][faults]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deleted.balise"));
    auto project = makeProject(path);
    project->addService(newService(QStringLiteral("Saisi avant la suppression")));
    const QByteArray before = ProjectJson::write(project->data());
    REQUIRE(QFile::remove(path));
    try {
        project->addService(newService(QStringLiteral("Perdu")));
        FAIL("a change was written to a deleted file");
    } catch (const StorageError& error) {
        CHECK(error.message().contains(QStringLiteral("deleted or moved")));
        CHECK(error.message().contains(QStringLiteral("Save As")));
    }
    CHECK(ProjectJson::write(project->data()) == before);
    const QString rescued = dir.filePath(QStringLiteral("rescued.balise"));
    REQUIRE_NOTHROW(project->saveAs(rescued));
    // On the rescued copy, work goes on.
    REQUIRE_NOTHROW(project->addService(newService(QStringLiteral("Après le sauvetage"))));
    project.reset();
    auto reopened = Project::open(rescued, ProjectFile::Access::ReadOnly);
    CHECK(reopened->data().findServiceByName(QStringLiteral("Saisi avant la suppression")));
    CHECK(reopened->data().findServiceByName(QStringLiteral("Après le sauvetage")));
}

TEST_CASE("A project file replaced while it is open is left as the other program wrote it", "[io][faults]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("replaced.balise"));
    const QString other = dir.filePath(QStringLiteral("other.balise"));
    auto project = makeProject(path);
    makeProject(other).reset();
    // A synchronisation client puts its own version in place, as a rename over the file.
    REQUIRE(std::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData()) == 0);
    const QByteArray theirs = test::readBytes(path);
    try {
        project->addService(newService(QStringLiteral("Écrit sur le fichier remplacé")));
        FAIL("a change was written over a replaced file");
    } catch (const StorageError& error) {
        CHECK(error.message().contains(QStringLiteral("replaced")));
    }
    CHECK(test::readBytes(path) == theirs);
    CHECK_FALSE(project->data().findServiceByName(QStringLiteral("Écrit sur le fichier remplacé")));
}
