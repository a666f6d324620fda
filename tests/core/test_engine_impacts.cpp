#include "ImpactAccounting.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

using namespace balise::engine;
using Catch::Detail::Approx;

namespace {

// The guide's Copenhagen health account per km cycled (DataCités, rec. 9): health benefit 0.23 for
// society and 0.50 for the cyclist, accident cost 0.07 and 0.03 (negative: costs).
ImpactInput copenhagen()
{
    ImpactInput input;
    input.lines = {{0.23, ImpactBearer::Society},
                   {0.50, ImpactBearer::User},
                   {-0.07, ImpactBearer::Society},
                   {-0.03, ImpactBearer::User}};
    return input;
}

} // namespace

TEST_CASE("Copenhagen: net health effect 0.16 society, 0.47 cyclist, 0.63 per km", "[engine]")
{
    ImpactInput input = copenhagen();
    input.volumes = {1000.0, 2000.0};
    input.discountRate = 0.0;
    const auto result = computeImpacts(input);
    REQUIRE(result.ok());
    CHECK(result.unitSociety == Approx(0.16));
    CHECK(result.unitUser == Approx(0.47));
    CHECK(result.unitTotal == Approx(0.63));
    // Per line and period: value × volume.
    REQUIRE(result.lineValues.size() == 8);
    CHECK(result.lineValues[0] == Approx(230.0));  // society benefit, period 1
    CHECK(result.lineValues[1] == Approx(460.0));  // society benefit, period 2
    CHECK(result.lineValues[5] == Approx(-140.0)); // society accident cost, period 2
    CHECK(result.society[0] == Approx(160.0));
    CHECK(result.user[0] == Approx(470.0));
    CHECK(result.total[0] == Approx(630.0));
    CHECK(result.total[1] == Approx(1260.0));
    CHECK(result.netSociety == Approx(480.0));
    CHECK(result.netUser == Approx(1410.0));
    CHECK(result.net == Approx(1890.0));
    // No investment, no discounting: NPV is the sum; the NPV never crosses zero, so no IRR.
    CHECK(result.npv == Approx(1890.0));
    CHECK_FALSE(result.irr.has_value());
}

TEST_CASE("NPV and IRR against hand-computed cash flows", "[engine]")
{
    // −100 now, +60 at the end of periods 1 and 2, r = 10 %:
    // NPV = −100 + 60/1.1 + 60/1.21 = 4.1322; IRR: 60x² + 60x − 100 = 0 with x = 1/(1+r),
    // x = (−60 + √27600)/120 = 0.884437, r = 0.130662.
    const std::vector<double> flows{60.0, 60.0};
    CHECK(netPresentValue(100.0, flows, 0.10) == Approx(4.132231).epsilon(1e-6));
    bool ambiguous = true;
    const auto irr = internalRateOfReturn(100.0, flows, &ambiguous);
    REQUIRE(irr.has_value());
    const double x = (-60.0 + std::sqrt(27600.0)) / 120.0;
    CHECK(*irr == Approx(1.0 / x - 1.0).epsilon(1e-9));
    CHECK(*irr == Approx(0.1307).margin(5e-5));
    CHECK_FALSE(ambiguous);
    CHECK(netPresentValue(100.0, flows, *irr) == Approx(0.0).margin(1e-8));

    // The same through an account: one line of 1 € per unit and volumes 60, 60.
    ImpactInput input;
    input.lines = {{1.0, ImpactBearer::Society}};
    input.volumes = {60.0, 60.0};
    input.investment = 100.0;
    input.discountRate = 0.10;
    const auto result = computeImpacts(input);
    REQUIRE(result.ok());
    CHECK(result.npv == Approx(4.132231).epsilon(1e-6));
    REQUIRE(result.irr.has_value());
    CHECK(*result.irr == Approx(0.130662).epsilon(1e-5));

    // Nothing ever comes back, or only more costs: the NPV is negative at every rate, no IRR.
    CHECK_FALSE(internalRateOfReturn(100.0, std::vector<double>{0.0, 0.0}).has_value());
    CHECK_FALSE(internalRateOfReturn(100.0, std::vector<double>{-10.0, -10.0}).has_value());
    // Flows far below the investment still have a (very negative) rate: −100, +10, +10 → about −73 %.
    const auto poor = internalRateOfReturn(100.0, std::vector<double>{10.0, 10.0});
    REQUIRE(poor.has_value());
    CHECK(netPresentValue(100.0, std::vector<double>{10.0, 10.0}, *poor) == Approx(0.0).margin(1e-8));
    // A loss-making investment returning less than it cost has a negative IRR: −100, +50, +40 → −6.5 %.
    const auto negative = internalRateOfReturn(100.0, std::vector<double>{50.0, 40.0});
    REQUIRE(negative.has_value());
    CHECK(netPresentValue(100.0, std::vector<double>{50.0, 40.0}, *negative) == Approx(0.0).margin(1e-8));
    CHECK(*negative < 0.0);
    // −100, +230, −132 has two rates (10 % and 20 %): the lowest is given and flagged ambiguous.
    const auto two = internalRateOfReturn(100.0, std::vector<double>{230.0, -132.0}, &ambiguous);
    REQUIRE(two.has_value());
    CHECK(*two == Approx(0.10).epsilon(1e-9));
    CHECK(ambiguous);
}

TEST_CASE("Impact accounts refuse NaN, negative volumes and a rate at or below −100 %", "[engine]")
{
    ImpactInput input = copenhagen();
    input.volumes = {10.0, -1.0};
    const auto negative = computeImpacts(input);
    CHECK(negative.error == ImpactError::NegativeVolume);
    CHECK(negative.index == 1);
    input.volumes = {10.0, std::numeric_limits<double>::quiet_NaN()};
    CHECK(computeImpacts(input).error == ImpactError::NotFinite);
    input.volumes = {10.0};
    input.discountRate = -1.0;
    CHECK(computeImpacts(input).error == ImpactError::BadDiscountRate);
    input.discountRate = 0.04;
    input.lines[1].valuePerUnit = std::numeric_limits<double>::infinity();
    const auto line = computeImpacts(input);
    CHECK(line.error == ImpactError::NotFinite);
    CHECK(line.index == 1);

    // An account with no period: totals are empty, NPV is minus the investment.
    ImpactInput empty = copenhagen();
    empty.investment = 50.0;
    const auto none = computeImpacts(empty);
    REQUIRE(none.ok());
    CHECK(none.total.empty());
    CHECK(none.npv == Approx(-50.0));
    CHECK_FALSE(none.irr.has_value());
}
