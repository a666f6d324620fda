#pragma once

#include <array>
#include <limits>
#include <vector>

// Indicator quality audit (DESIGN §3): the user's six ratings of each indicator, hints computed from
// the data and the framework where they exist, and the readability warnings.
namespace balise::engine {

// The six qualities of a good indicator, in the order of the model's Quality (core/model/Enums.h).
enum class QualityAxis
{
    Robustness,
    Sensitivity,
    Simplicity,
    Relevance,
    Value,
    Utility
};
inline constexpr int qualityAxisCount = 6;

// What raised a doubt; each kind casts doubt on one quality (qualityOf).
enum class AuditHintKind
{
    LowVariation,   // sensitivity: the values barely vary across services and periods
    MissingPeriods, // robustness: most periods have no value at all
    Redundant,      // utility: moves with a sibling indicator (|r| above the threshold)
    Unlinked,       // relevance: nothing above it is linked to the vade-mecum
    ZeroWeight,     // relevance: it does not count in the overall score
    CostlyForWeight // value: its share of the collection cost is high against its share of the weight
};

QualityAxis qualityOf(AuditHintKind kind);

struct AuditHint
{
    AuditHintKind kind = AuditHintKind::LowVariation;
    // The figures behind the hint, for the message:
    // LowVariation: value = coefficient of variation; MissingPeriods: value = periods without data,
    // count = periods; Redundant: value = Pearson r, count = (service, period) pairs, other = sibling;
    // ZeroWeight: value = share among siblings (0 when its own weight is zero, > 0 when a node above it
    // weighs zero); CostlyForWeight: value = cost share, reference = weight share.
    double value = 0.0;
    double reference = 0.0;
    int count = 0;
    int other = -1;
};

struct AuditIndicator
{
    static constexpr double unknown = std::numeric_limits<double>::quiet_NaN();

    std::array<int, qualityAxisCount> ratings{-1, -1, -1, -1, -1, -1}; // 0–4, −1 = not rated
    // Weight share among its siblings, and in the overall score (the product of the shares from the root).
    double parentShare = 1.0;
    double overallShare = 1.0;
    double collectionCost = unknown; // per collection, NaN = unknown
    bool linked = true;              // some node above it (or itself) cites the vade-mecum
    int group = 0;                   // sibling group (its parent): redundancy and readability look within it
};

struct AuditThresholds
{
    double lowVariation = 0.01;        // coefficient of variation below which values "barely vary"
    double missingPeriodShare = 0.5;   // more than this share of periods without data
    double redundantCorrelation = 0.9; // |r| above this with a sibling
    int minimumPairs = 3;              // (service, period) pairs both present needed for r
    double costFactor = 2.0;           // cost share above this multiple of the weight share
    int maxIndicatorsPerGroup = 7;     // readability (DESIGN §3, editable)
    int maxIndicatorsInFramework = 30;
};

struct AuditInput
{
    std::vector<AuditIndicator> indicators;
    int periods = 0;
    int services = 0;
    // values[(indicator · periods + period) · services + service]; NaN = missing. With no period or no
    // service there are no data and no data-driven hint.
    std::vector<double> values;
    // False when the vade-mecum is empty: there is nothing to link to, so Unlinked is not raised.
    bool checkLinks = true;
    AuditThresholds thresholds;
};

struct IndicatorAudit
{
    std::array<int, qualityAxisCount> ratings{-1, -1, -1, -1, -1, -1};
    int unrated = 0;                                               // qualities still without a rating
    int presentValues = 0;                                         // (service, period) values present
    double variation = std::numeric_limits<double>::quiet_NaN();   // σ/|mean| over them; NaN below 2 values
    int missingPeriods = 0;                                        // periods where no service has a value
    double costShare = std::numeric_limits<double>::quiet_NaN();   // NaN when not compared
    double weightShare = std::numeric_limits<double>::quiet_NaN(); // among the indicators with a cost
    std::vector<AuditHint> hints;

    bool has(AuditHintKind kind) const;
    bool doubts(QualityAxis quality) const;
};

struct CrowdedGroup
{
    int group = 0;
    int indicators = 0;
};

struct AuditResult
{
    std::vector<IndicatorAudit> indicators;
    std::vector<CrowdedGroup> crowdedGroups; // more than maxIndicatorsPerGroup, by group number
    int indicatorCount = 0;
    bool tooManyIndicators = false; // more than maxIndicatorsInFramework
};

// Rules (thresholds in AuditThresholds):
// - LowVariation: at least 2 values and σ/|mean| < lowVariation over every (service, period) value
//   (population σ), or all values equal (σ = 0, which also covers a mean of 0).
// - MissingPeriods: more than missingPeriodShare of the periods have no value for any service.
// - Redundant: Pearson r over the (service, period) pairs where both siblings have a value, at least
//   minimumPairs of them and neither constant over those pairs; |r| > redundantCorrelation. Both
//   siblings get the hint, each naming the other; one hint per such sibling.
// - Unlinked: checkLinks and not linked. ZeroWeight: overall share 0 (its own weight or one above).
// - CostlyForWeight: among the indicators whose cost is known (at least 2, total cost > 0), an
//   indicator's cost share cᵢ/Σc exceeds costFactor × its weight share wᵢ/Σw (overall shares taken
//   over the same indicators, so that unknown costs neither inflate nor deflate the comparison):
//   paying more than twice as much of the collection budget as it counts in the score.
// - Readability: a sibling group holding more than maxIndicatorsPerGroup indicators, or more than
//   maxIndicatorsInFramework in all.
//
// Throws std::invalid_argument when values do not hold indicators × periods × services entries.
AuditResult auditIndicators(const AuditInput& input);

} // namespace balise::engine
