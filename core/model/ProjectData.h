#pragma once

#include "DataService.h"
#include "Framework.h"
#include "ImpactAccount.h"
#include "Measurement.h"
#include "Period.h"
#include "ProjectInfo.h"
#include "Questionnaire.h"
#include "VadeMecum.h"
#include "WeightingRecord.h"

#include <QHash>
#include <QList>

namespace balise {

// Everything a project holds, as plain values. The Project object owns one and keeps it equal to
// what the file holds after every committed change.
struct ProjectData
{
    ProjectInfo info;
    ProjectSettings settings;
    VadeMecum vadeMecum;
    QList<VadeMecumRevision> revisions; // by number
    Questionnaire questionnaire;
    Framework framework;
    QList<DataService> services; // display order
    QList<Period> periods;       // chronological / display order
    QHash<MeasurementKey, Measurement> measurements;
    QList<ImpactAccount> impactAccounts;
    QList<WeightingRecord> weightings; // at most one per parent, by parent id

    const DataService* findService(EntityId id) const;
    const DataService* findServiceByName(const QString& name) const;
    const Period* findPeriod(EntityId id) const;
    const Period* findPeriodByLabel(const QString& label) const;
    // How the children of `parentId` (NoId: the objectives) were weighed, when it was recorded.
    const WeightingRecord* findWeighting(EntityId parentId) const;
};

} // namespace balise
