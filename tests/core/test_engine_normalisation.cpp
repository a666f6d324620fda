#include "Normalisation.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace balise::engine;
using Catch::Detail::Approx;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

std::vector<double> run(const IndicatorRule& rule, std::vector<double> values, NormalisationNotes* notes = nullptr)
{
    std::vector<double> scores(values.size());
    const auto found = normalise(rule, values, scores);
    if (notes)
        *notes = found;
    return scores;
}

} // namespace

TEST_CASE("Goalposts: distance from baseline to target, clamped, both directions", "[engine]")
{
    IndicatorRule higher;
    higher.baseline = 20;
    higher.target = 70;
    const auto up = run(higher, {20, 45, 70, 90, 0, NaN});
    CHECK(up[0] == Approx(0));
    CHECK(up[1] == Approx(50));
    CHECK(up[2] == Approx(100));
    CHECK(up[3] == Approx(100)); // beyond the target
    CHECK(up[4] == Approx(0));   // below the baseline
    CHECK(std::isnan(up[5]));

    IndicatorRule lower; // kWh lost: 52 000 → 30 000
    lower.goal = Goal::LowerIsBetter;
    lower.baseline = 52000;
    lower.target = 30000;
    const auto down = run(lower, {41000, 30000, 60000});
    CHECK(down[0] == Approx(50));
    CHECK(down[1] == Approx(100));
    CHECK(down[2] == Approx(0));
}

TEST_CASE("Goalposts without a target fall back to min-max and say so", "[engine]")
{
    IndicatorRule rule;
    rule.baseline = 10;
    NormalisationNotes notes;
    const auto scores = run(rule, {10, 20, 30}, &notes);
    CHECK(notes.fellBackToMinMax);
    CHECK(scores[1] == Approx(50));
    rule.target = 10; // equal to the baseline
    run(rule, {10, 20, 30}, &notes);
    CHECK(notes.fellBackToMinMax);
}

TEST_CASE("Min-max is direction-aware — a constant indicator scores 50 and is flagged", "[engine]")
{
    IndicatorRule rule;
    rule.method = NormalisationMethod::MinMax;
    const auto up = run(rule, {2, 4, 10, NaN});
    CHECK(up[0] == Approx(0));
    CHECK(up[1] == Approx(25));
    CHECK(up[2] == Approx(100));
    CHECK(std::isnan(up[3]));
    rule.goal = Goal::LowerIsBetter;
    const auto down = run(rule, {2, 4, 10});
    CHECK(down[0] == Approx(100));
    CHECK(down[1] == Approx(75));
    NormalisationNotes notes;
    const auto flat = run(rule, {7, 7, NaN}, &notes);
    CHECK(notes.nonDiscriminating);
    CHECK(flat[0] == 50);
    CHECK(std::isnan(flat[2]));
    const auto single = run(rule, {3}, &notes); // a one-service comparison
    CHECK(single[0] == 50);
    CHECK(notes.nonDiscriminating);
}

TEST_CASE("Z-score maps 50 + 10 z onto 0-100", "[engine]")
{
    IndicatorRule rule;
    rule.method = NormalisationMethod::ZScore;
    // mean 5, population σ = 2 (values 3, 7 and 5 ± …): 2, 4, 4, 4, 5, 5, 7, 9 → mean 5, σ 2
    const auto s = run(rule, {2, 4, 4, 4, 5, 5, 7, 9});
    CHECK(s[0] == Approx(35));
    CHECK(s[4] == Approx(50));
    CHECK(s[7] == Approx(70));
    rule.goal = Goal::LowerIsBetter;
    CHECK(run(rule, {2, 4, 4, 4, 5, 5, 7, 9})[0] == Approx(65));
    // Far outliers are clamped.
    IndicatorRule wide;
    wide.method = NormalisationMethod::ZScore;
    std::vector<double> many(100, 0.0);
    many[0] = 1000;
    CHECK(run(wide, many)[0] == Approx(100));
}

TEST_CASE("Percentile rank: ties share the mean of their ranks", "[engine]")
{
    IndicatorRule rule;
    rule.method = NormalisationMethod::Rank;
    const auto s = run(rule, {10, 30, 20, 30, 5});
    // worst → best: 5 (r1), 10 (r2), 20 (r3), 30 & 30 (r4.5) ; n = 5 → 100·(r−1)/4
    CHECK(s[4] == Approx(0));
    CHECK(s[0] == Approx(25));
    CHECK(s[2] == Approx(50));
    CHECK(s[1] == Approx(87.5));
    CHECK(s[3] == Approx(87.5));
    rule.goal = Goal::LowerIsBetter;
    CHECK(run(rule, {10, 30, 20, 30, 5})[4] == Approx(100));
}

TEST_CASE("Target band: 100 inside, linear to 0 at the tolerance", "[engine]")
{
    IndicatorRule rule;
    rule.goal = Goal::TargetBand;
    rule.bandLow = 19;
    rule.bandHigh = 21;
    rule.bandTolerance = 4;
    const auto s = run(rule, {20, 19, 17, 23, 25, 30});
    CHECK(s[0] == Approx(100));
    CHECK(s[1] == Approx(100));
    CHECK(s[2] == Approx(50));
    CHECK(s[3] == Approx(50));
    CHECK(s[4] == Approx(0));
    CHECK(s[5] == Approx(0));
    rule.bandTolerance = IndicatorRule::none; // default: the band's width (2)
    CHECK(run(rule, {22})[0] == Approx(50));
}

TEST_CASE("Qualitative levels: even spacing or the framework's mapping", "[engine]")
{
    CHECK(evenLevelScores(4) == std::vector<double>{0, 100.0 / 3, 200.0 / 3, 100});
    IndicatorRule rule;
    rule.levelScores = evenLevelScores(3);
    const auto s = run(rule, {0, 1, 2, NaN, 3, 1.5});
    CHECK(s[0] == Approx(0));
    CHECK(s[1] == Approx(50));
    CHECK(s[2] == Approx(100));
    CHECK(std::isnan(s[3]));
    CHECK(std::isnan(s[4])); // no such level
    CHECK(std::isnan(s[5]));
    rule.levelScores = {0, 40, 100};
    CHECK(run(rule, {1})[0] == Approx(40));
}
