#include "OneAtATime.h"
#include "SyntheticModel.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace balise::engine;
using Catch::Detail::Approx;

TEST_CASE("One-at-a-time weight shifts, two indicators by hand", "[engine]")
{
    // Root → I1, I2 with equal weights. A = (90, 20) → 55, B = (40, 60) → 50, C = (50, 50) → 50.
    const FlatTree tree({0, 0}, {0, 1});
    const std::vector<double> scores{0, 0, 0, 90, 40, 50, 20, 60, 50}; // node-major: root, I1, I2 × (A, B, C)
    const CompositeModel model(tree, {1, 1, 1}, {scores}, 3, {});
    const OneAtATimeResult r = OneAtATime(model).run(0.5);
    REQUIRE_FALSE(r.cancelled);
    CHECK(r.nodes == std::vector<int>{1, 2});
    CHECK(r.nominalScores[0] == Approx(55));
    CHECK(r.nominalRanks == std::vector<int>{1, 2, 2}); // B and C tie

    // I1 at −50 %: shares 1/3, 2/3 → A = 30 + 13.33 = 43.33, B = 13.33 + 40 = 53.33, C = 50.
    // Ranks B 1, C 2, A 3.
    CHECK(r.scoreChange[r.index(0, 0, 0)] == Approx(43.0 + 1.0 / 3 - 55));
    CHECK(r.scoreChange[r.index(0, 0, 1)] == Approx(53.0 + 1.0 / 3 - 50));
    CHECK(r.scoreChange[r.index(0, 0, 2)] == Approx(0).margin(1e-12));
    CHECK(r.rankChange[r.index(0, 0, 0)] == 2);
    CHECK(r.rankChange[r.index(0, 0, 1)] == -1);
    CHECK(r.rankChange[r.index(0, 0, 2)] == 0);

    // I1 at +50 %: shares 0.6, 0.4 → A = 62, B = 48, C = 50; ranks A 1, C 2, B 3.
    CHECK(r.scoreChange[r.index(0, 1, 0)] == Approx(7));
    CHECK(r.scoreChange[r.index(0, 1, 1)] == Approx(-2));
    CHECK(r.rankChange[r.index(0, 1, 0)] == 0);
    CHECK(r.rankChange[r.index(0, 1, 1)] == 1);
    CHECK(r.rankChange[r.index(0, 1, 2)] == 0);

    // I2 at +50 % is I1 at −50 %: shares 0.4, 0.6 → A = 48, B = 52, C = 50.
    CHECK(r.scoreChange[r.index(1, 1, 0)] == Approx(-7));
    CHECK(r.rankChange[r.index(1, 1, 0)] == 2);
    CHECK(r.rankChange[r.index(1, 1, 1)] == -1);
}

TEST_CASE("One-at-a-time: an only child does not move, missing scores give no change", "[engine]")
{
    // Root → O1 → I1 (only child), root → I2; service B has no I1 value.
    const FlatTree tree({0, 1, 0}, {-1, 0, 1});
    const double NaN = std::numeric_limits<double>::quiet_NaN();
    const std::vector<double> scores{0, 0, 0, 0, 80, NaN, 40, 60};
    const CompositeModel model(tree, {1, 1, 1, 1}, {scores}, 2, {AggregationMethod::Arithmetic, 0.9});
    const OneAtATimeResult r = OneAtATime(model).run(0.2);
    CHECK(r.nominalRanks == std::vector<int>{1, 0}); // B lacks half its weight: insufficient at 90 %
    CHECK(r.scoreChange[r.index(1, 0, 0)] == 0.0);   // I1 (node 2) is O1's only child
    CHECK(r.rankChange[r.index(1, 1, 0)] == 0.0);
    CHECK(std::isnan(r.scoreChange[r.index(0, 0, 1)]));
    CHECK(std::isnan(r.rankChange[r.index(0, 0, 1)]));
    CHECK(r.scoreChange[r.index(0, 1, 0)] == Approx(1.2 / 2.2 * 80 + 1 / 2.2 * 40 - 60));
}

TEST_CASE("One-at-a-time refuses changes outside (0, 1)", "[engine]")
{
    const auto m = balise::test::SyntheticModel::make(1, 1, 2, 2);
    const CompositeModel model = m.model();
    CHECK_THROWS_AS(OneAtATime(model).run(0.0), std::invalid_argument);
    CHECK_THROWS_AS(OneAtATime(model).run(1.0), std::invalid_argument);
    CHECK_THROWS_AS(OneAtATime(model).run(-0.2), std::invalid_argument);
}
