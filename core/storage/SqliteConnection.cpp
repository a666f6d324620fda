#include "SqliteConnection.h"

#include "StorageError.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace balise {

SqliteConnection::SqliteConnection(const QString& path, Mode mode) : m_path(path), m_mode(mode)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw StorageError(QCoreApplication::translate("Storage", "Cannot open %1: %2.").arg(path, reason), rc);
    }
    configure();
}

SqliteConnection::~SqliteConnection()
{
    // Every SqliteStatement of this connection has given its statement back by now (none outlives
    // its connection); the idle ones go before the close.
    m_statements.clear();
    sqlite3_close_v2(m_db);
}

void SqliteConnection::configure()
{
    sqlite3_extended_result_codes(m_db, 1);
    // Project files come from other people: never let their schema run functions with side effects,
    // and refuse writes that could corrupt the file even through crafted SQL.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_busy_timeout(m_db, 2000);
    // Connection settings only: nothing here writes to the file, so a file that turns out not to be a
    // Balise project is left exactly as it was.
    execute("PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF;");
}

void SqliteConnection::useDurableJournal()
{
    // Rollback journal, not WAL: a user who copies or mails the file while Balise is open must get
    // every committed edit in that one file. FULL: a commit survives a power cut.
    execute("PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;");
}

void SqliteConnection::execute(const char* sql)
{
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString reason = QString::fromUtf8(error ? error : sqlite3_errstr(rc));
        sqlite3_free(error);
        throw StorageError(QCoreApplication::translate("Storage", "The project file refused a change: %1.").arg(reason),
                           rc);
    }
}

qint64 SqliteConnection::queryInt(const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    qint64 value = 0;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW)
            value = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE && rc != SQLITE_OK)
        throw StorageError(
            QCoreApplication::translate("Storage", "The project file cannot be read: %1.").arg(lastError()), rc);
    return value;
}

qint64 SqliteConnection::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteConnection::changes() const
{
    return sqlite3_changes(m_db);
}

QString SqliteConnection::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

void SqliteConnection::backupTo(SqliteConnection& target) const
{
    sqlite3_backup* backup = sqlite3_backup_init(target.m_db, "main", m_db, "main");
    const int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(target.m_db);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        throw StorageError(QCoreApplication::translate("Storage", "The project file cannot be read: %1.")
                               .arg(QString::fromUtf8(sqlite3_errstr(rc))),
                           rc);
}

void SqliteConnection::backupTo(const QString& target) const
{
    sqlite3* destination = nullptr;
    int rc = sqlite3_open_v2(target.toUtf8().constData(), &destination,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(destination, "main", m_db, "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        } else {
            rc = sqlite3_errcode(destination);
        }
    }
    const QString reason = destination ? QString::fromUtf8(sqlite3_errmsg(destination)) : QString();
    sqlite3_close_v2(destination);
    if (rc != SQLITE_OK)
        throw StorageError(
            QCoreApplication::translate("Storage", "Cannot copy the project to %1: %2.").arg(target, reason), rc);
}

} // namespace balise
