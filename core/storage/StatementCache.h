#pragma once

#include <string>
#include <unordered_map>

struct sqlite3_stmt;

namespace balise {

// The prepared statements of one SqliteConnection that are not in use, by SQL text, for the next
// SqliteStatement of the same SQL to take instead of preparing it again. Preparing costs more than
// running a one-row INSERT, and a save or a project import runs the same few statements once per
// node, field and question. A statement is in here or in one SqliteStatement, never both, so two
// statements of one SQL alive at once (a recursive write) each get their own. The connection owns
// the cache and finalises what it holds before it closes.
class StatementCache
{
public:
    StatementCache() = default;
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // A reset statement of `sql` with no bindings, or null when none is idle.
    sqlite3_stmt* take(const std::string& sql);
    // Resets `statement` and keeps it, or finalises it when the cache is full.
    void give(std::string sql, sqlite3_stmt* statement);
    // Finalises every idle statement.
    void clear();

    std::size_t size() const { return m_idle.size(); }

    // Balise's storage runs fewer than a hundred distinct statements; a bound keeps SQL built at run time
    // (none today) from growing the cache without end.
    static constexpr std::size_t capacity = 128;

private:
    std::unordered_multimap<std::string, sqlite3_stmt*> m_idle;
};

} // namespace balise
