#pragma once

#include "ChangeRefused.h"
#include "DataService.h"
#include "FrameworkNode.h"
#include "Period.h"

#include <QList>

// Helpers shared by the files that implement balise::Project; not part of its interface.
namespace balise::project_rules {

inline void refuseIf(const ValidationIssues& issues)
{
    if (!issues.isEmpty())
        throw ChangeRefused(issues);
}

inline ChangeRefused refusal(const QString& message)
{
    return ChangeRefused({{QString(), message}});
}

// Who makes a change, for the author of measurements and revisions: the account's name.
inline QString currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

// Names and codes are compared without their surrounding spaces (and codes without case): store
// them trimmed, in memory as on disk, so that look-ups and the file's UNIQUE constraints agree.
inline FrameworkNode normalised(FrameworkNode node)
{
    node.code = node.code.trimmed();
    node.name = node.name.trimmed();
    return node;
}

inline DataService normalised(DataService service)
{
    service.name = service.name.trimmed();
    return service;
}

inline Period normalised(Period period)
{
    period.label = period.label.trimmed();
    return period;
}

template <typename T> int indexOfId(const QList<T>& list, EntityId id)
{
    for (int i = 0; i < list.size(); ++i)
        if (list[i].id == id)
            return i;
    return -1;
}

} // namespace balise::project_rules
