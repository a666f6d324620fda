#pragma once

#include "Ids.h"

#include <QCoreApplication>
#include <QString>

namespace balise {
class Project;
} // namespace balise

namespace balise::ui {

// The details pages of the impact accounts [bilans des impacts]: the list of accounts, and one
// account with its cost and benefit lines per unit of activity, the volumes per period and the
// investment. The totals, net present value and rate of return come with the evaluation engine.
class ImpactAccountDetails
{
    Q_DECLARE_TR_FUNCTIONS(ImpactAccountDetails)

public:
    static QString sectionPage(const Project& project);
    // Empty when the project has no such account.
    static QString accountPage(const Project& project, EntityId id);
};

} // namespace balise::ui
