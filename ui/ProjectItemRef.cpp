#include "ProjectItemRef.h"

namespace balise::ui {

ProjectItemRef ProjectItemRef::section() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::VadeMecumSection:
    case Kind::FrameworkSection:
    case Kind::ServicesSection:
    case Kind::PeriodsSection:
    case Kind::MeasurementsSection:
    case Kind::ResultsSection:
    case Kind::ImpactAccountsSection:
    case Kind::ReportsSection:
        return {kind, NoId};
    case Kind::NeedsGroup:
    case Kind::PrinciplesGroup:
    case Kind::FieldsGroup:
    case Kind::ResourcesGroup:
    case Kind::PosturesGroup:
    case Kind::FreeSectionsGroup:
    case Kind::QuestionnaireGroup:
    case Kind::RevisionsGroup:
    case Kind::Need:
    case Kind::Principle:
    case Kind::Field:
    case Kind::Resource:
    case Kind::PostureStance:
    case Kind::FreeSection:
    case Kind::QuestionnaireSection:
    case Kind::Revision:
        return {Kind::VadeMecumSection, NoId};
    case Kind::FrameworkNode:
        return {Kind::FrameworkSection, NoId};
    case Kind::Service:
    case Kind::Destabilisation:
        return {Kind::ServicesSection, NoId};
    case Kind::Period:
        return {Kind::PeriodsSection, NoId};
    case Kind::PeriodMeasurements:
        return {Kind::MeasurementsSection, NoId};
    case Kind::ImpactAccount:
        return {Kind::ImpactAccountsSection, NoId};
    case Kind::Report:
        return {Kind::ReportsSection, NoId};
    case Kind::UncertaintyAnalysis:
    case Kind::QualityAudit:
    case Kind::Scorecard:
    case Kind::Sensitivity:
        return {Kind::ResultsSection, NoId};
    }
    return {};
}

} // namespace balise::ui
