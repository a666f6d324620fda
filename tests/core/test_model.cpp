#include "Enums.h"
#include "Framework.h"
#include "ModelValidator.h"
#include "Period.h"
#include "VadeMecumJson.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

using namespace balise;

namespace {

FrameworkNode node(EntityId id, EntityId parent, NodeKind kind, const char* code)
{
    FrameworkNode n;
    n.id = id;
    n.parentId = parent;
    n.kind = kind;
    n.code = QString::fromLatin1(code);
    n.name = QString::fromLatin1(code);
    return n;
}

bool mentions(const ValidationIssues& issues, const char* field)
{
    for (const auto& issue : issues)
        if (issue.field == QLatin1String(field))
            return true;
    return false;
}

Framework sampleTree()
{
    Framework fw;
    fw.append(node(1, NoId, NodeKind::Objective, "O1"));
    fw.append(node(2, 1, NodeKind::Criterion, "C1"));
    fw.append(node(3, 2, NodeKind::Indicator, "I1"));
    fw.append(node(4, 2, NodeKind::Indicator, "I2"));
    fw.append(node(5, NoId, NodeKind::Objective, "O2"));
    return fw;
}

} // namespace

TEST_CASE("Enum keys are stable and round-trip — unknown keys are rejected", "[model]")
{
    CHECK(keyOf(Direction::LowerIsBetter) == QStringLiteral("lower"));
    CHECK(keyOf(Domain::WasteCircularEconomy) == QStringLiteral("waste"));
    CHECK(fromKey<Direction>(QStringLiteral(" Higher ")) == Direction::HigherIsBetter);
    CHECK_FALSE(fromKey<Direction>(QStringLiteral("sideways")).has_value());
    for (Quality q : allValues<Quality>())
        CHECK(fromKey<Quality>(keyOf(q)) == q);
    CHECK(allValues<DestabilisationAxis>().size() == DestabilisationAxisCount);
    CHECK(allValues<Posture>().size() == 5);
    CHECK(keyList<IndicatorKind>() == QStringLiteral("quantitative, qualitative"));
}

TEST_CASE("The framework tree walks depth-first and moves nodes", "[model]")
{
    Framework fw = sampleTree();
    QStringList order;
    for (const FrameworkNode* n : fw.depthFirst())
        order.append(n->code);
    CHECK(order == QStringList{QStringLiteral("O1"), QStringLiteral("C1"), QStringLiteral("I1"), QStringLiteral("I2"),
                               QStringLiteral("O2")});
    CHECK(fw.depthOf(3) == 2);
    CHECK(fw.isAncestorOrSelf(1, 4));
    CHECK_FALSE(fw.isAncestorOrSelf(5, 4));

    fw.move(4, 2, 0);
    CHECK(fw.children(2).first()->code == QStringLiteral("I2"));
    fw.move(2, 5, -1);
    CHECK(fw.children(5).size() == 1);
    CHECK(fw.children(1).isEmpty());

    const auto removed = fw.removeSubtree(5);
    CHECK(removed.size() == 4);
    CHECK(fw.size() == 1);
}

TEST_CASE("Node rules: unique codes, non-negative weights, no cycles, indicators are leaves", "[model]")
{
    const Framework fw = sampleTree();
    FrameworkNode fresh = node(NoId, 1, NodeKind::Criterion, "C2");
    CHECK(ModelValidator::checkNode(fw, fresh).isEmpty());

    FrameworkNode duplicate = node(NoId, 1, NodeKind::Criterion, "c1");
    CHECK(mentions(ModelValidator::checkNode(fw, duplicate), "code"));

    FrameworkNode heavy = fresh;
    heavy.weight = -1;
    CHECK(mentions(ModelValidator::checkNode(fw, heavy), "weight"));
    heavy.weight = std::numeric_limits<double>::quiet_NaN();
    CHECK(mentions(ModelValidator::checkNode(fw, heavy), "weight"));

    FrameworkNode cycle = *fw.find(1);
    cycle.parentId = 3; // under its own grandchild, which is moreover an indicator
    CHECK(mentions(ModelValidator::checkNode(fw, cycle), "parent"));
    FrameworkNode loop = *fw.find(1);
    loop.parentId = 2;
    CHECK(mentions(ModelValidator::checkNode(fw, loop), "parent"));

    FrameworkNode becomesIndicator = *fw.find(2);
    becomesIndicator.kind = NodeKind::Indicator;
    CHECK(mentions(ModelValidator::checkNode(fw, becomesIndicator), "kind"));

    FrameworkNode nameless = fresh;
    nameless.name = QStringLiteral("  ");
    CHECK(mentions(ModelValidator::checkNode(fw, nameless), "name"));
}

TEST_CASE("Indicator rules: ordered levels, sane dates, thresholds, ratings", "[model]")
{
    IndicatorSpec spec;
    CHECK(ModelValidator::checkIndicator(spec).isEmpty());

    IndicatorSpec levels;
    levels.kind = IndicatorKind::Qualitative;
    levels.levels = {{QStringLiteral("faible"), 0.0}};
    CHECK(mentions(ModelValidator::checkIndicator(levels), "levels"));
    levels.levels = {{QStringLiteral("faible"), 60.0}, {QStringLiteral("fort"), 20.0}};
    CHECK(mentions(ModelValidator::checkIndicator(levels), "levels"));
    levels.levels = {{QStringLiteral("faible"), std::nullopt}, {QStringLiteral("Faible"), std::nullopt}};
    CHECK(mentions(ModelValidator::checkIndicator(levels), "levels"));
    levels.levels = {{QStringLiteral("faible"), 10.0}, {QStringLiteral("fort"), std::nullopt}};
    CHECK(mentions(ModelValidator::checkIndicator(levels), "levels"));
    levels.levels = {{QStringLiteral("faible"), 0.0}, {QStringLiteral("moyen"), 50.0}, {QStringLiteral("fort"), 100.0}};
    CHECK(ModelValidator::checkIndicator(levels).isEmpty());

    IndicatorSpec dates;
    dates.baselineDate = QDate(2025, 1, 1);
    dates.targetDate = QDate(2024, 1, 1);
    CHECK(mentions(ModelValidator::checkIndicator(dates), "targetDate"));

    IndicatorSpec band;
    band.direction = Direction::TargetBand;
    CHECK(mentions(ModelValidator::checkIndicator(band), "band"));
    band.bandLow = 21;
    band.bandHigh = 19;
    CHECK(mentions(ModelValidator::checkIndicator(band), "band"));

    IndicatorSpec lights;
    lights.redBelow = 80;
    lights.greenFrom = 60;
    CHECK(mentions(ModelValidator::checkIndicator(lights), "thresholds"));

    IndicatorSpec rating;
    rating.rating(Quality::Value).rating = 5;
    CHECK(mentions(ModelValidator::checkIndicator(rating), "quality"));

    IndicatorSpec infinite;
    infinite.target = std::numeric_limits<double>::infinity();
    CHECK(mentions(ModelValidator::checkIndicator(infinite), "value"));
}

TEST_CASE("Periods, services, measurements and accounts are validated", "[model]")
{
    const QList<Period> periods{Period::fromLabel(QStringLiteral("2024"))};
    Period same = Period::fromLabel(QStringLiteral("2024"));
    same.id = 99;
    CHECK(mentions(ModelValidator::checkPeriod(periods, same), "label"));
    Period backwards{NoId, QStringLiteral("À l'envers"), PeriodKind::Free, QDate(2025, 5, 1), QDate(2025, 1, 1)};
    CHECK(mentions(ModelValidator::checkPeriod(periods, backwards), "dates"));
    Period half{NoId, QStringLiteral("Moitié"), PeriodKind::Free, QDate(2025, 5, 1), QDate()};
    CHECK(mentions(ModelValidator::checkPeriod(periods, half), "dates"));

    DataService a;
    a.id = 1;
    a.name = QStringLiteral("Covoiturage");
    DataService b;
    b.name = QStringLiteral("covoiturage ");
    CHECK(mentions(ModelValidator::checkService({a}, b), "name"));
    b.name = QStringLiteral("Collecte");
    b.destabilisation[2] = 7;
    CHECK(mentions(ModelValidator::checkService({a}, b), "destabilisation"));

    FrameworkNode quantitative = node(3, 2, NodeKind::Indicator, "I1");
    Measurement m;
    CHECK(mentions(ModelValidator::checkMeasurement(quantitative, m), "value"));
    m.value = 3.5;
    CHECK(ModelValidator::checkMeasurement(quantitative, m).isEmpty());
    m.value = std::nan("");
    CHECK(mentions(ModelValidator::checkMeasurement(quantitative, m), "value"));
    Measurement missing;
    missing.state = MeasurementState::Missing;
    CHECK(ModelValidator::checkMeasurement(quantitative, missing).isEmpty());
    missing.value = 0.0; // missing is a state, never a zero
    CHECK(mentions(ModelValidator::checkMeasurement(quantitative, missing), "value"));

    FrameworkNode qualitative = quantitative;
    qualitative.indicator.kind = IndicatorKind::Qualitative;
    qualitative.indicator.levels = {{QStringLiteral("non"), std::nullopt}, {QStringLiteral("oui"), std::nullopt}};
    Measurement level;
    level.level = 2;
    CHECK(mentions(ModelValidator::checkMeasurement(qualitative, level), "level"));
    level.level = 1;
    CHECK(ModelValidator::checkMeasurement(qualitative, level).isEmpty());

    ImpactAccount account;
    account.name = QStringLiteral("Vélo");
    account.discountRate = 2;
    account.volumes = {{1, 10}, {1, 20}};
    const auto issues = ModelValidator::checkImpactAccount(account);
    CHECK(mentions(issues, "discountRate"));
    CHECK(mentions(issues, "volumes"));

    VadeMecumRevision revision;
    revision.status = RevisionStatus::PoliticallyValidated;
    CHECK(mentions(ModelValidator::checkRevision(revision), "validatedBy"));
}

TEST_CASE("Period labels give their kind and dates", "[model]")
{
    const Period year = Period::fromLabel(QStringLiteral("2024"));
    CHECK(year.kind == PeriodKind::Year);
    CHECK(year.end == QDate(2024, 12, 31));
    const Period quarter = Period::fromLabel(QStringLiteral("2025-T3"));
    CHECK(quarter.kind == PeriodKind::Quarter);
    CHECK(quarter.start == QDate(2025, 7, 1));
    CHECK(quarter.end == QDate(2025, 9, 30));
    const Period month = Period::fromLabel(QStringLiteral("2024-02"));
    CHECK(month.kind == PeriodKind::Month);
    CHECK(month.end == QDate(2024, 2, 29));
    const Period free = Period::fromLabel(QStringLiteral("Hiver 2024"));
    CHECK(free.kind == PeriodKind::Free);
    CHECK_FALSE(free.start.isValid());
}

TEST_CASE("A vade-mecum survives its JSON snapshot — garbage is refused", "[model]")
{
    VadeMecum vm;
    vm.needs = {{7, Domain::Water, QStringLiteral("Fuites"), QStringLiteral("réseau"), Priority::High}};
    vm.resources = {
        {3, ResourceKind::Labelling, QStringLiteral("Label"), QString(), {QStringLiteral("a"), QStringLiteral("b")}}};
    vm.postures = {{Posture::Investor, QStringLiteral("Co-finance")}};
    CHECK(VadeMecumJson::fromJson(VadeMecumJson::toJson(vm)) == vm);
    CHECK_FALSE(VadeMecumJson::fromJson("not json").has_value());
    CHECK_FALSE(VadeMecumJson::fromJson(R"({"needs":[{"domain":"moon","priority":"high"}]})").has_value());
}
