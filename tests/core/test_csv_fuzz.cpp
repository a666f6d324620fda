#include "FrameworkCsvReader.h"
#include "MeasurementCsvReader.h"

#include <QRandomGenerator>
#include <QSet>
#include <catch2/catch.hpp>

using namespace balise;

namespace {

// Damages `bytes` with a few random edits drawn from the characters that matter to the parsers.
QByteArray damaged(QByteArray bytes, QRandomGenerator& random)
{
    static const QByteArray alphabet = "\";,\t\r\n \xC3\xA9\xFF\xE2\x80\xAF"
                                       "0123456789.-eE|NAacriteonblvl";
    const int edits = 1 + random.bounded(8);
    for (int e = 0; e < edits; ++e) {
        const auto at = static_cast<qsizetype>(random.bounded(static_cast<int>(bytes.size()) + 1));
        const char c = alphabet[random.bounded(static_cast<int>(alphabet.size()))];
        switch (random.bounded(3)) {
        case 0:
            if (at < bytes.size())
                bytes[at] = c;
            break;
        case 1:
            bytes.insert(at, c);
            break;
        default:
            if (at < bytes.size())
                bytes.remove(at, 1);
            break;
        }
    }
    return bytes;
}

// A plan without errors must be one the project can apply as is: parents first, known indicators,
// present measurements with exactly the value their indicator's kind calls for.
bool frameworkPlanIsSound(const FrameworkImportPlan& plan)
{
    if (!plan.ok())
        return plan.errors.size() <= 51;
    QSet<QString> seen;
    for (const auto& item : plan.nodes) {
        const QString code = item.node.code.toLower();
        if (code.isEmpty() || item.node.name.isEmpty() || seen.contains(code) || item.node.weight < 0)
            return false;
        if (!item.parentCode.isEmpty() && !seen.contains(item.parentCode.toLower()))
            return false;
        seen.insert(code);
    }
    return true;
}

bool measurementPlanIsSound(const MeasurementImportPlan& plan, const Framework& framework)
{
    if (!plan.ok())
        return plan.errors.size() <= 51;
    for (const auto& row : plan.rows) {
        const FrameworkNode* node = framework.find(row.indicatorId);
        if (!node || !node->isIndicator() || row.serviceName.isEmpty() || row.periodLabel.isEmpty())
            return false;
        const bool qualitative = node->indicator.kind == IndicatorKind::Qualitative;
        if (row.state == MeasurementState::Missing && (row.value || row.level))
            return false;
        if (row.state == MeasurementState::Present &&
            (qualitative ? (!row.level || *row.level < 0 || *row.level >= node->indicator.levels.size() || row.value)
                         : (!row.value || row.level || !std::isfinite(*row.value))))
            return false;
    }
    return true;
}

Framework smallFramework()
{
    Framework framework;
    FrameworkNode objective;
    objective.id = 1;
    objective.code = QStringLiteral("O1");
    objective.name = objective.code;
    framework.append(objective);
    FrameworkNode quantitative = objective;
    quantitative.id = 2;
    quantitative.parentId = 1;
    quantitative.kind = NodeKind::Indicator;
    quantitative.code = QStringLiteral("I1");
    framework.append(quantitative);
    FrameworkNode qualitative = quantitative;
    qualitative.id = 3;
    qualitative.code = QStringLiteral("Q1");
    qualitative.indicator.kind = IndicatorKind::Qualitative;
    qualitative.indicator.levels = {{QStringLiteral("no"), {}}, {QStringLiteral("yes"), {}}};
    framework.append(qualitative);
    return framework;
}

} // namespace

TEST_CASE("CSV readers survive damaged files and never plan what the model would refuse", "[csv][fuzz]")
{
    const QByteArray frameworkFile = "level;code;parent;name;weight;baseline;target;kind;levels;actions\n"
                                     "indicator;I1;C1;Share;2;12,5;20;;;\"a\nb\"\n"
                                     "criterion;C1;O1;Use;1,5;;;;;\n"
                                     "indicator;Q1;O1;Mood;;;;qualitative;low|high;\n"
                                     "objective;O1;;Mobility;;;;;;\n";
    const QByteArray longFile = "service;indicator;period;value;confidence\n"
                                "Bus;I1;2024;1 234,5;0,5\n"
                                "Bus;Q1;2024;yes;\n"
                                "Tram;I1;2024;NA;\n";
    const QByteArray wideFile = "service,I1,Q1\nBus,1.5,no\nTram,,2\n";
    const Framework framework = smallFramework();
    REQUIRE(FrameworkCsvReader::readBytes(frameworkFile).ok());
    REQUIRE(MeasurementCsvReader::readBytes(longFile, framework).ok());
    REQUIRE(MeasurementCsvReader::readBytes(wideFile, framework, QStringLiteral("2024")).ok());

    QRandomGenerator random(20240611); // fixed: a failure must be reproducible
    int unsound = 0;
    int accepted[3] = {0, 0, 0}; // damaged files still read without error: the checks are not vacuous
    for (int round = 0; round < 1500; ++round) {
        const auto plan = FrameworkCsvReader::readBytes(damaged(frameworkFile, random));
        unsound += frameworkPlanIsSound(plan) ? 0 : 1;
        accepted[0] += plan.ok() ? 1 : 0;
        const auto longPlan = MeasurementCsvReader::readBytes(damaged(longFile, random), framework);
        unsound += measurementPlanIsSound(longPlan, framework) ? 0 : 1;
        accepted[1] += longPlan.ok() ? 1 : 0;
        const auto widePlan =
            MeasurementCsvReader::readBytes(damaged(wideFile, random), framework, QStringLiteral("P"));
        unsound += measurementPlanIsSound(widePlan, framework) ? 0 : 1;
        accepted[2] += widePlan.ok() ? 1 : 0;
    }
    CHECK(unsound == 0);
    INFO("accepted: " << accepted[0] << ", " << accepted[1] << ", " << accepted[2]);
    CHECK(accepted[0] > 50);
    CHECK(accepted[1] > 50);
    CHECK(accepted[2] > 50);
}
