#pragma once

#include "ProjectData.h"

namespace balise {

class SqliteConnection;

// Loads a whole project from an open, checked file. Every stored key is checked against the closed
// vocabularies of Enums.h: a file carrying an unknown one (damaged, or crafted) is refused with a
// StorageError naming it, instead of being loaded half-right.
class ProjectReader
{
public:
    static ProjectData load(SqliteConnection& connection);
};

} // namespace balise
