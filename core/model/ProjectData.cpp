#include "ProjectData.h"

namespace balise {
namespace {

template <typename T, typename Pred> const T* findIn(const QList<T>& list, Pred pred)
{
    for (const T& item : list)
        if (pred(item))
            return &item;
    return nullptr;
}

} // namespace

const DataService* ProjectData::findService(EntityId id) const
{
    return findIn(services, [id](const DataService& s) { return s.id == id; });
}

const DataService* ProjectData::findServiceByName(const QString& name) const
{
    const QString wanted = name.trimmed();
    return findIn(services,
                  [&](const DataService& s) { return s.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0; });
}

const Period* ProjectData::findPeriod(EntityId id) const
{
    return findIn(periods, [id](const Period& p) { return p.id == id; });
}

const Period* ProjectData::findPeriodByLabel(const QString& label) const
{
    const QString wanted = label.trimmed();
    return findIn(periods,
                  [&](const Period& p) { return p.label.trimmed().compare(wanted, Qt::CaseInsensitive) == 0; });
}

const WeightingRecord* ProjectData::findWeighting(EntityId parentId) const
{
    for (const WeightingRecord& record : weightings)
        if (record.parentId == parentId)
            return &record;
    return nullptr;
}

} // namespace balise
