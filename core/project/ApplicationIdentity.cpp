#include "ApplicationIdentity.h"

#include <QCoreApplication>

namespace balise {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Balise"));
    QCoreApplication::setApplicationName(QStringLiteral("Balise"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BALISE_VERSION));
}

} // namespace balise
