#pragma once

#include "ImpactAccounting.h"
#include "ProjectData.h"

#include <QStringList>

namespace balise {

// An impact account of the project turned into the engine's input and computed: the account's lines,
// the volumes of the periods it has one for (in the project's order of periods), its investment and
// discount rate.
struct ImpactAnalysis
{
    QStringList periodLabels; // one per flow, in order
    engine::ImpactResult result;

    static ImpactAnalysis of(const ProjectData& data, const ImpactAccount& account);
};

} // namespace balise
