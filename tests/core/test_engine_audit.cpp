#include "QualityAudit.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

using namespace balise::engine;
using Catch::Detail::Approx;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// `count` indicators in one sibling group, linked, equal weights, no data yet.
AuditInput indicators(int count, int periods = 0, int services = 0)
{
    AuditInput input;
    input.periods = periods;
    input.services = services;
    for (int i = 0; i < count; ++i) {
        AuditIndicator indicator;
        indicator.parentShare = 1.0 / count;
        indicator.overallShare = 1.0 / count;
        input.indicators.push_back(indicator);
    }
    input.values.assign(static_cast<size_t>(count * periods * services), NaN);
    return input;
}

// Sets indicator i's values, given period by period (periods × services).
void setValues(AuditInput& input, int i, const std::vector<double>& values)
{
    const size_t block = static_cast<size_t>(input.periods * input.services);
    REQUIRE(values.size() == block);
    std::copy(values.begin(), values.end(), input.values.begin() + static_cast<std::ptrdiff_t>(i * block));
}

const AuditHint* find(const IndicatorAudit& audit, AuditHintKind kind)
{
    for (const AuditHint& hint : audit.hints)
        if (hint.kind == kind)
            return &hint;
    return nullptr;
}

} // namespace

TEST_CASE("Audit: each hint casts doubt on its quality", "[engine]")
{
    CHECK(qualityOf(AuditHintKind::LowVariation) == QualityAxis::Sensitivity);
    CHECK(qualityOf(AuditHintKind::MissingPeriods) == QualityAxis::Robustness);
    CHECK(qualityOf(AuditHintKind::Redundant) == QualityAxis::Utility);
    CHECK(qualityOf(AuditHintKind::Unlinked) == QualityAxis::Relevance);
    CHECK(qualityOf(AuditHintKind::ZeroWeight) == QualityAxis::Relevance);
    CHECK(qualityOf(AuditHintKind::CostlyForWeight) == QualityAxis::Value);
}

TEST_CASE("Audit: ratings are carried and counted when missing", "[engine]")
{
    AuditInput input = indicators(2);
    input.indicators[0].ratings = {4, 3, 2, 1, 0, 4};
    input.indicators[1].ratings = {4, -1, 2, -1, 0, 4};
    const auto result = auditIndicators(input);
    CHECK(result.indicators[0].ratings == input.indicators[0].ratings);
    CHECK(result.indicators[0].unrated == 0);
    CHECK(result.indicators[1].unrated == 2);
    CHECK(result.indicators[0].hints.empty());
}

TEST_CASE("Audit: near-zero variation is a sensitivity doubt", "[engine]")
{
    // 2 periods × 3 services. I0 all equal; I1 varies by ±0.5 % around 100 (CV < 1 %); I2 varies
    // widely; I3 has a single value (nothing to say).
    AuditInput input = indicators(4, 2, 3);
    setValues(input, 0, {7, 7, 7, 7, 7, NaN});
    setValues(input, 1, {100, 100.5, 99.5, 100, 100.5, 99.5});
    setValues(input, 2, {10, 20, 30, 12, 25, 31});
    setValues(input, 3, {5, NaN, NaN, NaN, NaN, NaN});
    const auto result = auditIndicators(input);
    const AuditHint* equal = find(result.indicators[0], AuditHintKind::LowVariation);
    REQUIRE(equal);
    CHECK(equal->value == 0.0);
    CHECK(result.indicators[0].doubts(QualityAxis::Sensitivity));
    // σ = √(0.5²·4/6) = 0.4082 around 100: CV = 0.004082.
    const AuditHint* small = find(result.indicators[1], AuditHintKind::LowVariation);
    REQUIRE(small);
    CHECK(small->value == Approx(std::sqrt(1.0 / 6.0) / 100.0));
    CHECK_FALSE(result.indicators[2].has(AuditHintKind::LowVariation));
    CHECK(result.indicators[2].variation > 0.3);
    CHECK_FALSE(result.indicators[3].has(AuditHintKind::LowVariation));
    CHECK(std::isnan(result.indicators[3].variation));
    CHECK(result.indicators[3].presentValues == 1);
}

TEST_CASE("Audit: more than half of the periods without any value is a robustness doubt", "[engine]")
{
    // 4 periods × 2 services: I0 measured in 1 period (3 missing), I1 in 2 (exactly half: no doubt),
    // I2 never.
    AuditInput input = indicators(3, 4, 2);
    setValues(input, 0, {1, 2, NaN, NaN, NaN, NaN, NaN, NaN});
    setValues(input, 1, {1, 5, NaN, 3, NaN, NaN, NaN, NaN});
    const auto result = auditIndicators(input);
    const AuditHint* missing = find(result.indicators[0], AuditHintKind::MissingPeriods);
    REQUIRE(missing);
    CHECK(missing->value == 3);
    CHECK(missing->count == 4);
    CHECK(result.indicators[0].doubts(QualityAxis::Robustness));
    CHECK(result.indicators[1].missingPeriods == 2);
    CHECK_FALSE(result.indicators[1].has(AuditHintKind::MissingPeriods));
    CHECK(result.indicators[2].missingPeriods == 4);
    CHECK(result.indicators[2].has(AuditHintKind::MissingPeriods));
}

TEST_CASE("Audit: |r| above 0.9 with a sibling is a utility doubt naming the sibling", "[engine]")
{
    // 2 periods × 3 services. I1 = 2·I0 + 1 except one pair missing (r = 1 over 5 pairs); I2 mirrors
    // I0 (r = −1) but sits in another group; I3 is unrelated; I4 follows I0 on only 2 pairs.
    AuditInput input = indicators(5, 2, 3);
    input.indicators[2].group = 1;
    setValues(input, 0, {1, 2, 4, 3, 5, 8});
    setValues(input, 1, {3, 5, 9, 7, NaN, 17});
    setValues(input, 2, {-1, -2, -4, -3, -5, -8});
    setValues(input, 3, {5, 1, 4, 4, 1, 2});
    setValues(input, 4, {1, 2, NaN, NaN, NaN, NaN});
    const auto result = auditIndicators(input);
    const AuditHint* redundant = find(result.indicators[0], AuditHintKind::Redundant);
    REQUIRE(redundant);
    CHECK(redundant->other == 1);
    CHECK(redundant->value == Approx(1.0));
    CHECK(redundant->count == 5);
    const AuditHint* back = find(result.indicators[1], AuditHintKind::Redundant);
    REQUIRE(back);
    CHECK(back->other == 0);
    CHECK(result.indicators[1].doubts(QualityAxis::Utility));
    // Not siblings, too few pairs, or unrelated: no doubt.
    CHECK_FALSE(result.indicators[2].has(AuditHintKind::Redundant));
    CHECK_FALSE(result.indicators[3].has(AuditHintKind::Redundant));
    CHECK_FALSE(result.indicators[4].has(AuditHintKind::Redundant));
    CHECK(result.indicators[0].hints.size() == 1);

    // A strong negative correlation counts too (the same information, reversed).
    input.indicators[2].group = 0;
    const auto reversed = auditIndicators(input);
    int partners = 0;
    for (const AuditHint& hint : reversed.indicators[0].hints)
        if (hint.kind == AuditHintKind::Redundant && hint.other == 2) {
            CHECK(hint.value == Approx(-1.0));
            ++partners;
        }
    CHECK(partners == 1);
}

TEST_CASE("Audit: no vade-mecum link or no weight is a relevance doubt", "[engine]")
{
    AuditInput input = indicators(3);
    input.indicators[0].linked = false;
    input.indicators[1].parentShare = 0.0;
    input.indicators[1].overallShare = 0.0;
    input.indicators[2].parentShare = 0.5; // its own weight counts but a node above weighs zero
    input.indicators[2].overallShare = 0.0;
    const auto result = auditIndicators(input);
    CHECK(result.indicators[0].has(AuditHintKind::Unlinked));
    CHECK(result.indicators[0].doubts(QualityAxis::Relevance));
    CHECK_FALSE(result.indicators[0].has(AuditHintKind::ZeroWeight));
    const AuditHint* zero = find(result.indicators[1], AuditHintKind::ZeroWeight);
    REQUIRE(zero);
    CHECK(zero->value == 0.0);
    const AuditHint* above = find(result.indicators[2], AuditHintKind::ZeroWeight);
    REQUIRE(above);
    CHECK(above->value == 0.5);
    CHECK_FALSE(result.indicators[1].has(AuditHintKind::Unlinked));

    // An empty vade-mecum: nothing to link to, no doubt.
    input.checkLinks = false;
    CHECK_FALSE(auditIndicators(input).indicators[0].has(AuditHintKind::Unlinked));
}

TEST_CASE("Audit: a cost share above twice the weight share is a value doubt", "[engine]")
{
    // Overall weights 0.6, 0.2, 0.2 (I2's cost is unknown); costs 100, 500, ?. Among the costed:
    // cost shares 1/6 and 5/6, weight shares 0.75 and 0.25 → I1 (5/6 > 2 × 0.25) is doubtful.
    AuditInput input = indicators(3);
    input.indicators[0].overallShare = 0.6;
    input.indicators[1].overallShare = 0.2;
    input.indicators[2].overallShare = 0.2;
    input.indicators[0].collectionCost = 100;
    input.indicators[1].collectionCost = 500;
    const auto result = auditIndicators(input);
    CHECK_FALSE(result.indicators[0].has(AuditHintKind::CostlyForWeight));
    CHECK(result.indicators[0].costShare == Approx(1.0 / 6.0));
    CHECK(result.indicators[0].weightShare == Approx(0.75));
    const AuditHint* costly = find(result.indicators[1], AuditHintKind::CostlyForWeight);
    REQUIRE(costly);
    CHECK(costly->value == Approx(5.0 / 6.0));
    CHECK(costly->reference == Approx(0.25));
    CHECK(result.indicators[1].doubts(QualityAxis::Value));
    CHECK(std::isnan(result.indicators[2].costShare));

    // Costs 100 and 50: 1/3 is not above 2 × 0.25 = 0.5, and I0's 2/3 not above 1.5.
    input.indicators[1].collectionCost = 50;
    const auto cheap = auditIndicators(input);
    CHECK_FALSE(cheap.indicators[0].has(AuditHintKind::CostlyForWeight));
    CHECK_FALSE(cheap.indicators[1].has(AuditHintKind::CostlyForWeight));
    // A single known cost cannot be compared with anything.
    input.indicators[1].collectionCost = AuditIndicator::unknown;
    CHECK(std::isnan(auditIndicators(input).indicators[0].costShare));
}

TEST_CASE("Audit: readability thresholds per sibling group and for the framework", "[engine]")
{
    AuditInput input = indicators(9);
    for (int i = 0; i < 9; ++i)
        input.indicators[static_cast<size_t>(i)].group = i < 8 ? 3 : 5;
    input.thresholds.maxIndicatorsPerGroup = 7;
    input.thresholds.maxIndicatorsInFramework = 8;
    auto result = auditIndicators(input);
    REQUIRE(result.crowdedGroups.size() == 1);
    CHECK(result.crowdedGroups[0].group == 3);
    CHECK(result.crowdedGroups[0].indicators == 8);
    CHECK(result.indicatorCount == 9);
    CHECK(result.tooManyIndicators);

    input.thresholds.maxIndicatorsPerGroup = 8;
    input.thresholds.maxIndicatorsInFramework = 9;
    result = auditIndicators(input);
    CHECK(result.crowdedGroups.empty());
    CHECK_FALSE(result.tooManyIndicators);
}

TEST_CASE("Audit: values must match indicators × periods × services", "[engine]")
{
    AuditInput input = indicators(2, 2, 2);
    input.values.pop_back();
    CHECK_THROWS_AS(auditIndicators(input), std::invalid_argument);
}
