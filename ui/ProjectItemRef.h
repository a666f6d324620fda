#pragma once

#include "Ids.h"

#include <QMetaType>

namespace balise::ui {

// Names one thing of a project the workbench can show: a section of the tree, a group inside the
// vade-mecum, or an entity. It holds no pointer into the project, so it survives model resets and
// is how the tree tells the details view (and later the editors) what the user selected.
struct ProjectItemRef
{
    enum class Kind
    {
        None,
        // Top-level sections of the project tree.
        VadeMecumSection,
        FrameworkSection,
        ServicesSection,
        PeriodsSection,
        MeasurementsSection,
        ResultsSection, // scores and comparison of the services
        ImpactAccountsSection,
        ReportsSection, // printed reports
        // Groups inside the vade-mecum.
        NeedsGroup,
        PrinciplesGroup,
        FieldsGroup,
        ResourcesGroup,
        PosturesGroup,
        FreeSectionsGroup,
        QuestionnaireGroup,
        RevisionsGroup,
        // Entities; `id` is the entity's id.
        Need,
        Principle,
        Field,
        Resource,
        PostureStance, // `id` is the Posture flag value: stances have no id of their own
        FreeSection,
        QuestionnaireSection,
        Revision,
        FrameworkNode,
        Service,
        Period,
        PeriodMeasurements,  // `id` is the period's id
        UncertaintyAnalysis, // under the results: how robust the ranking is
        QualityAudit,        // under the results: the quality of the indicators
        Scorecard,           // under the results: one service's scorecard
        Destabilisation,     // under the services: their destabilisation radar
        Sensitivity,         // under the results: sensitivity to the weights (tornado)
        ImpactAccount,
        Report // under the reports: `id` is the ReportsView::Kind, plus one
    };

    Kind kind = Kind::None;
    EntityId id = NoId;

    bool operator==(const ProjectItemRef&) const = default;
    bool isValid() const { return kind != Kind::None; }
    bool isSection() const { return kind >= Kind::VadeMecumSection && kind <= Kind::ImpactAccountsSection; }
    // The top-level section this item belongs to (itself for a section).
    ProjectItemRef section() const;
};

} // namespace balise::ui

Q_DECLARE_METATYPE(balise::ui::ProjectItemRef)
