#pragma once

#include <QString>

namespace balise {

// The version of Boost Balise was built with ("1.74.0"; Boost.Serialization writes the templates),
// for the About box. Here because only the template layer includes Boost.
QString boostLibraryVersion();

} // namespace balise
