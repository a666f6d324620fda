#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>
#include <string>

struct sqlite3_stmt;

namespace balise {

class SqliteConnection;

// A prepared statement with 1-based positional bindings. step() returns true while rows come.
// Reset and rebind to run it again (bulk inserts reuse one statement). The statement is taken from
// the connection's StatementCache when one of the same SQL is idle there, and given back to it, reset,
// on destruction.
class SqliteStatement
{
public:
    SqliteStatement(SqliteConnection& connection, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    SqliteStatement& bind(int index, qint64 value);
    SqliteStatement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind(int index, const QString& value); // a null QString binds ''
    SqliteStatement& bind(int index, const QByteArray& value);
    SqliteStatement& bind(int index, const QDate& value);     // ISO date or NULL
    SqliteStatement& bind(int index, const QDateTime& value); // ISO UTC date-time or NULL
    SqliteStatement& bind(int index, std::optional<double> value);
    SqliteStatement& bind(int index, std::optional<int> value);
    SqliteStatement& bind(int index, std::optional<qint64> value);
    SqliteStatement& bindNull(int index);
    // Binds NULL for NoId (0), the id otherwise: optional foreign keys.
    SqliteStatement& bindId(int index, qint64 id);

    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const; // empty string for NULL
    QByteArray blob(int column) const;
    QDate date(int column) const;
    QDateTime dateTime(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::optional<int> optionalInt(int column) const;
    std::optional<qint64> optionalInteger(int column) const;

private:
    void check(int rc) const;

    SqliteConnection& m_connection;
    std::string m_sql;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace balise
