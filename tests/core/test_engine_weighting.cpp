#include "GroupWeighting.h"
#include "Weighting.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

using namespace balise::engine;
using Catch::Detail::Approx;

TEST_CASE("Direct points are normalised — negative, NaN and all-zero points are errors", "[engine]")
{
    const auto ok = directPoints(std::vector<double>{3, 1, 0, 4});
    REQUIRE(ok.ok());
    CHECK(ok.weights == std::vector<double>{0.375, 0.125, 0.0, 0.5});
    CHECK(ok.total == 8);

    const auto negative = directPoints(std::vector<double>{1, -2});
    CHECK(negative.error == WeightError::Negative);
    CHECK(negative.item == 1);
    CHECK(negative.weights.empty());
    CHECK(directPoints(std::vector<double>{1, std::numeric_limits<double>::quiet_NaN()}).error ==
          WeightError::NotFinite);
    CHECK(directPoints(std::vector<double>{0, 0}).error == WeightError::AllZero);
    CHECK(directPoints(std::vector<double>{}).error == WeightError::Empty);
}

TEST_CASE("Percentages must sum to 100 within 0.01", "[engine]")
{
    const auto thirds = directPercentages(std::vector<double>{33.33, 33.33, 33.34});
    REQUIRE(thirds.ok());
    CHECK(thirds.weights[2] == Approx(0.3334));
    const auto rounded = directPercentages(std::vector<double>{33.33, 33.33, 33.33}); // 99.99: within 0.01
    REQUIRE(rounded.ok());
    CHECK(rounded.weights[0] == Approx(1.0 / 3.0));
    CHECK(rounded.weights[0] + rounded.weights[1] + rounded.weights[2] == Approx(1.0));

    const auto short_ = directPercentages(std::vector<double>{50, 40});
    CHECK(short_.error == WeightError::PercentSum);
    CHECK(short_.total == Approx(90));
    CHECK(directPercentages(std::vector<double>{60, 40.02}).error == WeightError::PercentSum);
    CHECK(directPercentages(std::vector<double>{120, -20}).error == WeightError::Negative);
}

TEST_CASE("Equal weights and the 100-point budget", "[engine]")
{
    const auto equal = equalWeights(4);
    REQUIRE(equal.ok());
    CHECK(equal.weights == std::vector<double>(4, 0.25));
    CHECK(equalWeights(0).error == WeightError::Empty);

    const auto budget = pointBudget(std::vector<double>{50, 30, 20, 0});
    REQUIRE(budget.ok());
    CHECK(budget.weights == std::vector<double>{0.5, 0.3, 0.2, 0.0});

    const auto over = pointBudget(std::vector<double>{60, 50});
    CHECK(over.error == WeightError::BudgetSum);
    CHECK(over.total == 110);
    CHECK(pointBudget(std::vector<double>{50, 49}).error == WeightError::BudgetSum);
    const auto fraction = pointBudget(std::vector<double>{49.5, 50.5});
    CHECK(fraction.error == WeightError::NotInteger);
    CHECK(fraction.item == 0);
    CHECK(pointBudget(std::vector<double>{110, -10}).error == WeightError::Negative);
    CHECK(pointBudget(std::vector<double>{7, 3}, 10).ok());
}

TEST_CASE("Rank order centroid: hand-computed weights, ties share the mean", "[engine]")
{
    // n = 3: w1 = (1 + 1/2 + 1/3)/3 = 11/18, w2 = (1/2 + 1/3)/3 = 5/18, w3 = (1/3)/3 = 2/18.
    const auto three = rankOrderCentroid(std::vector<int>{2, 1, 3});
    REQUIRE(three.ok());
    CHECK(three.weights[1] == Approx(0.6111).margin(5e-5));
    CHECK(three.weights[0] == Approx(0.2778).margin(5e-5));
    CHECK(three.weights[2] == Approx(0.1111).margin(5e-5));
    CHECK(three.weights[1] == Approx(11.0 / 18.0));

    // n = 4: w = (25/48, 13/48, 7/48, 3/48); items tied second and third share (13 + 7)/96 = 20/96.
    const auto tied = rankOrderCentroid(std::vector<int>{1, 2, 2, 4});
    REQUIRE(tied.ok());
    CHECK(tied.weights[0] == Approx(25.0 / 48.0));
    CHECK(tied.weights[1] == Approx(10.0 / 48.0));
    CHECK(tied.weights[2] == Approx(10.0 / 48.0));
    CHECK(tied.weights[3] == Approx(3.0 / 48.0));
    // Only the order counts: dense ranks give the same weights.
    CHECK(rankOrderCentroid(std::vector<int>{1, 2, 2, 3}).weights == tied.weights);

    const auto allTied = rankOrderCentroid(std::vector<int>{1, 1, 1});
    REQUIRE(allTied.ok());
    CHECK(allTied.weights[0] == Approx(1.0 / 3.0));
    CHECK(rankOrderCentroid(std::vector<int>{5}).weights == std::vector<double>{1.0});

    const auto bad = rankOrderCentroid(std::vector<int>{1, 0});
    CHECK(bad.error == WeightError::InvalidRank);
    CHECK(bad.item == 1);
    CHECK(rankOrderCentroid(std::vector<int>{}).error == WeightError::Empty);
}

TEST_CASE("Group weights: the mean of normalised weights and each item's variation", "[engine]")
{
    // Stakeholder A gives points 2, 1, 1 (0.5, 0.25, 0.25); B gives percentages as points 30, 30, 40.
    const std::vector<StakeholderJudgement> group{{StakeholderJudgement::Kind::Weights, {2, 1, 1}},
                                                  {StakeholderJudgement::Kind::Weights, {30, 30, 40}}};
    const auto result = combineStakeholders(3, group);
    REQUIRE(result.ok());
    CHECK_FALSE(result.pairwise);
    CHECK(result.weights[0] == Approx(0.40));
    CHECK(result.weights[1] == Approx(0.275));
    CHECK(result.weights[2] == Approx(0.325));
    // Item 0: 0.5 and 0.3, σ = 0.1 → CV 0.25; item 1: 0.25, 0.3 → 0.025/0.275; item 2: 0.075/0.325.
    CHECK(result.itemVariation[0] == Approx(0.25));
    CHECK(result.itemVariation[1] == Approx(0.025 / 0.275));
    CHECK(result.itemVariation[2] == Approx(0.075 / 0.325));
    CHECK(result.meanVariation == Approx((0.25 + 0.025 / 0.275 + 0.075 / 0.325) / 3));
    CHECK(result.maxVariation == Approx(0.25));
    CHECK(result.stakeholderConsistency == std::vector<double>{0.0, 0.0});

    // Full agreement (on shares, whatever the scale) is zero disagreement.
    const std::vector<StakeholderJudgement> same{{StakeholderJudgement::Kind::Weights, {1, 3}},
                                                 {StakeholderJudgement::Kind::Weights, {10, 30}}};
    const auto agreed = combineStakeholders(2, same);
    REQUIRE(agreed.ok());
    CHECK(agreed.maxVariation == Approx(0.0).margin(1e-12));
    CHECK(agreed.weights[1] == Approx(0.75));

    const std::vector<StakeholderJudgement> wrong{{StakeholderJudgement::Kind::Weights, {1, 3}},
                                                  {StakeholderJudgement::Kind::Weights, {1, 2, 3}}};
    const auto mismatch = combineStakeholders(2, wrong);
    CHECK(mismatch.error == WeightError::SizeMismatch);
    CHECK(mismatch.stakeholder == 1);
    const std::vector<StakeholderJudgement> negative{{StakeholderJudgement::Kind::Weights, {1, -3}}};
    const auto refused = combineStakeholders(2, negative);
    CHECK(refused.error == WeightError::Negative);
    CHECK(refused.stakeholder == 0);
    CHECK(refused.item == 1);
    CHECK(combineStakeholders(2, std::vector<StakeholderJudgement>{}).error == WeightError::Empty);
}
