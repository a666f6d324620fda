#pragma once

#include "Enums.h"
#include "Evaluation.h"
#include "Ids.h"
#include "Tracking.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace balise {

// What the user chose for one evaluation run.
struct EvaluationOptions
{
    QList<EntityId> periods; // periods to evaluate, in this order; empty = all, in the project's order
    // Whole-run overrides; nullopt (or Normalization::Default) = each indicator's own / the project's.
    std::optional<Normalization> normalization;
    std::optional<Aggregation> aggregation;
};

// An engine evaluation prepared from a project, with what each engine row and column stands for so
// results can be shown and written with the project's names.
struct EvaluationSetup
{
    engine::EvaluationInput input;
    engine::TrackingDates dates;

    // Per engine node; node 0 is the overall score: id NoId, code "_overall", level "overall".
    QList<EntityId> nodeIds;
    QStringList nodeCodes;
    QStringList nodeNames;
    QStringList nodeLevels;       // "overall", then the node's kind key: objective | criterion | indicator
    QList<EntityId> indicatorIds; // per indicator column
    QList<EntityId> serviceIds;
    QStringList serviceNames;
    QList<EntityId> periodIds;
    QStringList periodLabels;
    // What was applied, for reports: the override (nullopt: per indicator) and the method in force.
    std::optional<Normalization> normalizationOverride;
    Normalization defaultNormalization = Normalization::Goalposts;
    Aggregation aggregation = Aggregation::Arithmetic;
};

} // namespace balise
