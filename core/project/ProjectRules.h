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

template <typename T> int indexOfId(const QList<T>& list, EntityId id)
{
    for (int i = 0; i < list.size(); ++i)
        if (list[i].id == id)
            return i;
    return -1;
}

} // namespace balise::project_rules
