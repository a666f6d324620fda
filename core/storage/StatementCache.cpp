#include "StatementCache.h"

#include <sqlite3.h>

namespace balise {

StatementCache::~StatementCache()
{
    clear();
}

sqlite3_stmt* StatementCache::take(const std::string& sql)
{
    const auto found = m_idle.find(sql);
    if (found == m_idle.end())
        return nullptr;
    sqlite3_stmt* statement = found->second;
    m_idle.erase(found);
    return statement;
}

void StatementCache::give(std::string sql, sqlite3_stmt* statement)
{
    if (!statement)
        return;
    // A reset statement holds no lock and no read transaction: keeping it blocks neither COMMIT nor a
    // schema migration (SQLite prepares it again by itself when the schema changed).
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (m_idle.size() >= capacity) {
        sqlite3_finalize(statement);
        return;
    }
    m_idle.emplace(std::move(sql), statement);
}

void StatementCache::clear()
{
    for (const auto& [sql, statement] : m_idle)
        sqlite3_finalize(statement);
    m_idle.clear();
}

} // namespace balise
