#pragma once

namespace balise {

class SqliteConnection;

// One user-level change = one transaction. Rolls back on destruction unless commit() was called, so
// an exception anywhere leaves the file exactly as it was. BEGIN IMMEDIATE takes the write lock up
// front: a second writer fails at once instead of half-way through the change.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteConnection& connection);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;

    void commit();

private:
    SqliteConnection& m_connection;
    bool m_done = false;
};

} // namespace balise
