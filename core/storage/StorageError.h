#pragma once

#include <QString>
#include <stdexcept>

namespace balise {

// Thrown by the storage layer when SQLite refuses an operation. `message()` is one sentence for the
// user (translated); `sqliteCode` is SQLite's extended result code for logs and tests.
class StorageError : public std::runtime_error
{
public:
    StorageError(QString message, int sqliteCode = 0)
        : std::runtime_error(message.toStdString()), m_message(std::move(message)), m_sqliteCode(sqliteCode)
    {}
    const QString& message() const { return m_message; }
    int sqliteCode() const { return m_sqliteCode; }

private:
    QString m_message;
    int m_sqliteCode;
};

} // namespace balise
