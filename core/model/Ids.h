#pragma once

#include <QtGlobal>

namespace balise {

// Every persisted entity is identified by its SQLite rowid. 0 means "not stored yet".
using EntityId = qint64;
inline constexpr EntityId NoId = 0;

} // namespace balise
