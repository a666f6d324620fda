// The connection's cache of prepared statements: a statement of the same SQL is reused, comes back
// with no bindings and no pending row, never serves two users at once, and blocks neither a commit
// nor a change of schema.
#include "SqliteConnection.h"
#include "SqliteStatement.h"
#include "SqliteTransaction.h"
#include "StatementCache.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace balise;

namespace {

// An in-memory table of named items, for the statements under test.
void createItems(SqliteConnection& db, const QStringList& names = {})
{
    db.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)");
    SqliteStatement insert(db, "INSERT INTO item (name) VALUES (?)");
    for (const QString& name : names) {
        insert.bind(1, name);
        insert.run();
    }
}

qint64 countRows(SqliteConnection& db)
{
    return db.queryInt("SELECT count(*) FROM item");
}

} // namespace

TEST_CASE("A statement of the same SQL is taken from the cache, without the old bindings", "[storage][cache]")
{
    SqliteConnection db(QStringLiteral(":memory:"), SqliteConnection::Mode::Create);
    createItems(db);
    db.statements().clear();
    const char* insert = "INSERT INTO item (name) VALUES (?)";
    sqlite3_stmt* first = nullptr;
    {
        SqliteStatement s(db, insert);
        s.bind(1, QStringLiteral("kept"));
        REQUIRE_FALSE(s.step()); // not run(): left bound, for the cache to clear
        first = sqlite3_next_stmt(db.handle(), nullptr);
    }
    CHECK(db.statements().size() == 1);
    {
        SqliteStatement again(db, insert);
        CHECK(db.statements().size() == 0);
        // The same prepared statement, and nothing bound any more: the name goes in as NULL.
        CHECK(sqlite3_next_stmt(db.handle(), nullptr) == first);
        again.run();
    }
    CHECK(countRows(db) == 2);
    CHECK(db.queryInt("SELECT count(*) FROM item WHERE name IS NULL") == 1);
    CHECK(db.statements().size() == 1);
}

TEST_CASE("Two statements of one SQL alive at once each have their own", "[storage][cache]")
{
    SqliteConnection db(QStringLiteral(":memory:"), SqliteConnection::Mode::Create);
    createItems(db, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    db.statements().clear();
    const char* select = "SELECT name FROM item ORDER BY id";
    QStringList pairs;
    {
        SqliteStatement outer(db, select);
        while (outer.step()) {
            SqliteStatement inner(db, select); // as a recursive read or write does
            while (inner.step())
                pairs.append(outer.text(0) + inner.text(0));
        }
    }
    CHECK(pairs.size() == 9);
    CHECK(pairs.constFirst() == QStringLiteral("aa"));
    CHECK(pairs.constLast() == QStringLiteral("cc"));
    CHECK(db.statements().size() == 2);
}

TEST_CASE("A cached statement holds no lock: commit and schema changes go through", "[storage][cache]")
{
    SqliteConnection db(QStringLiteral(":memory:"), SqliteConnection::Mode::Create);
    createItems(db, {QStringLiteral("a"), QStringLiteral("b")});
    db.statements().clear();
    const char* select = "SELECT * FROM item";
    {
        SqliteTransaction transaction(db);
        {
            SqliteStatement s(db, select);
            REQUIRE(s.step()); // left with a row pending: giving it back must reset it
        }
        CHECK(db.statements().size() == 1);
        CHECK(sqlite3_stmt_busy(sqlite3_next_stmt(db.handle(), nullptr)) == 0);
        // A statement still running would lock the schema: DROP TABLE fails with SQLITE_LOCKED.
        CHECK_NOTHROW(db.execute("CREATE TABLE other (x); DROP TABLE other;"));
        CHECK_NOTHROW(transaction.commit());
    }
    // A column added after the statement was prepared: the cached statement sees it.
    db.execute("ALTER TABLE item ADD COLUMN note TEXT DEFAULT 'n'");
    {
        SqliteStatement s(db, select);
        REQUIRE(s.step());
        CHECK(sqlite3_column_count(sqlite3_next_stmt(db.handle(), nullptr)) == 3);
        CHECK(s.text(2) == QStringLiteral("n"));
    }
    CHECK_NOTHROW(db.execute("DROP TABLE item"));
}

TEST_CASE("The cache keeps at most its capacity and finalises the rest", "[storage][cache]")
{
    SqliteConnection db(QStringLiteral(":memory:"), SqliteConnection::Mode::Create);
    const std::size_t count = StatementCache::capacity + 20;
    std::vector<std::string> sql;
    for (std::size_t i = 0; i < count; ++i)
        sql.push_back("SELECT " + std::to_string(i));
    for (const std::string& text : sql) {
        SqliteStatement s(db, text.c_str());
        REQUIRE(s.step());
    }
    CHECK(db.statements().size() == StatementCache::capacity);
    int alive = 0;
    for (sqlite3_stmt* s = sqlite3_next_stmt(db.handle(), nullptr); s; s = sqlite3_next_stmt(db.handle(), s))
        ++alive;
    CHECK(alive == static_cast<int>(StatementCache::capacity));
    db.statements().clear();
    CHECK(sqlite3_next_stmt(db.handle(), nullptr) == nullptr);
}
