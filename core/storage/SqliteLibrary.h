#pragma once

#include <QString>

namespace balise {

// The version of the SQLite library Balise runs with ("3.40.1"), for the About box and bug reports.
// Here because only the storage layer includes sqlite3.h.
QString sqliteLibraryVersion();

} // namespace balise
