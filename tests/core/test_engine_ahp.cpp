#include "Ahp.h"
#include "GroupWeighting.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace balise::engine;
using Catch::Detail::Approx;

namespace {

// A reciprocal matrix from its upper triangle, row by row: (0,1), (0,2), …, (1,2), …
std::vector<double> reciprocal(int n, std::vector<double> upper)
{
    std::vector<double> a(static_cast<size_t>(n * n), 1.0);
    size_t k = 0;
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) {
            a[static_cast<size_t>(i * n + j)] = upper[k];
            a[static_cast<size_t>(j * n + i)] = 1.0 / upper[k];
            ++k;
        }
    return a;
}

} // namespace

TEST_CASE("Saaty's random index", "[engine]")
{
    CHECK(saatyRandomIndex(1) == 0.0);
    CHECK(saatyRandomIndex(2) == 0.0);
    CHECK(saatyRandomIndex(3) == 0.58);
    CHECK(saatyRandomIndex(4) == 0.90);
    CHECK(saatyRandomIndex(10) == 1.49);
    CHECK(saatyRandomIndex(12) == 1.48);
    CHECK(saatyRandomIndex(15) == 1.59);
    CHECK(saatyRandomIndex(20) == 1.59);
}

TEST_CASE("AHP on Saaty's 3 × 3 textbook matrix: eigenvector, λmax, CI and CR to 3 decimals", "[engine]")
{
    // [[1, 3, 5], [1/3, 1, 3], [1/5, 1/3, 1]]; checked independently by a power iteration in Python:
    // w = (0.63699, 0.25828, 0.10473), λmax = 3.03851, CI = 0.01926, CR = 0.0332.
    const auto result = analysePairwise(3, reciprocal(3, {3, 5, 3}));
    REQUIRE(result.ok());
    CHECK(result.weights[0] == Approx(0.637).margin(5e-4));
    CHECK(result.weights[1] == Approx(0.258).margin(5e-4));
    CHECK(result.weights[2] == Approx(0.105).margin(5e-4));
    CHECK(result.weights[0] + result.weights[1] + result.weights[2] == Approx(1.0).epsilon(1e-12));
    CHECK(result.lambdaMax == Approx(3.039).margin(5e-4));
    CHECK(result.consistencyIndex == Approx(0.019).margin(5e-4));
    CHECK(result.consistencyRatio == Approx(0.033).margin(5e-4));
    CHECK(result.randomIndex == 0.58);
    CHECK(result.consistent());
    CHECK(result.worstRow == -1);
}

TEST_CASE("AHP: a consistent matrix gives its ratios back — n ≤ 2 is always consistent", "[engine]")
{
    // w = (8, 4, 2, 1)/15: a_ij = w_i/w_j.
    const auto consistent = analysePairwise(4, reciprocal(4, {2, 4, 8, 2, 4, 2}));
    REQUIRE(consistent.ok());
    CHECK(consistent.weights[0] == Approx(8.0 / 15.0));
    CHECK(consistent.weights[3] == Approx(1.0 / 15.0));
    CHECK(consistent.lambdaMax == Approx(4.0));
    CHECK(consistent.consistencyRatio == Approx(0.0).margin(1e-9));

    const auto pair = analysePairwise(2, reciprocal(2, {9}));
    REQUIRE(pair.ok());
    CHECK(pair.weights[0] == Approx(0.9));
    CHECK(pair.consistencyRatio == 0.0);
    const auto one = analysePairwise(1, std::vector<double>{1.0});
    REQUIRE(one.ok());
    CHECK(one.weights == std::vector<double>{1.0});
}

TEST_CASE("AHP: an inconsistent 4 × 4 names the judgement that contradicts the others", "[engine]")
{
    // As above but item 0 is said to be 8 times *less* important than item 3 (1/8 instead of 8).
    // Python check: w = (0.21761, 0.30167, 0.15084, 0.32988), λmax = 6.73465, CR = 1.01283, and
    // |ln(a_03 · w_3 / w_0)| = 1.663 is the largest departure.
    const auto result = analysePairwise(4, reciprocal(4, {2, 4, 1.0 / 8.0, 2, 4, 2}));
    REQUIRE(result.ok());
    CHECK(result.weights[0] == Approx(0.2176).margin(5e-4));
    CHECK(result.weights[3] == Approx(0.3299).margin(5e-4));
    CHECK(result.lambdaMax == Approx(6.735).margin(5e-4));
    CHECK(result.consistencyRatio == Approx(1.013).margin(5e-4));
    CHECK_FALSE(result.consistent());
    CHECK(result.worstRow == 0);
    CHECK(result.worstColumn == 3);
    CHECK(result.worstJudgement == Approx(0.125));
    CHECK(result.consistentJudgement == Approx(0.2176 / 0.3299).epsilon(2e-3));
}

TEST_CASE("AHP validates the matrix", "[engine]")
{
    CHECK(analysePairwise(0, {}).error == AhpError::Empty);
    CHECK(analysePairwise(2, std::vector<double>{1, 2, 0.5}).error == AhpError::NotSquare);
    auto zero = reciprocal(3, {3, 5, 3});
    zero[1] = 0.0;
    const auto notPositive = analysePairwise(3, zero);
    CHECK(notPositive.error == AhpError::NotPositive);
    CHECK(notPositive.row == 0);
    CHECK(notPositive.column == 1);
    const auto outOfScale = analysePairwise(3, reciprocal(3, {3, 12, 3}));
    CHECK(outOfScale.error == AhpError::OutOfScale);
    CHECK(outOfScale.row == 0);
    CHECK(outOfScale.column == 2);
    auto skewed = reciprocal(3, {3, 5, 3});
    skewed[3] = 0.333; // a_10 typed as 0.333 instead of 1/3
    const auto notReciprocal = analysePairwise(3, skewed);
    CHECK(notReciprocal.error == AhpError::NotReciprocal);
    CHECK(notReciprocal.row == 0);
    CHECK(notReciprocal.column == 1);
    auto diagonal = reciprocal(2, {2});
    diagonal[0] = 2.0;
    CHECK(analysePairwise(2, diagonal).error == AhpError::NotReciprocal);
    // The scale's ends are allowed, 1/9 included.
    CHECK(analysePairwise(2, reciprocal(2, {1.0 / 9.0})).ok());
}

TEST_CASE("Group AHP: geometric mean of judgements, reciprocal, with its CR and the dispersion", "[engine]")
{
    // A: [[1,3,5],[1/3,1,3],[1/5,1/3,1]]; B: a01 = 1/3, a02 = 3, a12 = 7.
    // g01 = √(3·1/3) = 1, g02 = √15 = 3.873, g12 = √21 = 4.583. Python: w = (0.43444, 0.45950, 0.10606),
    // λmax = 3.00315, CR = 0.00271; B alone has CR = 0.00605.
    const std::vector<StakeholderJudgement> group{
        {StakeholderJudgement::Kind::Pairwise, reciprocal(3, {3, 5, 3})},
        {StakeholderJudgement::Kind::Pairwise, reciprocal(3, {1.0 / 3.0, 3, 7})}};
    const auto result = combineStakeholders(3, group);
    REQUIRE(result.ok());
    CHECK(result.pairwise);
    const auto& g = result.combinedMatrix;
    CHECK(g[1] == Approx(1.0));
    CHECK(g[2] == Approx(std::sqrt(15.0)));
    CHECK(g[5] == Approx(std::sqrt(21.0)));
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            CHECK(g[static_cast<size_t>(i * 3 + j)] * g[static_cast<size_t>(j * 3 + i)] == Approx(1.0).epsilon(1e-15));
    CHECK(result.weights[0] == Approx(0.434).margin(5e-4));
    CHECK(result.weights[1] == Approx(0.460).margin(5e-4));
    CHECK(result.weights[2] == Approx(0.106).margin(5e-4));
    CHECK(result.combined.consistencyRatio == Approx(0.0027).margin(5e-5));
    REQUIRE(result.stakeholderConsistency.size() == 2);
    CHECK(result.stakeholderConsistency[0] == Approx(0.0332).margin(5e-5));
    CHECK(result.stakeholderConsistency[1] == Approx(0.00605).margin(5e-5));
    // Dispersion: exp(|ln a − ln b|/2) for two people: 3 for "3" against "1/3", √(5/3), √(7/3).
    REQUIRE(result.judgementDispersion.size() == 3);
    CHECK(result.judgementDispersion[0] == Approx(3.0));
    CHECK(result.judgementDispersion[1] == Approx(std::sqrt(5.0 / 3.0)));
    CHECK(result.judgementDispersion[2] == Approx(std::sqrt(7.0 / 3.0)));
    CHECK(result.maxDispersion == Approx(3.0));
    CHECK(result.meanDispersion == Approx((3.0 + std::sqrt(5.0 / 3.0) + std::sqrt(7.0 / 3.0)) / 3.0));
}

TEST_CASE("Group AHP: one agreeing stakeholder, a bad matrix, and a mixed group", "[engine]")
{
    const auto matrix = reciprocal(3, {3, 5, 3});
    const auto alone =
        combineStakeholders(3, std::vector<StakeholderJudgement>{{StakeholderJudgement::Kind::Pairwise, matrix}});
    REQUIRE(alone.ok());
    CHECK(alone.maxDispersion == Approx(1.0));
    CHECK(alone.weights[0] == Approx(0.637).margin(5e-4));

    const auto bad = combineStakeholders(
        3, std::vector<StakeholderJudgement>{{StakeholderJudgement::Kind::Pairwise, matrix},
                                             {StakeholderJudgement::Kind::Pairwise, reciprocal(3, {3, 15, 3})}});
    CHECK(bad.error == WeightError::InvalidMatrix);
    CHECK(bad.stakeholder == 1);
    CHECK(bad.ahpError == AhpError::OutOfScale);

    // A matrix and weights: the matrix contributes its eigenvector, then weights are averaged.
    const auto mixed =
        combineStakeholders(3, std::vector<StakeholderJudgement>{{StakeholderJudgement::Kind::Pairwise, matrix},
                                                                 {StakeholderJudgement::Kind::Weights, {1, 1, 1}}});
    REQUIRE(mixed.ok());
    CHECK_FALSE(mixed.pairwise);
    CHECK(mixed.weights[0] == Approx((0.63699 + 1.0 / 3.0) / 2).margin(1e-4));
    CHECK(mixed.stakeholderConsistency[0] == Approx(0.0332).margin(5e-5));
    CHECK(mixed.maxVariation > 0.0);
}
