#include "ProjectSummary.h"

#include <QJsonArray>

namespace balise {

ProjectSummary ProjectSummary::of(const ProjectData& data, int schemaVersion)
{
    ProjectSummary s;
    s.title = data.info.title;
    s.territory = data.info.territory;
    s.schemaVersion = schemaVersion;
    for (const auto& node : data.framework.nodes()) {
        switch (node.kind) {
        case NodeKind::Objective:
            ++s.objectives;
            break;
        case NodeKind::Criterion:
            ++s.criteria;
            break;
        case NodeKind::Indicator:
            ++s.indicators;
            s.qualitativeIndicators += node.indicator.kind == IndicatorKind::Qualitative ? 1 : 0;
            break;
        }
    }
    s.services = static_cast<int>(data.services.size());
    s.periods = static_cast<int>(data.periods.size());
    s.measurements = static_cast<int>(data.measurements.size());
    for (const auto& m : data.measurements)
        s.missingMeasurements += m.state == MeasurementState::Present ? 0 : 1;
    s.needs = static_cast<int>(data.vadeMecum.needs.size());
    s.principles = static_cast<int>(data.vadeMecum.principles.size());
    s.fields = static_cast<int>(data.vadeMecum.fields.size());
    s.resources = static_cast<int>(data.vadeMecum.resources.size());
    for (const auto& section : data.questionnaire.sections)
        s.questions += static_cast<int>(section.questions.size());
    s.revisions = static_cast<int>(data.revisions.size());
    s.impactAccounts = static_cast<int>(data.impactAccounts.size());
    for (const auto& service : data.services)
        s.serviceNames.append(service.name);
    for (const auto& period : data.periods)
        s.periodLabels.append(period.label);
    return s;
}

QJsonObject ProjectSummary::toJson() const
{
    QJsonObject territoryJson{{QStringLiteral("name"), territory.name},
                              {QStringLiteral("kind"), keyOf(territory.kind)}};
    territoryJson.insert(QStringLiteral("population"),
                         territory.population ? QJsonValue(static_cast<double>(*territory.population)) : QJsonValue());
    const QJsonObject counts{{QStringLiteral("objectives"), objectives},
                             {QStringLiteral("criteria"), criteria},
                             {QStringLiteral("indicators"), indicators},
                             {QStringLiteral("qualitative_indicators"), qualitativeIndicators},
                             {QStringLiteral("services"), services},
                             {QStringLiteral("periods"), periods},
                             {QStringLiteral("measurements"), measurements},
                             {QStringLiteral("missing_measurements"), missingMeasurements},
                             {QStringLiteral("needs"), needs},
                             {QStringLiteral("principles"), principles},
                             {QStringLiteral("fields_of_attention"), fields},
                             {QStringLiteral("resources"), resources},
                             {QStringLiteral("questions"), questions},
                             {QStringLiteral("vademecum_revisions"), revisions},
                             {QStringLiteral("impact_accounts"), impactAccounts}};
    return {{QStringLiteral("title"), title},
            {QStringLiteral("territory"), territoryJson},
            {QStringLiteral("schema_version"), schemaVersion},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("services"), QJsonArray::fromStringList(serviceNames)},
            {QStringLiteral("periods"), QJsonArray::fromStringList(periodLabels)}};
}

} // namespace balise
