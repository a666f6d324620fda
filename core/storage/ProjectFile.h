#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>

class QLockFile;

namespace balise {

class SqliteConnection;

// An open project file: its SQLite connection and, when writable, the lock that tells other Balise
// processes who has it open. Opening checks, in order and before anything can be written, that the
// path is a regular non-empty SQLite file whose header is whole, that it carries Balise's
// application_id and a schema version this build knows, and that integrity_check and
// foreign_key_check pass. Older files are migrated after a backup copy.
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)

public:
    enum class Access
    {
        ReadWrite,           // refuse when another process holds the lock
        ReadWriteOrReadOnly, // fall back to read-only when locked or not writable
        ReadOnly
    };

    // Creates a new project file; refuses to overwrite an existing file. `initialise` writes the first
    // content in the same transaction as the schema, so a crash leaves either no project or a whole one.
    static std::unique_ptr<ProjectFile> create(const QString& path,
                                               const std::function<void(SqliteConnection&)>& initialise);
    // Reads the whole content of an opened file and throws StorageError when it is not acceptable.
    using ContentCheck = std::function<void(SqliteConnection&)>;

    // Throws ProjectFileError with a one-sentence reason; nothing on disk is changed on failure.
    // `check` runs on the (migrated) content before a migration is committed: a file whose content
    // fails it is refused as damaged and left exactly as it was.
    static std::unique_ptr<ProjectFile> open(const QString& path, Access access, const ContentCheck& check = {});

    ~ProjectFile();
    ProjectFile(const ProjectFile&) = delete;
    ProjectFile& operator=(const ProjectFile&) = delete;

    SqliteConnection& connection() { return *m_connection; }
    const QString& path() const { return m_path; }
    bool isReadOnly() const;
    // Why the file was opened read-only when write access was asked for ("open in Balise by …").
    const QString& readOnlyReason() const { return m_readOnlyReason; }
    // Schema version found on disk before migration (equal to Schema::currentVersion when none ran).
    int versionOnDisk() const { return m_versionOnDisk; }
    // Copy kept before a migration (empty when none ran).
    const QString& migrationBackup() const { return m_migrationBackup; }

    // Writes a complete, checked copy to `target` through SQLite's backup API (via a temporary file
    // renamed into place). Does not change which file this object has open.
    void copyTo(const QString& target) const;

    // Throws StorageError when the file at path() is no longer the one opened: deleted, moved away or
    // replaced by another program (a synchronisation client, a file manager). Writing on would go to a
    // file nobody will see again; the open connection still reads the old one, so Save As keeps the work.
    // The project calls it before every write.
    void requireStillInPlace() const;
    // Who holds the lock of `path`, in one sentence, or an empty string when nobody does.
    static QString lockHolder(const QString& path);

private:
    ProjectFile() = default;
    static void checkBytes(const QString& path);
    void checkContents(int& version);
    void checkTables();
    void discardMigrationBackup();
    void acquireLock(Access access);

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<SqliteConnection> m_connection;
    QString m_readOnlyReason;
    QString m_migrationBackup;
    int m_versionOnDisk = 0;
    // Identity of the file opened (device and inode), to notice it being replaced.
    quint64 m_device = 0;
    quint64 m_inode = 0;
    void rememberIdentity();
};

} // namespace balise
