#include "SqliteTransaction.h"

#include "SqliteConnection.h"

namespace balise {

SqliteTransaction::SqliteTransaction(SqliteConnection& connection) : m_connection(connection)
{
    m_connection.execute("BEGIN IMMEDIATE");
}

SqliteTransaction::~SqliteTransaction()
{
    if (!m_done) {
        try {
            m_connection.execute("ROLLBACK");
        } catch (...) {
            // SQLite already rolled back (e.g. after SQLITE_FULL); nothing more can be done here.
        }
    }
}

void SqliteTransaction::commit()
{
    m_connection.execute("COMMIT");
    m_done = true;
}

} // namespace balise
