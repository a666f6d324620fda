#include "SqliteLibrary.h"

#include <sqlite3.h>

namespace balise {

QString sqliteLibraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace balise
