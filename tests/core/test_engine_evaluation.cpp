// Evaluation and tracking on a small framework whose every number is computed by hand below.
#include "Evaluation.h"
#include "SyntheticModel.h"
#include "Tracking.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <random>

using namespace balise::engine;
using Catch::Detail::Approx;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// Nodes:  0 root
//         1 O1 (w 2) ─ 2 C1 (w 1) ─ 3 I1 (w 1, col 0), 4 I2 (w 1, col 1)
//                     └ 5 C2 (w 1) ─ 6 I3 (w 1, col 2)
//         7 O2 (w 1) ─ 8 C3 (w 1) ─ 9 I4 (w 3, col 3), 10 I5 (w 1, col 4)
// Shares: O1 2/3, O2 1/3; C1, C2 ½ each; I1, I2 ½ each; I3 1; C3 1; I4 ¾, I5 ¼.
enum Node
{
    Root,
    O1,
    C1,
    I1,
    I2,
    C2,
    I3,
    O2,
    C3,
    I4,
    I5
};
enum Service
{
    A,
    B,
    C
};

IndicatorRule goalposts(double baseline, double target)
{
    IndicatorRule rule;
    rule.baseline = baseline;
    rule.target = target;
    return rule;
}

IndicatorRule minMax(Goal goal)
{
    IndicatorRule rule;
    rule.goal = goal;
    rule.method = NormalisationMethod::MinMax;
    return rule;
}

// Values [period][indicator][service], services A, B, C:
//   period 0: I1 40 70 120 (goalposts 0→100: 40, 70, 100)   I2 5 15 10 (goalposts without goalposts →
//             min-max: 0, 100, 50)   I3 30 50 10 (goalposts 50→10: 50, 0, 100)   I4 2 — 4 (min-max,
//             lower is better: 100, missing, 0)   I5 7 7 7 (constant: 50 each)
//   period 1: I1 60 70 100 → 60, 70, 100;  I2 as before;  I3 as before;  I4 2 3 4 → 100, 50, 0;
//             I5 7 8 — → 0, 100, missing
EvaluationInput smallInput()
{
    EvaluationInput input;
    input.tree = FlatTree({0, 1, 2, 2, 1, 5, 0, 7, 8, 8}, {-1, -1, 0, 1, -1, 2, -1, -1, 3, 4});
    input.weights = {0, 2, 1, 1, 1, 1, 1, 1, 1, 3, 1};
    input.rules = {goalposts(0, 100), goalposts(NaN, NaN), goalposts(50, 10), minMax(Goal::LowerIsBetter),
                   minMax(Goal::HigherIsBetter)};
    input.services = 3;
    input.periods = 2;
    input.values = {40, 70, 120, 5, 15, 10, 30, 50, 10, 2, NaN, 4, 7, 7, 7,
                    60, 70, 100, 5, 15, 10, 30, 50, 10, 2, 3,   4, 7, 8, NaN};
    return input;
}

} // namespace

TEST_CASE("normaliseAll lays indicator scores out [period][node][service], inner rows empty", "[engine]")
{
    const EvaluationInput input = smallInput();
    std::vector<NormalisationNotes> notes;
    const std::vector<double> scores = normaliseAll(input, &notes);
    REQUIRE(scores.size() == 2u * 11u * 3u);
    auto at = [&](int p, int node, int s) {
        return scores[(static_cast<size_t>(p) * 11 + node) * 3 + s];
    };
    CHECK(at(0, I1, A) == Approx(40));
    CHECK(at(0, I1, C) == Approx(100)); // clamped
    CHECK(at(0, I2, B) == Approx(100));
    CHECK(at(0, I3, A) == Approx(50));
    CHECK(std::isnan(at(0, I4, B)));
    CHECK(at(1, I5, B) == Approx(100));
    CHECK(std::isnan(at(0, O1, A)));
    CHECK(std::isnan(at(1, Root, C)));
    REQUIRE(notes.size() == 10u);
    CHECK(notes[1].fellBackToMinMax);        // period 0, I2: no baseline nor target
    CHECK(notes[4].nonDiscriminating);       // period 0, I5: constant
    CHECK_FALSE(notes[9].nonDiscriminating); // period 1, I5 varies
    CHECK_FALSE(notes[0].fellBackToMinMax);

    // Into caller storage with another method: min-max for everyone.
    std::vector<double> other(scores.size());
    std::vector<NormalisationNotes> otherNotes(10);
    normaliseAll(input, NormalisationMethod::MinMax, other, otherNotes);
    // I1 period 0: 40, 70, 120 → 0, 37.5, 100
    CHECK(other[(0 * 11 + I1) * 3 + B] == Approx(37.5));
    CHECK_FALSE(otherNotes[1].fellBackToMinMax); // min-max was asked for, not fallen back to
    std::vector<double> wrongSize(5);
    CHECK_THROWS(normaliseAll(input, std::nullopt, wrongSize, {}));
}

TEST_CASE("A full evaluation, hand-computed: missing data, constant indicator, ranks and lights", "[engine]")
{
    const EvaluationInput input = smallInput();
    const EvaluationResult r = evaluate(input);
    REQUIRE(r.nodes == 11);
    REQUIRE(r.services == 3);
    REQUIRE(r.periods == 2);

    // Period 0.
    // A: C1 = (40 + 0)/2 = 20, C2 = 50, O1 = 35; C3 = ¾·100 + ¼·50 = 87.5 = O2; overall = ⅔·35 + ⅓·87.5 = 52.5
    CHECK(r.score(0, C1, A) == Approx(20));
    CHECK(r.score(0, O1, A) == Approx(35));
    CHECK(r.score(0, C3, A) == Approx(87.5));
    CHECK(r.score(0, Root, A) == Approx(52.5));
    // B: C1 = 85, C2 = 0, O1 = 42.5; I4 missing → C3 covers ¼ < ½: insufficient, and so is O2;
    // overall covers ⅔·1 + ⅓·¼ = 0.75 and averages O1 alone: 42.5.
    CHECK(r.score(0, O1, B) == Approx(42.5));
    CHECK(std::isnan(r.score(0, C3, B)));
    CHECK(r.coverageOf(0, C3, B) == Approx(0.25));
    CHECK(std::isnan(r.score(0, O2, B)));
    CHECK(r.coverageOf(0, Root, B) == Approx(0.75));
    CHECK(r.score(0, Root, B) == Approx(42.5));
    // C: C1 = 75, C2 = 100, O1 = 87.5; C3 = ¾·0 + ¼·50 = 12.5; overall = ⅔·87.5 + ⅓·12.5 = 62.5
    CHECK(r.score(0, O1, C) == Approx(87.5));
    CHECK(r.score(0, O2, C) == Approx(12.5));
    CHECK(r.score(0, Root, C) == Approx(62.5));
    CHECK(r.coverageOf(0, Root, C) == Approx(1));

    // Ranks (1 = best; no score, no rank) and the constant indicator's tie.
    CHECK(r.rank(0, Root, C) == 1);
    CHECK(r.rank(0, Root, A) == 2);
    CHECK(r.rank(0, Root, B) == 3);
    CHECK(r.rank(0, O2, A) == 1);
    CHECK(r.rank(0, O2, C) == 2);
    CHECK(r.rank(0, O2, B) == 0);
    for (int s : {A, B, C}) {
        CHECK(r.score(0, I5, s) == Approx(50));
        CHECK(r.rank(0, I5, s) == 1);
    }
    CHECK(r.note(0, 4).nonDiscriminating);
    CHECK(r.note(0, 1).fellBackToMinMax);

    // Lights: exactly 40 is amber, exactly 70 green; NaN is insufficient.
    CHECK(r.light(0, I1, A) == Light::Amber);
    CHECK(r.light(0, I1, B) == Light::Green);
    CHECK(r.light(0, I2, A) == Light::Red);
    CHECK(r.light(0, O2, B) == Light::Insufficient);
    CHECK(r.light(0, Root, A) == Light::Amber);

    // Period 1.
    // A: C1 = 30, C2 = 50, O1 = 40; C3 = ¾·100 + ¼·0 = 75; overall = ⅔·40 + ⅓·75 = 155/3
    CHECK(r.score(1, O1, A) == Approx(40));
    CHECK(r.light(1, O1, A) == Light::Amber);
    CHECK(r.score(1, Root, A) == Approx(155.0 / 3));
    // B: O1 = 42.5; C3 = ¾·50 + ¼·100 = 62.5; overall = ⅔·42.5 + ⅓·62.5 = 147.5/3
    CHECK(r.score(1, C3, B) == Approx(62.5));
    CHECK(r.score(1, Root, B) == Approx(147.5 / 3));
    // C: I5 missing → C3 covers ¾ and is I4 alone (0); O2 = 0; overall = ⅔·87.5 + ⅓·0, coverage ⅔ + ⅓·¾
    CHECK(r.score(1, C3, C) == Approx(0));
    CHECK(r.coverageOf(1, C3, C) == Approx(0.75));
    CHECK(r.score(1, Root, C) == Approx(175.0 / 3));
    CHECK(r.coverageOf(1, Root, C) == Approx(11.0 / 12));
    CHECK(r.rank(1, Root, C) == 1);
    CHECK(r.rank(1, Root, A) == 2);
    CHECK(r.rank(1, Root, B) == 3);
    CHECK_FALSE(r.note(1, 4).nonDiscriminating);
}

TEST_CASE("Zero weights leave a node out — all-zero siblings make their parent insufficient", "[engine]")
{
    EvaluationInput input = smallInput();
    input.weights[I2] = 0;
    EvaluationResult r = evaluate(input);
    // A, period 0: C1 = I1 = 40, O1 = (40 + 50)/2 = 45, overall = ⅔·45 + ⅓·87.5 = 30 + 87.5/3
    CHECK(r.score(0, C1, A) == Approx(40));
    CHECK(r.score(0, Root, A) == Approx(30 + 87.5 / 3));
    CHECK(r.coverageOf(0, C1, A) == Approx(1)); // a zero-weight child costs no coverage

    input.weights[I4] = 0;
    input.weights[I5] = 0;
    r = evaluate(input);
    CHECK(std::isnan(r.score(0, C3, A)));
    CHECK(r.coverageOf(0, C3, A) == 0.0);
    CHECK(r.light(0, O2, A) == Light::Insufficient);
    // The overall score then rests on O1 (⅔ of the weight ≥ ½).
    CHECK(r.score(0, Root, A) == Approx(45));
}

TEST_CASE("One service compared with nobody: min-max scores 50 and every rank is 1", "[engine]")
{
    EvaluationInput input = smallInput();
    input.services = 1;
    input.periods = 1;
    input.values = {40, 5, 30, 2, 7}; // service A, period 0
    const EvaluationResult r = evaluate(input);
    CHECK(r.score(0, I1, 0) == Approx(40)); // goalposts do not depend on the others
    CHECK(r.score(0, I2, 0) == Approx(50)); // min-max of one value
    CHECK(r.score(0, I4, 0) == Approx(50));
    CHECK(r.note(0, 1).nonDiscriminating);
    CHECK(r.note(0, 3).nonDiscriminating);
    // C1 = (40 + 50)/2 = 45, O1 = (45 + 50)/2 = 47.5, O2 = 50, overall = ⅔·47.5 + ⅓·50
    CHECK(r.score(0, Root, 0) == Approx(2.0 / 3 * 47.5 + 50.0 / 3));
    for (int node = 0; node < r.nodes; ++node)
        CHECK(r.rank(0, node, 0) == 1);
}

TEST_CASE("Geometric against arithmetic aggregation, and the whole-run overrides", "[engine]")
{
    EvaluationInput input = smallInput();
    input.aggregationOverride = AggregationMethod::Geometric;
    const EvaluationResult g = evaluate(input);
    // A, period 0, scores shifted to 1–101: C1 = √(41·1) − 1, C2 = 50, O1 = √((C1+1)·51) − 1,
    // C3 = 101^¾·51^¼ − 1, overall = (O1+1)^⅔·(C3+1)^⅓ − 1.
    const double c1 = std::sqrt(41.0) - 1;
    const double o1 = std::sqrt((c1 + 1) * 51) - 1;
    const double c3 = std::pow(101.0, 0.75) * std::pow(51.0, 0.25) - 1;
    const double overall = std::pow(o1 + 1, 2.0 / 3) * std::pow(c3 + 1, 1.0 / 3) - 1;
    CHECK(g.score(0, C1, A) == Approx(c1));
    CHECK(g.score(0, O1, A) == Approx(o1));
    CHECK(g.score(0, C3, A) == Approx(c3));
    CHECK(g.score(0, Root, A) == Approx(overall));
    // The geometric mean never exceeds the arithmetic one and punishes the zero of I2.
    const EvaluationResult a = evaluate(smallInput());
    for (int s : {A, B, C})
        CHECK(g.score(0, Root, s) <= a.score(0, Root, s) + 1e-12);
    CHECK(g.score(0, Root, A) < a.score(0, Root, A) - 5);

    // Normalisation override: min-max for every indicator. I1 period 0: 40, 70, 120 → 0, 37.5, 100.
    EvaluationInput minmax = smallInput();
    minmax.normalisationOverride = NormalisationMethod::MinMax;
    const EvaluationResult m = evaluate(minmax);
    CHECK(m.score(0, I1, B) == Approx(37.5));
    CHECK_FALSE(m.note(0, 1).fellBackToMinMax);
    // I3 goalposts 50→10 became min-max on lower-is-better: 30, 50, 10 → 50, 0, 100 (the same here).
    CHECK(m.score(0, I3, A) == Approx(50));
}

TEST_CASE("Traffic lights at the thresholds, per node", "[engine]")
{
    CHECK(lightOf(NaN, 40, 70) == Light::Insufficient);
    CHECK(lightOf(39.999, 40, 70) == Light::Red);
    CHECK(lightOf(40, 40, 70) == Light::Amber);
    CHECK(lightOf(69.99, 40, 70) == Light::Amber);
    CHECK(lightOf(70, 40, 70) == Light::Green);
    CHECK(lightOf(100, 40, 70) == Light::Green);
    CHECK(lightOf(0, 40, 70) == Light::Red);
    // A weighted mean of 70s that rounding leaves just under 70 is still green.
    CHECK(lightOf(std::nextafter(70.0, 0.0), 40, 70) == Light::Green);

    EvaluationInput input = smallInput();
    input.redBelow.assign(11, 40);
    input.greenFrom.assign(11, 70);
    input.redBelow[I1] = 50; // I1 has its own thresholds: 50 and 80
    input.greenFrom[I1] = 80;
    const EvaluationResult r = evaluate(input);
    CHECK(r.light(0, I1, A) == Light::Red);   // 40 < 50
    CHECK(r.light(0, I1, B) == Light::Amber); // 70 < 80
    CHECK(r.light(0, I1, C) == Light::Green);
    CHECK(r.light(0, O1, A) == Light::Red); // 35, the framework's thresholds

    input.redBelow.resize(3);
    CHECK_THROWS_AS(evaluate(input), std::invalid_argument);
}

TEST_CASE("Competition ranks: ties share the lowest rank, floating-point noise is a tie", "[engine]")
{
    std::vector<double> scratch;
    const std::vector<double> scores{90, 50, 50, 10, NaN};
    std::vector<int> ranks(scores.size());
    rankServices(scores, ranks, scratch);
    CHECK(ranks == std::vector<int>{1, 2, 2, 4, 0});

    const std::vector<double> noisy{50, 50 + 1e-12, 49.9};
    std::vector<int> noisyRanks(3);
    rankServices(noisy, noisyRanks, scratch);
    CHECK(noisyRanks == std::vector<int>{1, 1, 3});

    const std::vector<double> none{NaN, NaN};
    std::vector<int> noneRanks(2, 7);
    rankServices(none, noneRanks, scratch);
    CHECK(noneRanks == std::vector<int>{0, 0});
}

TEST_CASE("Ranks follow their definition on random scores: clusters, ties, gaps, infinities", "[engine]")
{
    // rank = 1 + the number of services scoring more than 1e-9 above; NaN → 0. Checked by brute force.
    std::mt19937 random(17);
    std::uniform_real_distribution<double> uniform(0.0, 100.0);
    std::vector<double> scratch;
    for (int trial = 0; trial < 400; ++trial) {
        const int n = 1 + static_cast<int>(random() % 300);
        std::vector<double> scores(static_cast<size_t>(n));
        const int kind = trial % 5;
        for (double& s : scores) {
            const auto pick = random() % 10;
            if (pick == 0)
                s = NaN;
            else if (kind == 1) // a dense cluster (one big bucket) and an outlier
                s = pick == 1 ? 0.0 : 50.0 + 1e-6 * static_cast<double>(random() % 1000);
            else if (kind == 2) // near-ties within the tolerance
                s = 70.0 + 3e-10 * static_cast<double>(random() % 5);
            else if (kind == 3) // clamped scores: many exact 0s and 100s
                s = pick < 4 ? 100.0 : (pick < 7 ? 0.0 : uniform(random));
            else if (kind == 4 && pick == 1)
                s = trial % 2 ? std::numeric_limits<double>::infinity() : -1e300;
            else
                s = uniform(random);
        }
        std::vector<int> ranks(scores.size());
        rankServices(scores, ranks, scratch);
        for (size_t j = 0; j < scores.size(); ++j) {
            int expected = 0;
            if (!std::isnan(scores[j])) {
                expected = 1;
                for (double other : scores)
                    expected += other > scores[j] + 1e-9 ? 1 : 0;
            }
            INFO("trial " << trial << " service " << j << " score " << scores[j]);
            REQUIRE(ranks[j] == expected);
        }
    }
}

TEST_CASE("Evaluation refuses arrays of the wrong size", "[engine]")
{
    EvaluationInput input = smallInput();
    input.values.pop_back();
    CHECK_THROWS_AS(evaluate(input), std::invalid_argument);
    input = smallInput();
    input.rules.pop_back();
    CHECK_THROWS_AS(evaluate(input), std::invalid_argument);
    input = smallInput();
    input.weights.pop_back();
    CHECK_THROWS_AS(evaluate(input), std::invalid_argument);

    // No service at all is not an error: there is simply nothing to score.
    input = smallInput();
    input.services = 0;
    input.values.clear();
    const EvaluationResult empty = evaluate(input);
    CHECK(empty.scores.empty());
}

TEST_CASE("Ranking aggregated nodes only, and any number of threads, change nothing else", "[engine]")
{
    // Large enough (103 nodes × 200 services × 6 periods) for evaluate() to spread periods over threads.
    const auto synthetic = balise::test::SyntheticModel::make(3, 3, 10, 200, 0.05);
    EvaluationInput input;
    input.tree = synthetic.tree;
    input.weights = synthetic.weights;
    input.services = synthetic.services;
    input.periods = 6;
    input.rules.assign(static_cast<size_t>(input.tree.indicatorCount()), minMax(Goal::HigherIsBetter));
    std::mt19937 random(11);
    std::uniform_real_distribution<double> value(0.0, 1000.0);
    input.values.resize(static_cast<size_t>(input.periods * input.tree.indicatorCount() * input.services));
    for (double& v : input.values)
        v = random() % 20 == 0 ? NaN : value(random);

    EvaluationOptions oneThread;
    oneThread.threads = 1;
    const EvaluationResult reference = evaluate(input, oneThread);
    EvaluationOptions twoThreads;
    twoThreads.threads = 2;
    const EvaluationResult parallel = evaluate(input, twoThreads);
    CHECK(parallel.ranks == reference.ranks);
    CHECK(parallel.coverage == reference.coverage);
    for (size_t k = 0; k < reference.scores.size(); ++k)
        REQUIRE((parallel.scores[k] == reference.scores[k] ||
                 (std::isnan(parallel.scores[k]) && std::isnan(reference.scores[k]))));

    EvaluationOptions aggregatedOnly;
    aggregatedOnly.rankedNodes = RankedNodes::Aggregated;
    const EvaluationResult lean = evaluate(input, aggregatedOnly);
    int rankedIndicatorRows = 0;
    for (int p = 0; p < input.periods; ++p)
        for (int node = 0; node < lean.nodes; ++node)
            for (int s = 0; s < lean.services; ++s) {
                const bool indicator = input.tree.indicatorOf(node) >= 0;
                REQUIRE(lean.rank(p, node, s) == (indicator ? 0 : reference.rank(p, node, s)));
                REQUIRE(lean.light(p, node, s) == reference.light(p, node, s));
                rankedIndicatorRows += indicator && reference.rank(p, node, s) > 0;
            }
    CHECK(rankedIndicatorRows > 0); // the full evaluation did rank indicators
}

TEST_CASE("Tracking: series, change since the baseline period and the previous one", "[engine]")
{
    const EvaluationInput input = smallInput();
    const EvaluationResult r = evaluate(input);
    const TrackingResult t = track(input, r, {});
    const auto series = seriesOf(r, Root, A);
    REQUIRE(series.size() == 2u);
    CHECK(series[0] == Approx(52.5));
    CHECK(series[1] == Approx(155.0 / 3));

    auto since = [&](int p, int node, int s) {
        return t.changeSinceBaseline[t.index(p, node, s)];
    };
    auto previous = [&](int p, int node, int s) {
        return t.changeSincePrevious[t.index(p, node, s)];
    };
    CHECK(since(0, Root, A) == 0.0);
    CHECK(std::isnan(previous(0, Root, A)));
    CHECK(since(1, Root, A) == Approx(155.0 / 3 - 52.5));
    CHECK(previous(1, Root, A) == Approx(155.0 / 3 - 52.5));
    CHECK(since(1, Root, B) == Approx(147.5 / 3 - 42.5));
    CHECK(since(1, I1, A) == Approx(20));
    // O2 of B had no score in period 0: its baseline is period 1 and it has no previous value.
    CHECK(t.baselinePeriod[O2 * 3 + B] == 1);
    CHECK(since(1, O2, B) == 0.0);
    CHECK(std::isnan(previous(1, O2, B)));
    CHECK(std::isnan(since(0, O2, B)));
}

TEST_CASE("Tracking: progress towards the target and its pace", "[engine]")
{
    const EvaluationInput input = smallInput();
    const EvaluationResult r = evaluate(input);
    // Baselines on day 0, targets on day 1000; the periods end on days 200 and 400.
    TrackingDates dates;
    dates.periodEnd = {200, 400};
    dates.baselineDate.assign(5, 0);
    dates.targetDate.assign(5, 1000);
    const TrackingResult t = track(input, r, dates);

    // I1 (0 → 100), period 1: A 60 → share 0.6, projected 0.6·1000/400 = 1.5: on track.
    const auto& a1 = t.progressOf(0, A);
    CHECK(a1.period == 1);
    CHECK(a1.share == Approx(0.6));
    CHECK(a1.projectedShare == Approx(1.5));
    CHECK(a1.pace == Pace::OnTrack);
    // C 100 → reached.
    CHECK(t.progressOf(0, C).pace == Pace::Reached);
    CHECK(t.progressOf(0, C).share == Approx(1));
    // I3 (50 → 10, lower is better): A 30 → share 0.5, projected 1.25; B 50 → 0: behind.
    CHECK(t.progressOf(2, A).share == Approx(0.5));
    CHECK(t.progressOf(2, A).pace == Pace::OnTrack);
    CHECK(t.progressOf(2, B).share == Approx(0));
    CHECK(t.progressOf(2, B).pace == Pace::Behind);
    // No baseline and target (I2, I4, I5): no progress to speak of.
    CHECK(std::isnan(t.progressOf(1, A).share));
    CHECK(t.progressOf(4, A).pace == Pace::Unknown);

    // At a slower pace: share 0.3 by day 400 projects 0.75 by day 1000.
    EvaluationInput slow = smallInput();
    slow.values[slow.valueIndex(1, 0, A)] = 30;
    const TrackingResult s = track(slow, evaluate(slow), dates);
    CHECK(s.progressOf(0, A).projectedShare == Approx(0.75));
    CHECK(s.progressOf(0, A).pace == Pace::Behind);

    // The latest value comes from an earlier period when the last one is missing.
    EvaluationInput gap = smallInput();
    gap.values[gap.valueIndex(1, 0, B)] = NaN;
    const TrackingResult g = track(gap, evaluate(gap), dates);
    CHECK(g.progressOf(0, B).period == 0);
    CHECK(g.progressOf(0, B).share == Approx(0.7));
    CHECK(g.progressOf(0, B).projectedShare == Approx(0.7 * 1000 / 200)); // measured on day 200

    // Target date already passed without reaching it: behind, whatever the pace.
    TrackingDates late = dates;
    late.targetDate.assign(5, 300);
    const TrackingResult l = track(input, r, late);
    CHECK(l.progressOf(0, A).pace == Pace::Behind);
    CHECK(l.progressOf(0, C).pace == Pace::Reached);

    // Without dates only the share is known.
    const TrackingResult n = track(input, r, {});
    CHECK(n.progressOf(0, A).share == Approx(0.6));
    CHECK(n.progressOf(0, A).pace == Pace::Unknown);
    CHECK(std::isnan(n.progressOf(0, A).projectedShare));
}
