#include "SqliteStatement.h"

#include "SqliteConnection.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <limits>
#include <new>
#include <sqlite3.h>

namespace balise {

SqliteStatement::SqliteStatement(SqliteConnection& connection, const char* sql)
    : m_connection(connection), m_sql(sql), m_stmt(connection.statements().take(m_sql))
{
    if (m_stmt)
        return;
    const int rc = sqlite3_prepare_v3(connection.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        throw StorageError(QCoreApplication::translate("Storage", "The project file does not have the expected "
                                                                  "structure: %1.")
                               .arg(connection.lastError()),
                           rc);
}

SqliteStatement::~SqliteStatement()
{
    try {
        m_connection.statements().give(std::move(m_sql), m_stmt);
    } catch (const std::bad_alloc&) {
        sqlite3_finalize(m_stmt); // no room to keep it: a destructor must not throw
    }
}

void SqliteStatement::check(int rc) const
{
    if (rc != SQLITE_OK)
        throw StorageError(QCoreApplication::translate("Storage", "The project file refused a value: %1.")
                               .arg(m_connection.lastError()),
                           rc);
}

SqliteStatement& SqliteStatement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const QString& value)
{
    // Always text, never NULL: text columns are NOT NULL and an empty field is an empty string.
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.constData(), static_cast<int>(utf8.size()),
                            SQLITE_TRANSIENT));
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const QByteArray& value)
{
    if (value.isNull())
        return bindNull(index);
    check(sqlite3_bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT));
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const QDate& value)
{
    return value.isValid() ? bind(index, value.toString(Qt::ISODate)) : bindNull(index);
}

SqliteStatement& SqliteStatement::bind(int index, const QDateTime& value)
{
    return value.isValid() ? bind(index, value.toUTC().toString(Qt::ISODateWithMs)) : bindNull(index);
}

SqliteStatement& SqliteStatement::bind(int index, std::optional<double> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

SqliteStatement& SqliteStatement::bind(int index, std::optional<int> value)
{
    return value ? bind(index, static_cast<qint64>(*value)) : bindNull(index);
}

SqliteStatement& SqliteStatement::bind(int index, std::optional<qint64> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

SqliteStatement& SqliteStatement::bindNull(int index)
{
    check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

SqliteStatement& SqliteStatement::bindId(int index, qint64 id)
{
    return id == 0 ? bindNull(index) : bind(index, id);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString reason = m_connection.lastError();
    sqlite3_reset(m_stmt);
    if ((rc & 0xff) == SQLITE_CONSTRAINT)
        throw StorageError(
            QCoreApplication::translate("Storage", "The change breaks a rule of the project file: %1.").arg(reason),
            rc);
    if ((rc & 0xff) == SQLITE_FULL)
        throw StorageError(QCoreApplication::translate("Storage", "The disk is full: the change was not saved."), rc);
    if ((rc & 0xff) == SQLITE_READONLY)
        throw StorageError(
            QCoreApplication::translate("Storage", "The project file is read-only: the change was not saved."), rc);
    if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        throw StorageError(QCoreApplication::translate("Storage", "Another program is writing the project file: "
                                                                  "the change was not saved."),
                           rc);
    throw StorageError(QCoreApplication::translate("Storage", "The project file could not be updated: %1.").arg(reason),
                       rc);
}

void SqliteStatement::run()
{
    while (step()) {
    }
    reset();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

namespace {

// SQLite keeps whatever a crafted file stores, whatever the column's declared type: text where a
// number belongs would read as 0, a date that is not one as no date. Both are refused as damage.
[[noreturn]] void throwDamaged(const char* what)
{
    throw StorageError(QCoreApplication::translate("Storage", "The project file is damaged: %1")
                           .arg(QCoreApplication::translate("Storage", what)));
}

} // namespace

qint64 SqliteStatement::integer(int column) const
{
    const int type = sqlite3_column_type(m_stmt, column);
    if (type == SQLITE_TEXT || type == SQLITE_BLOB || type == SQLITE_FLOAT)
        throwDamaged(QT_TRANSLATE_NOOP("Storage", "a whole number holds something else."));
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    const int type = sqlite3_column_type(m_stmt, column);
    if (type == SQLITE_TEXT || type == SQLITE_BLOB)
        throwDamaged(QT_TRANSLATE_NOOP("Storage", "a number holds text."));
    return sqlite3_column_double(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, size) : QString(QLatin1String(""));
}

QByteArray SqliteStatement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(data, size) : QByteArray(""); // empty, never null: NULL binds differently
}

QDate SqliteStatement::date(int column) const
{
    if (isNull(column))
        return {};
    const QDate value = QDate::fromString(text(column), Qt::ISODate);
    if (!value.isValid())
        throwDamaged(QT_TRANSLATE_NOOP("Storage", "a date cannot be read."));
    return value;
}

QDateTime SqliteStatement::dateTime(int column) const
{
    if (isNull(column))
        return {};
    QDateTime value = QDateTime::fromString(text(column), Qt::ISODateWithMs);
    if (!value.isValid())
        throwDamaged(QT_TRANSLATE_NOOP("Storage", "a date and time cannot be read."));
    return value;
}

std::optional<double> SqliteStatement::optionalReal(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

std::optional<int> SqliteStatement::optionalInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    // A value beyond int (only a crafted file holds one) reads as INT_MIN, which every range check of
    // the model refuses, instead of wrapping round to a plausible small number.
    const qint64 value = integer(column);
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
        return std::numeric_limits<int>::min();
    return static_cast<int>(value);
}

std::optional<qint64> SqliteStatement::optionalInteger(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<qint64>(integer(column));
}

} // namespace balise
