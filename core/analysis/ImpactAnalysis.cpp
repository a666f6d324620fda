#include "ImpactAnalysis.h"

namespace balise {

ImpactAnalysis ImpactAnalysis::of(const ProjectData& data, const ImpactAccount& account)
{
    ImpactAnalysis analysis;
    engine::ImpactInput input;
    for (const ImpactLine& line : account.lines)
        input.lines.push_back({line.valuePerUnit, line.bearer == ImpactBearer::User ? engine::ImpactBearer::User
                                                                                     : engine::ImpactBearer::Society});
    for (const Period& period : data.periods)
        for (const ImpactVolume& volume : account.volumes)
            if (volume.periodId == period.id) {
                input.volumes.push_back(volume.volume);
                analysis.periodLabels.append(period.label);
            }
    input.investment = account.investment.value_or(0.0);
    input.discountRate = account.discountRate;
    analysis.result = engine::computeImpacts(input);
    return analysis;
}

} // namespace balise
