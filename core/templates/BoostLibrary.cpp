#include "BoostLibrary.h"

#include <boost/version.hpp>

namespace balise {

QString boostLibraryVersion()
{
    // BOOST_VERSION is major * 100000 + minor * 100 + patch.
    return QStringLiteral("%1.%2.%3")
        .arg(BOOST_VERSION / 100000)
        .arg(BOOST_VERSION / 100 % 1000)
        .arg(BOOST_VERSION % 100);
}

} // namespace balise
