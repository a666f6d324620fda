#pragma once

#include "Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace balise {

// One ordered level of a qualitative indicator ("none" < "partial" < "full").
// score: the level's place on 0–100 when the framework defines a mapping; empty → even spacing.
struct QualitativeLevel
{
    QString label;
    std::optional<double> score;

    bool operator==(const QualitativeLevel&) const = default;
};

// The user's 0–4 rating of one of the six qualities, with the reason for it.
struct QualityRating
{
    std::optional<int> rating; // 0..4, empty = not rated yet
    QString justification;

    bool operator==(const QualityRating&) const = default;
};

// Everything that makes a framework node an indicator.
struct IndicatorSpec
{
    QString definition;
    QString unit;
    Direction direction = Direction::HigherIsBetter;
    IndicatorKind kind = IndicatorKind::Quantitative;
    QList<QualitativeLevel> levels; // ordered worst → best, qualitative indicators only
    QString source;
    QString protocol;
    QString frequency;
    std::optional<double> collectionCost; // euros per collection
    QString collectionCostNote;
    std::optional<double> baseline;
    QDate baselineDate;
    std::optional<double> target;
    QDate targetDate;
    // Target band (direction TargetBand): 100 inside [bandLow, bandHigh], 0 at bandTolerance outside.
    std::optional<double> bandLow;
    std::optional<double> bandHigh;
    std::optional<double> bandTolerance;
    Normalization normalization = Normalization::Default;
    // Per-indicator traffic-light thresholds; empty → the project's.
    std::optional<double> redBelow;
    std::optional<double> greenFrom;
    std::array<QualityRating, QualityCount> quality;

    bool operator==(const IndicatorSpec&) const = default;
    QualityRating& rating(Quality q) { return quality[static_cast<size_t>(q)]; }
    const QualityRating& rating(Quality q) const { return quality[static_cast<size_t>(q)]; }
};

} // namespace balise
