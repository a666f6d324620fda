#pragma once

#include "Enums.h"
#include "Ids.h"

#include <QList>
#include <QString>

namespace balise {

// One child's input to a weighting: its points in a budget, its rank, a stakeholder's points.
struct ChildValue
{
    EntityId childId = NoId;
    double value = 0.0;

    bool operator==(const ChildValue&) const = default;
};

// A pairwise judgement on Saaty's scale: how much more important the row's child is than the
// column's (1/9 … 9); the mirror judgement is its reciprocal and is not stored.
struct PairwiseJudgement
{
    EntityId rowId = NoId;
    EntityId columnId = NoId;
    double value = 1.0;

    bool operator==(const PairwiseJudgement&) const = default;
};

struct StakeholderPoints
{
    QString name;
    QList<ChildValue> points;

    bool operator==(const StakeholderPoints&) const = default;
};

// How the weights of one node's children were last set, kept so that the weighting can be reopened,
// explained to a committee and adjusted, rather than typed again: the method applied and what the user
// entered for it. Inputs name children by id, so that they survive a reordering; a child added later
// simply has no input yet, and inputs of removed children are ignored. The weights themselves stay on
// the nodes: this is their justification, not their source.
struct WeightingRecord
{
    EntityId parentId = NoId; // NoId: the objectives
    WeightingMethod method = WeightingMethod::Points;
    QList<ChildValue> budget;
    QList<ChildValue> ranks;
    QList<PairwiseJudgement> judgements;
    QList<StakeholderPoints> stakeholders;

    bool operator==(const WeightingRecord&) const = default;
};

} // namespace balise
