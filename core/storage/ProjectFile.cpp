#include "ProjectFile.h"

#include "ProjectFileError.h"
#include "Schema.h"
#include "SqliteConnection.h"
#include "SqliteStatement.h"
#include "SqliteTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryFile>
#include <QtEndian>
#include <cstdio>
#include <sqlite3.h>
#include <sys/stat.h>

namespace balise {
namespace {

using Reason = ProjectFileError::Reason;

QString lockPathFor(const QString& path)
{
    return path + QStringLiteral(".lock");
}

QString displayName(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Runs integrity_check / foreign_key_check and returns the first problem reported, or an empty string.
QString firstProblem(SqliteConnection& connection, const char* sql, bool okRowMeansFine)
{
    SqliteStatement check(connection, sql);
    if (!check.step())
        return {};
    const QString first = check.text(0);
    if (okRowMeansFine && first == QLatin1String("ok"))
        return {};
    return first.isEmpty() ? QStringLiteral("foreign key") : first;
}

} // namespace

ProjectFile::~ProjectFile()
{
    m_connection.reset(); // close the database before releasing the lock
    m_lock.reset();
}

// Writable exactly when this process holds the lock (a migrated read-only copy lives in memory).
bool ProjectFile::isReadOnly() const
{
    return m_lock == nullptr;
}

std::unique_ptr<ProjectFile> ProjectFile::create(const QString& path,
                                                 const std::function<void(SqliteConnection&)>& initialise)
{
    const QFileInfo info(path);
    if (info.exists())
        throw ProjectFileError(Reason::AlreadyExists,
                               tr("%1 already exists: choose another name or remove it first.").arg(displayName(path)));
    if (!info.absoluteDir().exists())
        throw ProjectFileError(Reason::WriteFailed,
                               tr("The folder %1 does not exist.").arg(displayName(info.absolutePath())));
    std::unique_ptr<ProjectFile> file(new ProjectFile);
    file->m_path = info.absoluteFilePath();
    file->acquireLock(Access::ReadWrite);
    try {
        file->m_connection = std::make_unique<SqliteConnection>(file->m_path, SqliteConnection::Mode::Create);
        file->m_connection->useDurableJournal();
        SqliteTransaction transaction(*file->m_connection);
        Schema::create(*file->m_connection);
        initialise(*file->m_connection);
        transaction.commit();
    } catch (const StorageError& error) {
        file->m_connection.reset();
        QFile::remove(file->m_path);
        throw ProjectFileError(Reason::WriteFailed, tr("Cannot create %1: %2").arg(displayName(path), error.message()));
    }
    file->m_versionOnDisk = Schema::currentVersion;
    file->rememberIdentity();
    return file;
}

namespace {

bool identityOf(const QString& path, quint64& device, quint64& inode)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return false;
    device = static_cast<quint64>(status.st_dev);
    inode = static_cast<quint64>(status.st_ino);
    return true;
}

} // namespace

void ProjectFile::rememberIdentity()
{
    if (!identityOf(m_path, m_device, m_inode))
        m_device = m_inode = 0;
}

void ProjectFile::requireStillInPlace() const
{
    quint64 device = 0, inode = 0;
    if (!identityOf(m_path, device, inode))
        throw StorageError(tr("%1 was deleted or moved by another program after Balise opened it: the change was "
                              "not saved. Save the project under another name (Save As) to keep your work.")
                               .arg(displayName(m_path)));
    if (m_inode != 0 && (device != m_device || inode != m_inode))
        throw StorageError(tr("%1 was replaced by another program after Balise opened it: the change was not "
                              "saved, and the new file was left as it is. Save the project under another name "
                              "(Save As) to keep your work.")
                               .arg(displayName(m_path)));
}

std::unique_ptr<ProjectFile> ProjectFile::open(const QString& path, Access access, const ContentCheck& check)
{
    checkBytes(path);
    std::unique_ptr<ProjectFile> file(new ProjectFile);
    file->m_path = QFileInfo(path).absoluteFilePath();
    file->acquireLock(access);
    const bool writable = file->m_lock != nullptr;
    // A transaction cut short by a crash leaves a hot journal that only a writing connection can roll
    // back; a read-only one would fail ("attempt to write a readonly database"). Opening to read a
    // project after a crash (balise info, a read-only window) first lets SQLite restore its last
    // committed state — which is what the file holds for every reader — then reads it read-only.
    if (!writable && QFileInfo(file->m_path + QStringLiteral("-journal")).size() > 0 &&
        QFileInfo(file->m_path).isWritable()) {
        try {
            SqliteConnection recovery(file->m_path, SqliteConnection::Mode::ReadWrite);
            recovery.execute("SELECT count(*) FROM sqlite_master");
        } catch (const StorageError&) {
            throw ProjectFileError(Reason::Unreadable,
                                   tr("%1 was being written when Balise or the computer stopped, and its last "
                                      "saved state cannot be restored from here: open it for writing once.")
                                       .arg(displayName(path)));
        }
    }
    try {
        file->m_connection = std::make_unique<SqliteConnection>(
            file->m_path, writable ? SqliteConnection::Mode::ReadWrite : SqliteConnection::Mode::ReadOnly);
    } catch (const StorageError& error) {
        const int primary = error.sqliteCode() & 0xff;
        if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
            throw ProjectFileError(Reason::Damaged,
                                   tr("%1 is damaged: it cannot be read as a project.").arg(displayName(path)));
        throw ProjectFileError(Reason::Unreadable, error.message());
    }
    int version = 0;
    file->checkContents(version);
    file->m_versionOnDisk = version;

    // The file is a Balise project of a version this build reads: now run the caller's content check
    // (loading the whole project), on the migrated content for an older file. Writable and older: keep
    // a copy, migrate and check in one transaction, so a file that fails the check is left as it was.
    // Read-only and older: migrate a private in-memory copy so the file itself is never touched.
    try {
        if (version == Schema::currentVersion) {
            file->checkTables();
            if (check)
                check(*file->m_connection);
        } else if (writable) {
            file->m_migrationBackup = file->m_path + QStringLiteral(".v%1.bak").arg(version);
            QFile::remove(file->m_migrationBackup);
            file->m_connection->backupTo(file->m_migrationBackup);
            SqliteTransaction transaction(*file->m_connection);
            Schema::migrate(*file->m_connection, version);
            file->checkTables();
            if (check)
                check(*file->m_connection);
            transaction.commit();
        } else {
            auto memory =
                std::make_unique<SqliteConnection>(QStringLiteral(":memory:"), SqliteConnection::Mode::Create);
            file->m_connection->backupTo(*memory);
            SqliteTransaction transaction(*memory);
            Schema::migrate(*memory, version);
            transaction.commit();
            memory->execute("PRAGMA query_only = ON");
            file->m_connection = std::move(memory);
            file->checkTables();
            if (check)
                check(*file->m_connection);
        }
    } catch (const ProjectFileError&) {
        file->discardMigrationBackup();
        throw;
    } catch (const StorageError& error) {
        file->discardMigrationBackup();
        throw ProjectFileError(Reason::Damaged, error.message());
    }
    if (writable) {
        try {
            file->m_connection->useDurableJournal();
        } catch (const StorageError& error) {
            throw ProjectFileError(Reason::Unreadable, error.message());
        }
    }
    file->rememberIdentity();
    return file;
}

void ProjectFile::discardMigrationBackup()
{
    // The migration rolled back: the file is as it was, and the copy would only confuse the user.
    if (!m_migrationBackup.isEmpty())
        QFile::remove(m_migrationBackup);
    m_migrationBackup.clear();
}

// Rejects, from the bytes alone, what SQLite would otherwise treat as an empty new database or
// report with an obscure message.
void ProjectFile::checkBytes(const QString& path)
{
    const QFileInfo info(path);
    const QString name = displayName(path);
    if (!info.exists())
        throw ProjectFileError(Reason::NotFound, tr("There is no file %1.").arg(name));
    if (info.isDir())
        throw ProjectFileError(Reason::NotAProject, tr("%1 is a folder, not a Balise project.").arg(name));
    if (!info.isFile())
        throw ProjectFileError(Reason::NotAProject, tr("%1 is not a regular file.").arg(name));
    if (info.size() == 0)
        throw ProjectFileError(Reason::NotAProject, tr("%1 is empty: it is not a Balise project.").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ProjectFileError(Reason::Unreadable, tr("%1 cannot be read: %2.").arg(name, file.errorString()));
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw ProjectFileError(Reason::NotAProject, tr("%1 is not a Balise project.").arg(name));
    if (header.size() < 100)
        throw ProjectFileError(Reason::Damaged, tr("%1 is truncated: it is not a whole Balise project.").arg(name));
    // The header records the page size and, when valid, the page count: a shorter file was cut.
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        throw ProjectFileError(Reason::Damaged, tr("%1 is damaged: its header is not valid.").arg(name));
    // A hot rollback journal beside the file means a transaction was cut short (a crash, a power cut):
    // the file may then be shorter than its header says until SQLite rolls the journal back when it
    // opens the file, which restores the last committed state; the integrity check runs after that.
    const bool hotJournal = QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    if (!hotJournal && changeCounter == validFor && pageCount > 0 &&
        static_cast<qint64>(pageSize) * pageCount > info.size())
        throw ProjectFileError(Reason::Damaged, tr("%1 is truncated: it is not a whole Balise project.").arg(name));
}

void ProjectFile::checkContents(int& version)
{
    const QString name = displayName(m_path);
    try {
        if (m_connection->queryInt("PRAGMA application_id") != Schema::applicationId)
            throw ProjectFileError(Reason::NotAProject, tr("%1 is a database, but not a Balise project.").arg(name));
        version = static_cast<int>(m_connection->queryInt("PRAGMA user_version"));
        if (version > Schema::currentVersion)
            throw ProjectFileError(
                Reason::TooNew, tr("%1 was saved by a newer version of Balise (file format %2; this version reads up "
                                   "to %3). It was not changed.")
                                    .arg(name)
                                    .arg(version)
                                    .arg(Schema::currentVersion));
        if (version < Schema::firstVersion)
            throw ProjectFileError(Reason::Damaged, tr("%1 is damaged: its format version is missing.").arg(name));
        if (const QString problem = firstProblem(*m_connection, "PRAGMA integrity_check(5)", true); !problem.isEmpty())
            throw ProjectFileError(Reason::Damaged, tr("%1 is damaged (%2).").arg(name, problem));
        if (const QString problem = firstProblem(*m_connection, "PRAGMA foreign_key_check", false); !problem.isEmpty())
            throw ProjectFileError(
                Reason::Damaged, tr("%1 is damaged: records refer to missing records in table %2.").arg(name, problem));
        // Balise writes tables and indexes only. A trigger or a view in a file that travelled by e-mail is
        // code someone else planted: it would run, or answer in a table's place, on Balise's next write.
        if (const QString planted =
                firstProblem(*m_connection, "SELECT name FROM sqlite_master WHERE type IN ('trigger', 'view')", false);
            !planted.isEmpty())
            throw ProjectFileError(Reason::Damaged, tr("%1 holds SQL code that Balise does not write (a trigger or a "
                                                       "view): it may have been tampered with, and was not opened.")
                                                        .arg(name));
    } catch (const ProjectFileError&) {
        throw;
    } catch (const StorageError& error) {
        // SQLITE_NOTADB and friends: the header looked right but the rest is not a database.
        throw ProjectFileError(Reason::Damaged, tr("%1 is damaged: %2").arg(name, error.message()));
    }
}

void ProjectFile::checkTables()
{
    const QString name = displayName(m_path);
    SqliteStatement tables(*m_connection, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?");
    for (const QString& table : Schema::requiredTables()) {
        tables.bind(1, table);
        tables.step();
        const bool present = tables.integer(0) == 1;
        tables.reset();
        if (!present)
            throw ProjectFileError(Reason::Damaged, tr("%1 is damaged: the table \"%2\" is missing.").arg(name, table));
    }
}

void ProjectFile::acquireLock(Access access)
{
    if (access == Access::ReadOnly)
        return;
    if (QFileInfo::exists(m_path) && !QFileInfo(m_path).isWritable()) {
        // SQLite would open a write-protected file read-only without saying so, and every edit would
        // then fail: say it now, and open read-only when the caller accepts that.
        const QString reason = tr("%1 is read-only.").arg(displayName(m_path));
        if (access == Access::ReadWrite)
            throw ProjectFileError(Reason::Locked, reason);
        m_readOnlyReason = reason;
        return;
    }
    auto lock = std::make_unique<QLockFile>(lockPathFor(m_path));
    // A lock is stale only when its process is gone (QLockFile checks the PID on this host);
    // never by age: a project may stay open for days.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return;
    }
    // A lock file that does not say who holds it was left by a process killed between creating it and
    // writing its details (the crash-safety harness found this under SIGKILL): QLockFile never takes it
    // as stale, and the project would stay locked for good. A live process writes its details within
    // microseconds of creating the file: after a moment's wait, such a lock is taken over.
    if (lock->error() == QLockFile::LockFailedError && lockHolder(m_path).isEmpty() && !lock->tryLock(250) &&
        lock->error() == QLockFile::LockFailedError && lockHolder(m_path).isEmpty()) {
        lock->removeStaleLockFile();
        if (lock->tryLock(0)) {
            m_lock = std::move(lock);
            return;
        }
    }
    if (lock->isLocked()) {
        m_lock = std::move(lock);
        return;
    }
    QString reason;
    if (lock->error() == QLockFile::LockFailedError && !lockHolder(m_path).isEmpty()) {
        reason = lockHolder(m_path);
        if (access == Access::ReadWrite)
            throw ProjectFileError(Reason::Locked, reason);
    } else if (!QFileInfo(m_path).isWritable()) {
        reason = tr("%1 is read-only.").arg(displayName(m_path));
    } else {
        reason = tr("Balise cannot write in the folder of %1.").arg(displayName(m_path));
    }
    if (access == Access::ReadWrite)
        throw ProjectFileError(Reason::Locked, reason);
    m_readOnlyReason = reason;
}

QString ProjectFile::lockHolder(const QString& path)
{
    QLockFile lock(lockPathFor(path));
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock.getLockInfo(&pid, &host, &application))
        return {};
    return tr("%1 is already open in %2 (process %3 on %4).")
        .arg(displayName(path), application.isEmpty() ? QStringLiteral("Balise") : application)
        .arg(pid)
        .arg(host);
}

void ProjectFile::copyTo(const QString& target) const
{
    const QFileInfo info(target);
    if (info.absoluteFilePath() == m_path)
        return;
    if (!info.absoluteDir().exists())
        throw ProjectFileError(Reason::WriteFailed,
                               tr("The folder %1 does not exist.").arg(displayName(info.absolutePath())));
    if (!lockHolder(info.absoluteFilePath()).isEmpty())
        throw ProjectFileError(Reason::Locked, lockHolder(info.absoluteFilePath()));
    // Write beside the target, check, then rename into place: the target is either the old file or
    // the complete new one, never a half-written copy.
    QString temporary;
    {
        QTemporaryFile reserve(info.absoluteDir().filePath(info.fileName() + QStringLiteral(".XXXXXX")));
        if (!reserve.open())
            throw ProjectFileError(
                Reason::WriteFailed,
                tr("Cannot write in %1: %2.").arg(displayName(info.absolutePath()), reserve.errorString()));
        temporary = reserve.fileName();
        reserve.setAutoRemove(false);
    }
    try {
        QFile::remove(temporary);
        m_connection->backupTo(temporary);
        SqliteConnection copy(temporary, SqliteConnection::Mode::ReadOnly);
        if (!firstProblem(copy, "PRAGMA integrity_check(1)", true).isEmpty())
            throw StorageError(tr("the copy did not pass the integrity check"));
    } catch (const StorageError& error) {
        QFile::remove(temporary);
        // SQLite's own words for a full disk are English and name the temporary file: say it plainly.
        if ((error.sqliteCode() & 0xff) == SQLITE_FULL)
            throw ProjectFileError(Reason::WriteFailed,
                                   tr("Cannot save a copy to %1: the disk is full. Free some space, or choose "
                                      "another disk, and save again.")
                                       .arg(displayName(target)));
        throw ProjectFileError(Reason::WriteFailed,
                               tr("Cannot save a copy to %1: %2").arg(displayName(target), error.message()));
    }
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(info.absoluteFilePath()).constData()) !=
        0) {
        QFile::remove(temporary);
        throw ProjectFileError(Reason::WriteFailed, tr("Cannot save a copy to %1.").arg(displayName(target)));
    }
}

} // namespace balise
