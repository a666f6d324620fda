#pragma once

#include "Ids.h"

#include <QCoreApplication>
#include <QString>

namespace balise {
class Project;
} // namespace balise

namespace balise::ui {

// The details pages of the data services: the list of services, and one service with its operator,
// domain, role of data, who it reaches and who it does not, postures, destabilisation profile,
// questionnaire answers and how many of its measurements are in.
class ServiceDetails
{
    Q_DECLARE_TR_FUNCTIONS(ServiceDetails)

public:
    static QString sectionPage(const Project& project);
    // Empty when the project has no such service.
    static QString servicePage(const Project& project, EntityId id);
};

} // namespace balise::ui
