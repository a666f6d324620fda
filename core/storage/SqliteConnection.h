#pragma once

#include "StatementCache.h"

#include <QString>

struct sqlite3;

namespace balise {

// Owns one sqlite3 connection and closes it on destruction. Configures every connection the same
// way (DESIGN §5): foreign keys on, trusted_schema off, defensive mode on, triggers, views and
// extensions off, since project files travel between people; useDurableJournal() then sets the
// rollback journal with synchronous=FULL for writing.
class SqliteConnection
{
public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite,
        Create
    };

    // Throws StorageError when the file cannot be opened in that mode.
    SqliteConnection(const QString& path, Mode mode);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    sqlite3* handle() const { return m_db; }
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }

    // Sets the journal and sync modes Balise writes with. Writes to the file's header when they differ,
    // so call it only once the file is known to be a Balise project.
    void useDurableJournal();

    // Runs SQL without results (several statements allowed). Only for constant SQL written in Balise:
    // user values always go through SqliteStatement bindings.
    void execute(const char* sql);
    // First column of the first row of a constant query, as an integer.
    qint64 queryInt(const char* sql);
    qint64 lastInsertId() const;
    int changes() const;
    // SQLite's message for the last error on this connection.
    QString lastError() const;

    // Copies the whole database to `target` through SQLite's online backup API.
    void backupTo(const QString& target) const;
    // Copies the whole database into another open connection (e.g. an in-memory one).
    void backupTo(SqliteConnection& target) const;

    // Where SqliteStatement finds and leaves its prepared statements. A statement must not outlive
    // its connection.
    StatementCache& statements() { return m_statements; }

private:
    void configure();

    sqlite3* m_db = nullptr;
    QString m_path;
    Mode m_mode;
    StatementCache m_statements;
};

} // namespace balise
