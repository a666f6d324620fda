#pragma once

#include <QString>
#include <QStringList>

namespace balise {

class SqliteConnection;

// The project file's schema and its history. Version N of the file is reached from version N-1 by
// migration step N. A new file is created at version 1 and taken up by the same steps, so that a new
// file and a migrated one have the same schema by construction (it costs two schema reloads per new
// file, for the ALTER TABLE steps).
class Schema
{
public:
    // PRAGMA application_id of every Balise project ("BALS").
    static constexpr int applicationId = 0x42414C53;
    static constexpr int currentVersion = 3;
    static constexpr int firstVersion = 1;

    // Creates every table of the current version in an empty database (inside the caller's transaction).
    static void create(SqliteConnection& connection);
    // Runs migration steps from `fromVersion` up to currentVersion (inside the caller's transaction).
    static void migrate(SqliteConnection& connection, int fromVersion);
    // Tables the current version must have, to tell a Balise file from a damaged one.
    static QStringList requiredTables();
};

} // namespace balise
