#include "Aggregation.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

using namespace balise::engine;
using Catch::Detail::Approx;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// root(0) ─ O1(1) ─ I1(2), I2(3)
//         └ O2(4) ─ I3(5)
FlatTree twoObjectives()
{
    return FlatTree({0, 1, 1, 0, 4}, {-1, 0, 1, -1, 2});
}

} // namespace

TEST_CASE("The flat tree numbers nodes in pre-order and refuses other orders", "[engine]")
{
    const FlatTree tree = twoObjectives();
    CHECK(tree.nodeCount() == 6);
    CHECK(tree.indicatorCount() == 3);
    CHECK(tree.children(0).size() == 2);
    CHECK(tree.children(1).size() == 2);
    CHECK(tree.nodeOfIndicator(2) == 5);
    CHECK(tree.depth(5) == 2);
    CHECK_THROWS(FlatTree({2, 0}, {-1, -1})); // a parent after its child
    CHECK_THROWS(FlatTree({0, 1}, {0, 1}));   // an indicator with a child
    CHECK_THROWS(FlatTree({0, 0}, {0, 2}));   // a gap in indicator columns
}

TEST_CASE("Sibling shares sum to one — all-zero siblings get nothing", "[engine]")
{
    const FlatTree tree = twoObjectives();
    const std::vector<double> raw{0, 3, 1, 3, 1, 0};
    const auto shares = siblingShares(tree, raw);
    CHECK(shares[1] == Approx(0.75));
    CHECK(shares[4] == Approx(0.25));
    CHECK(shares[2] == Approx(0.25));
    CHECK(shares[3] == Approx(0.75));
    CHECK(shares[5] == 0.0); // O2's only child weighs 0
}

TEST_CASE("Weighted arithmetic and geometric means, hand-computed", "[engine]")
{
    const FlatTree tree = twoObjectives();
    const auto shares = siblingShares(tree, std::vector<double>{0, 1, 1, 3, 1, 1});
    // Two services: A = (40, 80, 60), B = (0, 100, 50).
    std::vector<double> scores{0, 0, 0, 0, 40, 0, 80, 100, 0, 0, 60, 50};
    std::vector<double> coverage(scores.size());
    aggregate(tree, shares, {AggregationMethod::Arithmetic, 0.5}, 2, scores, coverage);
    // O1(A) = 0.25·40 + 0.75·80 = 70; O1(B) = 75; overall(A) = (70 + 60)/2 = 65, (B) = (75 + 50)/2 = 62.5
    CHECK(scores[2] == Approx(70));
    CHECK(scores[3] == Approx(75));
    CHECK(scores[0] == Approx(65));
    CHECK(scores[1] == Approx(62.5));
    CHECK(coverage[0] == Approx(1));

    std::vector<double> geo{0, 0, 0, 0, 40, 0, 80, 100, 0, 0, 60, 50};
    aggregate(tree, shares, {AggregationMethod::Geometric, 0.5}, 2, geo, coverage);
    // O1(A) = 41^0.25 · 81^0.75 − 1; O1(B) = 1^0.25 · 101^0.75 − 1
    const double o1a = std::pow(41.0, 0.25) * std::pow(81.0, 0.75) - 1;
    const double o1b = std::pow(101.0, 0.75) - 1;
    CHECK(geo[2] == Approx(o1a));
    CHECK(geo[3] == Approx(o1b));
    CHECK(geo[0] == Approx(std::sqrt((o1a + 1) * 61.0) - 1));
    CHECK(geo[1] == Approx(std::sqrt((o1b + 1) * 51.0) - 1));
    // A zero score is allowed: 0 shifts to 1, not to log(0).
    CHECK(std::isfinite(geo[3]));
}

TEST_CASE("Missing data renormalises over present children and carries coverage up", "[engine]")
{
    const FlatTree tree = twoObjectives();
    const auto shares = siblingShares(tree, std::vector<double>{0, 1, 1, 3, 1, 1});
    // One service: I1 = 40, I2 missing, I3 = 60.
    std::vector<double> scores{0, 0, 40, NaN, 0, 60};
    std::vector<double> coverage(scores.size());
    aggregate(tree, shares, {AggregationMethod::Arithmetic, 0.5}, 1, scores, coverage);
    // O1 has only 25 % of its weight present: below 50 %, insufficient.
    CHECK(coverage[1] == Approx(0.25));
    CHECK(std::isnan(scores[1]));
    // Overall coverage = 0.5·0.25 + 0.5·1 = 0.625 ≥ 0.5; its score uses O2 alone (O1 has none).
    CHECK(coverage[0] == Approx(0.625));
    CHECK(scores[0] == Approx(60));

    std::vector<double> lenient{0, 0, 40, NaN, 0, 60};
    aggregate(tree, shares, {AggregationMethod::Arithmetic, 0.2}, 1, lenient, coverage);
    CHECK(lenient[1] == Approx(40)); // renormalised over I1 alone
    CHECK(lenient[0] == Approx(50));

    std::vector<double> empty{0, 0, NaN, NaN, 0, NaN};
    aggregate(tree, shares, {AggregationMethod::Arithmetic, 0.0}, 1, empty, coverage);
    CHECK(std::isnan(empty[0])); // nothing present: no score even with no threshold
    CHECK(coverage[0] == 0.0);
}
