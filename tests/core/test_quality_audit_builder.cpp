#include "FrameworkChecks.h"
#include "QualityAuditBuilder.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace balise;
using Catch::Detail::Approx;

namespace {

FrameworkNode node(EntityId id, EntityId parent, NodeKind kind, const char* code, double weight)
{
    FrameworkNode n;
    n.id = id;
    n.parentId = parent;
    n.kind = kind;
    n.code = QString::fromLatin1(code);
    n.name = n.code;
    n.weight = weight;
    if (kind == NodeKind::Indicator) {
        n.indicator.baseline = 0;
        n.indicator.target = 100;
    }
    return n;
}

// O1 (linked to a need) ─ C11 ─ I1, I2 (I2 = 2·I1, ten times I1's collection cost)
// O2 (not linked)       ─ I3 (weight 0, constant), I4 (measured in 1 of 3 periods), I5 (never measured)
ProjectData auditedProject()
{
    ProjectData data;
    data.vadeMecum.needs = {{1, Domain::Energy, QStringLiteral("Pertes"), QString(), Priority::High}};
    FrameworkNode o1 = node(10, NoId, NodeKind::Objective, "O1", 1);
    o1.links = {{LinkTarget::Need, 1}};
    data.framework.append(o1);
    data.framework.append(node(11, 10, NodeKind::Criterion, "C11", 1));
    FrameworkNode i1 = node(12, 11, NodeKind::Indicator, "I1", 1);
    i1.indicator.collectionCost = 100;
    for (auto& rating : i1.indicator.quality)
        rating.rating = 3;
    data.framework.append(i1);
    FrameworkNode i2 = node(13, 11, NodeKind::Indicator, "I2", 1);
    i2.indicator.collectionCost = 1000;
    data.framework.append(i2);
    data.framework.append(node(20, NoId, NodeKind::Objective, "O2", 1));
    data.framework.append(node(21, 20, NodeKind::Indicator, "I3", 0));
    FrameworkNode i4 = node(22, 20, NodeKind::Indicator, "I4", 2);
    i4.indicator.collectionCost = 100;
    data.framework.append(i4);
    data.framework.append(node(23, 20, NodeKind::Indicator, "I5", 1));

    for (EntityId id : {100, 101}) {
        DataService service;
        service.id = id;
        service.name = QString::number(id);
        data.services.append(service);
    }
    for (EntityId id : {200, 201, 202}) {
        Period period = Period::fromLabel(QString::number(id + 1800));
        period.id = id;
        data.periods.append(period);
    }
    auto measure = [&](EntityId indicator, EntityId service, EntityId period, double value) {
        Measurement m;
        m.key = {service, indicator, period};
        m.value = value;
        data.measurements.insert(m.key, m);
    };
    const double i1Values[3][2] = {{10, 14}, {12, 19}, {15, 23}};
    for (int t = 0; t < 3; ++t)
        for (int s = 0; s < 2; ++s) {
            measure(12, 100 + s, 200 + t, i1Values[t][s]);
            measure(13, 100 + s, 200 + t, 2 * i1Values[t][s]);
            measure(21, 100 + s, 200 + t, 42);
        }
    measure(22, 100, 201, 5);
    measure(22, 101, 201, 9);
    Measurement missing;
    missing.key = {100, 23, 200};
    missing.state = MeasurementState::Missing;
    data.measurements.insert(missing.key, missing);
    return data;
}

bool hasFinding(const QList<FrameworkFinding>& findings, FrameworkFinding::Severity severity, const QString& code,
                const QString& text)
{
    for (const auto& f : findings)
        if (f.severity == severity && f.code == code && f.message.contains(text))
            return true;
    return false;
}

} // namespace

TEST_CASE("The audit builder flattens the project: shares, groups, links, costs and values", "[analysis]")
{
    const ProjectData data = auditedProject();
    const QualityAuditBuilder builder(data);
    const engine::AuditInput& in = builder.input();
    REQUIRE(in.indicators.size() == 5);
    CHECK(builder.indicator(0)->code == QStringLiteral("I1"));
    CHECK(builder.indexOf(22) == 3);
    CHECK(builder.indexOf(11) == -1);
    CHECK(in.periods == 3);
    CHECK(in.services == 2);
    CHECK(in.checkLinks);
    // O1 and O2 weigh 1:1; C11 is alone; I1, I2 1:1; I3, I4, I5 0:2:1.
    CHECK(in.indicators[0].parentShare == Approx(0.5));
    CHECK(in.indicators[0].overallShare == Approx(0.25));
    CHECK(in.indicators[2].overallShare == 0.0);
    CHECK(in.indicators[3].parentShare == Approx(2.0 / 3.0));
    CHECK(in.indicators[3].overallShare == Approx(1.0 / 3.0));
    CHECK(in.indicators[0].group == in.indicators[1].group);
    CHECK(builder.groupNode(in.indicators[0].group)->code == QStringLiteral("C11"));
    CHECK(builder.groupNode(in.indicators[3].group)->code == QStringLiteral("O2"));
    CHECK(in.indicators[0].linked);
    CHECK_FALSE(in.indicators[3].linked);
    CHECK(in.indicators[0].collectionCost == 100);
    CHECK(std::isnan(in.indicators[2].collectionCost));
    CHECK(in.indicators[0].ratings[0] == 3);
    CHECK(in.indicators[1].ratings[0] == -1);
    // values[(indicator · periods + period) · services + service]
    CHECK(in.values[(0 * 3 + 1) * 2 + 1] == 19);
    CHECK(in.values[(1 * 3 + 2) * 2 + 0] == 30);
    CHECK(std::isnan(in.values[(3 * 3 + 0) * 2 + 0]));
    CHECK(std::isnan(in.values[(4 * 3 + 0) * 2 + 0])); // a "missing" measurement is no value

    const engine::AuditResult result = builder.run();
    CHECK(result.indicators[0].has(engine::AuditHintKind::Redundant));
    CHECK(result.indicators[1].has(engine::AuditHintKind::CostlyForWeight));
    CHECK(result.indicators[2].has(engine::AuditHintKind::LowVariation));
    CHECK(result.indicators[3].has(engine::AuditHintKind::MissingPeriods));
    CHECK(result.indicators[3].has(engine::AuditHintKind::Unlinked));
}

TEST_CASE("Framework checks word the audit: warnings for weight, data and crowding, notes for doubts", "[analysis]")
{
    using Severity = FrameworkFinding::Severity;
    ProjectData data = auditedProject();
    auto findings = FrameworkChecks::run(data);
    INFO([&] {
        QStringList all;
        for (const auto& f : findings)
            all.append(f.code + QStringLiteral(": ") + f.message);
        return all.join(QLatin1Char('\n')).toStdString();
    }());
    CHECK(hasFinding(findings, Severity::Warning, QStringLiteral("I3"), QStringLiteral("weighs zero")));
    CHECK(hasFinding(findings, Severity::Warning, QStringLiteral("I5"), QStringLiteral("no measurement in any")));
    CHECK_FALSE(hasFinding(findings, Severity::Note, QStringLiteral("I5"), QStringLiteral("Robustness")));
    CHECK(hasFinding(findings, Severity::Note, QStringLiteral("I4"), QStringLiteral("2 of the 3 periods")));
    CHECK(hasFinding(findings, Severity::Note, QStringLiteral("I3"), QStringLiteral("Sensitivity doubt")));
    CHECK(hasFinding(findings, Severity::Note, QStringLiteral("I1"), QStringLiteral("sibling \"I2\"")));
    CHECK(hasFinding(findings, Severity::Note, QStringLiteral("I2"), QStringLiteral("sibling \"I1\"")));
    CHECK(hasFinding(findings, Severity::Note, QStringLiteral("I2"), QStringLiteral("Value doubt")));
    CHECK(hasFinding(findings, Severity::Note, QStringLiteral("O2"), QStringLiteral("not linked")));
    // The objective's note covers its indicators: no second note per indicator.
    CHECK_FALSE(hasFinding(findings, Severity::Note, QStringLiteral("I4"), QStringLiteral("not linked")));
    CHECK(hasFinding(findings, Severity::Note, QString(), QStringLiteral("I2, I3, I4, I5")));
    CHECK_FALSE(hasFinding(findings, Severity::Warning, QStringLiteral("C11"), QStringLiteral("readers")));

    data.settings.maxIndicatorsPerCriterion = 2;
    data.settings.maxIndicatorsInFramework = 4;
    findings = FrameworkChecks::run(data);
    CHECK(hasFinding(findings, Severity::Warning, QStringLiteral("O2"), QStringLiteral("holds 3 indicators")));
    CHECK_FALSE(hasFinding(findings, Severity::Warning, QStringLiteral("C11"), QStringLiteral("holds")));
    CHECK(hasFinding(findings, Severity::Warning, QString(), QStringLiteral("holds 5 indicators (more than 4)")));

    // Without a vade-mecum there is nothing to link to.
    data.vadeMecum.needs.clear();
    findings = FrameworkChecks::run(data);
    CHECK_FALSE(hasFinding(findings, Severity::Note, QStringLiteral("O2"), QStringLiteral("not linked")));
}
