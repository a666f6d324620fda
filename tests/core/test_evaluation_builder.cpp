// The adapter from a project to the engine's arrays: order, rules, thresholds, values, options.
#include "EvaluationBuilder.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace balise;
using Catch::Detail::Approx;

namespace {

FrameworkNode node(EntityId id, EntityId parent, NodeKind kind, const char* code, double weight = 1.0)
{
    FrameworkNode n;
    n.id = id;
    n.parentId = parent;
    n.kind = kind;
    n.code = QString::fromLatin1(code);
    n.name = QStringLiteral("Name of ") + n.code;
    n.weight = weight;
    return n;
}

QualitativeLevel level(const char* label, std::optional<double> score = std::nullopt)
{
    return {QString::fromLatin1(label), score};
}

Measurement value(EntityId service, EntityId indicator, EntityId period, double x)
{
    Measurement m;
    m.key = {service, indicator, period};
    m.value = x;
    return m;
}

Measurement levelMeasurement(EntityId service, EntityId indicator, EntityId period, int index)
{
    Measurement m;
    m.key = {service, indicator, period};
    m.level = index;
    return m;
}

void add(ProjectData& data, const Measurement& m)
{
    data.measurements.insert(m.key, m);
}

// O1 (w 2) ─ C1 ─ I1 (quantitative, own thresholds), I2 (qualitative, full mapping)
//          └ I3 (qualitative, partial mapping: even levels), directly under the objective
// O2 ─ C2 (no indicator beneath)
// O3 ─ I4 (lower is better, own normalisation: rank)
// Nodes are appended out of depth-first order on purpose.
ProjectData sampleData()
{
    ProjectData data;
    data.settings.defaultNormalization = Normalization::MinMax;
    data.settings.defaultAggregation = Aggregation::Geometric;
    data.settings.redBelow = 30;
    data.settings.greenFrom = 60;
    data.settings.minimumCoverage = 0.4;

    Framework& fw = data.framework;
    fw.append(node(1, NoId, NodeKind::Objective, "O1", 2));
    fw.append(node(6, NoId, NodeKind::Objective, "O2"));
    fw.append(node(2, 1, NodeKind::Criterion, "C1", 3));
    FrameworkNode i1 = node(3, 2, NodeKind::Indicator, "I1", 4);
    i1.indicator.baseline = 0;
    i1.indicator.target = 100;
    i1.indicator.baselineDate = QDate(2023, 1, 1);
    i1.indicator.targetDate = QDate(2026, 12, 31);
    i1.indicator.redBelow = 50;
    i1.indicator.greenFrom = 80;
    fw.append(i1);
    FrameworkNode i2 = node(4, 2, NodeKind::Indicator, "I2");
    i2.indicator.kind = IndicatorKind::Qualitative;
    i2.indicator.levels = {level("none", 0), level("some", 20), level("all", 100)};
    i2.indicator.greenFrom = 90; // only the green threshold is its own
    fw.append(i2);
    FrameworkNode i3 = node(5, 1, NodeKind::Indicator, "I3");
    i3.indicator.kind = IndicatorKind::Qualitative;
    i3.indicator.levels = {level("low"), level("mid", 80), level("high")};
    fw.append(i3);
    fw.append(node(7, 6, NodeKind::Criterion, "C2"));
    fw.append(node(8, NoId, NodeKind::Objective, "O3"));
    FrameworkNode i4 = node(9, 8, NodeKind::Indicator, "I4");
    i4.indicator.direction = Direction::LowerIsBetter;
    i4.indicator.normalization = Normalization::Rank;
    fw.append(i4);

    DataService s1;
    s1.id = 11;
    s1.name = QStringLiteral("Alpha");
    DataService s2;
    s2.id = 12;
    s2.name = QStringLiteral("Beta");
    data.services = {s1, s2};
    Period p1 = Period::fromLabel(QStringLiteral("2023"));
    p1.id = 21;
    Period p2 = Period::fromLabel(QStringLiteral("2024"));
    p2.id = 22;
    data.periods = {p1, p2};

    add(data, value(11, 3, 21, 40));
    Measurement missing;
    missing.key = {12, 3, 21};
    missing.state = MeasurementState::Missing;
    add(data, missing);
    Measurement notApplicable = value(11, 3, 22, 99);
    notApplicable.state = MeasurementState::NotApplicable;
    add(data, notApplicable);
    add(data, value(12, 3, 22, 60));
    add(data, levelMeasurement(11, 4, 21, 2));
    add(data, levelMeasurement(12, 4, 21, 0));
    add(data, levelMeasurement(11, 4, 22, 1));
    add(data, levelMeasurement(12, 4, 22, 5)); // not a level of I2
    add(data, levelMeasurement(11, 5, 21, 1));
    add(data, levelMeasurement(12, 5, 21, 2));
    add(data, value(11, 9, 21, 3));
    add(data, value(12, 9, 21, 5));
    return data;
}

} // namespace

TEST_CASE("The builder flattens the framework depth-first and keeps the way back", "[engine][builder]")
{
    const ProjectData data = sampleData();
    REQUIRE(EvaluationBuilder::unavailableReason(data).isEmpty());
    const EvaluationSetup setup = EvaluationBuilder::build(data);
    const engine::EvaluationInput& input = setup.input;

    CHECK(setup.nodeCodes == QStringList{QStringLiteral("_overall"), QStringLiteral("O1"), QStringLiteral("C1"),
                                         QStringLiteral("I1"), QStringLiteral("I2"), QStringLiteral("I3"),
                                         QStringLiteral("O2"), QStringLiteral("C2"), QStringLiteral("O3"),
                                         QStringLiteral("I4")});
    CHECK(setup.nodeLevels[0] == QStringLiteral("overall"));
    CHECK(setup.nodeLevels[1] == QStringLiteral("objective"));
    CHECK(setup.nodeLevels[2] == QStringLiteral("criterion"));
    CHECK(setup.nodeLevels[5] == QStringLiteral("indicator"));
    CHECK(setup.nodeIds[0] == NoId);
    CHECK(setup.nodeIds[5] == 5);
    REQUIRE(input.tree.nodeCount() == 10);
    CHECK(input.tree.parent(5) == 1); // I3 directly under O1
    CHECK(input.tree.parent(7) == 6); // C2 under O2
    CHECK(input.tree.isLeaf(7));      // kept, with nothing beneath
    CHECK(input.tree.indicatorCount() == 4);
    CHECK(input.tree.nodeOfIndicator(3) == 9);
    CHECK(setup.indicatorIds == QList<EntityId>{3, 4, 5, 9});
    CHECK(input.weights == std::vector<double>{0, 2, 3, 4, 1, 1, 1, 1, 1, 1});
    CHECK(setup.serviceNames == QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")});
    CHECK(setup.periodLabels == QStringList{QStringLiteral("2023"), QStringLiteral("2024")});
    CHECK(input.services == 2);
    CHECK(input.periods == 2);
}

TEST_CASE("The builder derives rules, level scores and thresholds", "[engine][builder]")
{
    const EvaluationSetup setup = EvaluationBuilder::build(sampleData());
    const engine::EvaluationInput& input = setup.input;
    REQUIRE(input.rules.size() == 4u);
    // I1: the project's default normalisation, its goalposts.
    CHECK(input.rules[0].method == engine::NormalisationMethod::MinMax);
    CHECK(input.rules[0].goal == engine::Goal::HigherIsBetter);
    CHECK(input.rules[0].baseline == 0);
    CHECK(input.rules[0].target == 100);
    CHECK_FALSE(input.rules[0].isQualitative());
    // I2: every level scored → the indicator's mapping; I3: one level unscored → even spacing.
    CHECK(input.rules[1].levelScores == std::vector<double>{0, 20, 100});
    CHECK(input.rules[2].levelScores == std::vector<double>{0, 50, 100});
    // I4: its own normalisation and direction.
    CHECK(input.rules[3].method == engine::NormalisationMethod::Rank);
    CHECK(input.rules[3].goal == engine::Goal::LowerIsBetter);
    CHECK(std::isnan(input.rules[3].baseline));

    // Thresholds: the indicator's own where set, the project's elsewhere (root included).
    REQUIRE(input.redBelow.size() == 10u);
    CHECK(input.redBelow[0] == 30);
    CHECK(input.greenFrom[0] == 60);
    CHECK(input.redBelow[3] == 50);
    CHECK(input.greenFrom[3] == 80);
    CHECK(input.redBelow[4] == 30);
    CHECK(input.greenFrom[4] == 90);
    CHECK(input.redBelow[1] == 30);

    CHECK(input.aggregation.method == engine::AggregationMethod::Geometric);
    CHECK(input.aggregation.minimumCoverage == 0.4);
    CHECK_FALSE(input.aggregationOverride);
    CHECK_FALSE(input.normalisationOverride);
    CHECK(setup.aggregation == Aggregation::Geometric);
    CHECK(setup.defaultNormalization == Normalization::MinMax);
}

TEST_CASE("The builder places measurements: missing and not applicable are NaN", "[engine][builder]")
{
    const EvaluationSetup setup = EvaluationBuilder::build(sampleData());
    const engine::EvaluationInput& input = setup.input;
    auto at = [&](int p, int i, int s) {
        return input.values[input.valueIndex(p, i, s)];
    };
    CHECK(at(0, 0, 0) == 40);
    CHECK(std::isnan(at(0, 0, 1))); // Missing
    CHECK(std::isnan(at(1, 0, 0))); // NotApplicable, even with a value stored
    CHECK(at(1, 0, 1) == 60);
    CHECK(at(0, 1, 0) == 2); // level index
    CHECK(at(0, 1, 1) == 0);
    CHECK(std::isnan(at(1, 1, 1))); // a level the indicator does not have
    CHECK(std::isnan(at(1, 2, 0))); // never measured
    CHECK(at(0, 3, 1) == 5);

    // Dates as Julian day numbers.
    REQUIRE(setup.dates.periodEnd.size() == 2u);
    CHECK(setup.dates.periodEnd[0] == QDate(2023, 12, 31).toJulianDay());
    CHECK(setup.dates.baselineDate[0] == QDate(2023, 1, 1).toJulianDay());
    CHECK(setup.dates.targetDate[0] == QDate(2026, 12, 31).toJulianDay());
    CHECK_FALSE(setup.dates.targetDate[1].has_value());
}

TEST_CASE("Evaluating a built project: level mappings, empty objectives, own thresholds", "[engine][builder]")
{
    const EvaluationSetup setup = EvaluationBuilder::build(sampleData());
    const engine::EvaluationResult r = engine::evaluate(setup.input);
    // I2 period 0: Alpha "all" → 100 (mapping), Beta "none" → 0; I3: Alpha "mid" → 50 (even), Beta 100.
    CHECK(r.score(0, 4, 0) == Approx(100));
    CHECK(r.score(0, 4, 1) == Approx(0));
    CHECK(r.score(0, 5, 0) == Approx(50));
    CHECK(r.score(0, 5, 1) == Approx(100));
    // I2 = 100 is green for Alpha even with its own 90; I1 for Alpha (min-max of one value: 50) is
    // amber under its own 50/80 thresholds.
    CHECK(r.light(0, 4, 0) == engine::Light::Green);
    CHECK(r.score(0, 3, 0) == Approx(50));
    CHECK(r.light(0, 3, 0) == engine::Light::Amber);
    // O2 and its empty criterion: insufficient data, no rank.
    for (int s = 0; s < 2; ++s) {
        CHECK(std::isnan(r.score(0, 6, s)));
        CHECK(r.coverageOf(0, 6, s) == 0.0);
        CHECK(r.light(0, 7, s) == engine::Light::Insufficient);
        CHECK(r.rank(0, 6, s) == 0);
    }
    // I4 by rank, lower is better: Alpha (3) best → 100, Beta → 0.
    CHECK(r.score(0, 9, 0) == Approx(100));
    CHECK(r.score(0, 9, 1) == Approx(0));
}

TEST_CASE("Tracking a built project uses the periods' end dates and the indicator's dates", "[engine][builder]")
{
    const EvaluationSetup setup = EvaluationBuilder::build(sampleData());
    const engine::EvaluationResult r = engine::evaluate(setup.input);
    const engine::TrackingResult t = engine::track(setup.input, r, setup.dates);
    // I1 (0 → 100 from 2023-01-01 to 2026-12-31): Beta's latest value is 60 in 2024, measured on
    // 2024-12-31; at that pace it would reach 0.6·(T − B)/(E − B) of the way by the target date.
    const auto& beta = t.progressOf(0, 1);
    CHECK(beta.period == 1);
    CHECK(beta.share == Approx(0.6));
    const double elapsed = static_cast<double>(QDate(2023, 1, 1).daysTo(QDate(2024, 12, 31)));
    const double total = static_cast<double>(QDate(2023, 1, 1).daysTo(QDate(2026, 12, 31)));
    CHECK(beta.projectedShare == Approx(0.6 * total / elapsed));
    CHECK(beta.pace == engine::Pace::OnTrack);
    // Alpha's 2024 value is not applicable: its latest is 40 in 2023, 0.4·(T − B)/364 days ≥ 1.
    const auto& alpha = t.progressOf(0, 0);
    CHECK(alpha.period == 0);
    CHECK(alpha.share == Approx(0.4));
    CHECK(alpha.pace == engine::Pace::OnTrack);
    // Qualitative indicators have no progress to measure.
    CHECK(t.progressOf(1, 0).pace == engine::Pace::Unknown);
}

TEST_CASE("Builder options: chosen periods and whole-run overrides", "[engine][builder]")
{
    const ProjectData data = sampleData();
    EvaluationOptions options;
    options.periods = {22};
    options.normalization = Normalization::Goalposts;
    options.aggregation = Aggregation::Arithmetic;
    const EvaluationSetup setup = EvaluationBuilder::build(data, options);
    CHECK(setup.input.periods == 1);
    CHECK(setup.periodLabels == QStringList{QStringLiteral("2024")});
    CHECK(setup.input.values[setup.input.valueIndex(0, 0, 1)] == 60);
    REQUIRE(setup.input.normalisationOverride.has_value());
    CHECK(*setup.input.normalisationOverride == engine::NormalisationMethod::Goalposts);
    REQUIRE(setup.input.aggregationOverride.has_value());
    CHECK(*setup.input.aggregationOverride == engine::AggregationMethod::Arithmetic);
    CHECK(setup.normalizationOverride == Normalization::Goalposts);
    CHECK(setup.aggregation == Aggregation::Arithmetic);
    // Goalposts 0 → 100 for I1 now: Beta's 60 scores 60.
    const engine::EvaluationResult r = engine::evaluate(setup.input);
    CHECK(r.score(0, 3, 1) == Approx(60));

    options.normalization = Normalization::Default; // "default" is no override
    CHECK_FALSE(EvaluationBuilder::build(data, options).input.normalisationOverride);

    options.periods = {99};
    CHECK_THROWS_AS(EvaluationBuilder::build(data, options), std::invalid_argument);
}

TEST_CASE("The builder says why a project cannot be evaluated", "[engine][builder]")
{
    ProjectData noService = sampleData();
    noService.services.clear();
    CHECK(EvaluationBuilder::unavailableReason(noService).contains(QStringLiteral("service")));

    ProjectData noIndicator;
    noIndicator.framework.append(node(1, NoId, NodeKind::Objective, "O1"));
    noIndicator.services = sampleData().services;
    noIndicator.periods = sampleData().periods;
    CHECK(EvaluationBuilder::unavailableReason(noIndicator).contains(QStringLiteral("no indicator")));

    ProjectData noPeriod = sampleData();
    noPeriod.periods.clear();
    CHECK(EvaluationBuilder::unavailableReason(noPeriod).contains(QStringLiteral("period")));
}
