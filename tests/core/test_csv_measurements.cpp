#include "MeasurementCsvReader.h"

#include <catch2/catch.hpp>

using namespace balise;

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

FrameworkNode makeNode(EntityId id, EntityId parent, NodeKind kind, const char* code)
{
    FrameworkNode node;
    node.id = id;
    node.parentId = parent;
    node.kind = kind;
    node.code = QString::fromLatin1(code);
    node.name = node.code;
    return node;
}

// O1 ─ C1 ─ I3 (quantitative); O1 ─ I1 (quantitative); O1 ─ Q1 (qualitative: low < medium < high).
Framework makeFramework()
{
    Framework framework;
    framework.append(makeNode(1, NoId, NodeKind::Objective, "O1"));
    framework.append(makeNode(2, 1, NodeKind::Indicator, "I1"));
    FrameworkNode q1 = makeNode(3, 1, NodeKind::Indicator, "Q1");
    q1.indicator.kind = IndicatorKind::Qualitative;
    q1.indicator.levels = {{QStringLiteral("low"), {}}, {QStringLiteral("Medium"), {}}, {QStringLiteral("high"), {}}};
    framework.append(q1);
    framework.append(makeNode(4, 1, NodeKind::Criterion, "C1"));
    framework.append(makeNode(5, 4, NodeKind::Indicator, "I3"));
    return framework;
}

MeasurementImportPlan plan(const QByteArray& bytes, const QString& period = {})
{
    return MeasurementCsvReader::readBytes(bytes, makeFramework(), period);
}

std::string errors(const MeasurementImportPlan& plan)
{
    return str(ImportError::formatAll(plan.errors));
}

} // namespace

TEST_CASE("Measurement CSV: a long French file", "[csv][measurements]")
{
    const QByteArray bytes = "Service;Indicator;Period;Value;Comment;Source;Confidence\n"
                             "V\xC3\xA9lo'v;I1;2024;12,5;first;survey;0,8\n"
                             "V\xC3\xA9lo'v;i3;2024;1 234,5;;;\n"
                             "Bus;I1;2024;;not yet;;\n"
                             "Bus;I3;2025;NC;;;\n"
                             "bus;Q1;2025;MEDIUM;;;\n"
                             "Bus;Q1;2024;3;;;\n"
                             "Tram;I1;2025;n/a;;;\n";
    const auto result = plan(bytes);
    INFO(errors(result));
    REQUIRE(result.ok());
    CHECK(result.layout == MeasurementFileLayout::Long);
    CHECK(result.separator == u';');
    CHECK(result.decimalMark == u',');
    REQUIRE(result.rows.size() == 7);
    CHECK(result.services == QStringList{QStringLiteral("V\u00E9lo'v"), QStringLiteral("Bus"), QStringLiteral("Tram")});
    CHECK(result.periods == QStringList{QStringLiteral("2024"), QStringLiteral("2025")});

    const auto& first = result.rows[0];
    CHECK(first.line == 2);
    CHECK(first.column == 4);
    CHECK(str(first.indicatorCode) == "I1");
    CHECK(first.indicatorId == 2);
    CHECK(str(first.periodLabel) == "2024");
    CHECK(first.state == MeasurementState::Present);
    CHECK(first.value == 12.5);
    CHECK_FALSE(first.level);
    CHECK(str(first.comment) == "first");
    CHECK(str(first.source) == "survey");
    CHECK(first.confidence == 0.8);

    CHECK(str(result.rows[1].indicatorCode) == "I3"); // the framework's spelling
    CHECK(result.rows[1].value == 1234.5);
    CHECK_FALSE(result.rows[1].confidence);
    // Missing is a state, never 0.
    for (int i : {2, 3, 6}) {
        CHECK(result.rows[i].state == MeasurementState::Missing);
        CHECK_FALSE(result.rows[i].value);
    }
    CHECK(str(result.rows[2].comment) == "not yet");
    CHECK(result.rows[4].level == 1); // "MEDIUM" matches "Medium"
    CHECK(result.rows[5].level == 2); // level number 3 of 3
}

TEST_CASE("Measurement CSV: a long English file", "[csv][measurements]")
{
    const auto result = plan("service,indicator,period,value\nBus,I1,2024,1.5\nBus,I3,2024,\"1,500\"\n");
    INFO(errors(result));
    REQUIRE(result.ok());
    CHECK(result.decimalMark == u'.');
    CHECK(result.rows[0].value == 1.5);
    CHECK(result.rows[1].value == 1500.0);
}

TEST_CASE("Measurement CSV: a wide file, one column per indicator", "[csv][measurements]")
{
    const QByteArray bytes = "service;I1;q1;I3\n"
                             "Bus;1,5;low;\n"
                             "Tram;NA;2;7\n";
    SECTION("with its period")
    {
        const auto result = plan(bytes, QStringLiteral(" 2024-T1 "));
        INFO(errors(result));
        REQUIRE(result.ok());
        CHECK(result.layout == MeasurementFileLayout::Wide);
        CHECK(result.decimalMark == u',');
        REQUIRE(result.rows.size() == 6);
        CHECK(result.periods == QStringList{QStringLiteral("2024-T1")});
        CHECK(result.services == QStringList{QStringLiteral("Bus"), QStringLiteral("Tram")});
        CHECK(result.rows[0].value == 1.5);
        CHECK(result.rows[0].column == 2);
        CHECK(str(result.rows[1].indicatorCode) == "Q1");
        CHECK(result.rows[1].level == 0);
        CHECK(result.rows[2].state == MeasurementState::Missing); // empty last cell of "Bus"
        CHECK(result.rows[2].indicatorId == 5);
        CHECK(result.rows[3].state == MeasurementState::Missing); // NA
        CHECK(result.rows[4].level == 1);
        CHECK(result.rows[5].value == 7.0);
        CHECK(result.rows[5].line == 3);
        CHECK(result.rows[5].column == 4);
    }
    SECTION("without a period")
    {
        const auto result = plan(bytes);
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].line == 1);
        CHECK_THAT(errors(result), Catch::Contains("period"));
    }
}

TEST_CASE("Measurement CSV: unknown indicators are located", "[csv][measurements]")
{
    SECTION("in a long file's cell")
    {
        const auto result = plan("service,period,indicator,value\nBus,2024,I1,1\nBus,2024,I9,2\nBus,2024,O1,3\n");
        REQUIRE(result.errors.size() == 2);
        CHECK(str(result.errors[0].format()) ==
              "line 3, column 3: \"I9\" is not the code of an indicator of the framework.");
        CHECK(result.errors[1].line == 4);
        CHECK(result.errors[1].column == 3);
        CHECK_THAT(errors(result), Catch::Contains("cannot be measured"));
    }
    SECTION("in a wide file's header")
    {
        const auto result = plan("service,I1,I9\nBus,1,2\n", QStringLiteral("2024"));
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].line == 1);
        CHECK(result.errors[0].column == 3);
    }
}

TEST_CASE("Measurement CSV: bad cells and duplicates", "[csv][measurements]")
{
    SECTION("unparsable number and unknown level")
    {
        const auto result = plan("service;indicator;period;value\nBus;I1;2024;1.5\nBus;I3;2024;12,5\n"
                                 "Bus;Q1;2024;superb\nBus;Q1;2025;4\n");
        INFO(errors(result));
        REQUIRE(result.errors.size() == 4);
        // The marks disagree: reported at the later cell, naming the earlier one; that cell then fails too.
        CHECK(result.errors[0].line == 3);
        CHECK(result.errors[0].column == 4);
        CHECK_THAT(str(result.errors[0].message), Catch::Contains("\"1.5\" on line 2"));
        CHECK(result.errors[1].line == 3);
        CHECK(result.errors[1].column == 4);
        CHECK_THAT(str(result.errors[2].format()),
                   Catch::StartsWith("line 4, column 4: \"superb\" is not a level of \"Q1\""));
        CHECK(result.errors[3].line == 5);
    }
    SECTION("the same service, indicator and period twice")
    {
        const auto result = plan("service,indicator,period,value\nBus,I1,2024,1\nTram,I1,2024,2\nBUS,i1,2024,3\n");
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].line == 4);
        CHECK(result.errors[0].column == 4);
        CHECK_THAT(errors(result), Catch::Contains("already appears on line 2"));
    }
    SECTION("a duplicate service line in a wide file")
    {
        const auto result = plan("service,I1\nBus,1\nBus,2\n", QStringLiteral("2024"));
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].line == 3);
    }
    SECTION("empty service and period, wrong cell counts")
    {
        const auto result = plan("service,indicator,period,value\n,I1,2024,1\nBus,I1,,1\nBus,I1,2024\n"
                                 "Bus,I3,2024,1,extra\nBus,I3,2025,1,,\n");
        INFO(errors(result));
        REQUIRE(result.errors.size() == 4);
        CHECK(str(result.errors[0].format()) == "line 2, column 1: The service name is missing.");
        CHECK(str(result.errors[1].format()) == "line 3, column 3: The period is missing.");
        CHECK(str(result.errors[2].format()) == "line 4: This line has 3 cells but the header has 4.");
        CHECK(result.errors[3].line == 5);
        CHECK(result.rows.size() == 1); // trailing empty cells are harmless
    }
    SECTION("confidence outside 0..1")
    {
        const auto result = plan("service,indicator,period,value,confidence\nBus,I1,2024,1,80\n");
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].column == 5);
    }
}

TEST_CASE("Measurement CSV: layout and period rules", "[csv][measurements]")
{
    SECTION("a long file without period column takes the given period")
    {
        const auto result = plan("service,indicator,value\nBus,I1,4\n", QStringLiteral("2023"));
        INFO(errors(result));
        REQUIRE(result.ok());
        CHECK(str(result.rows[0].periodLabel) == "2023");
        CHECK_FALSE(plan("service,indicator,value\nBus,I1,4\n").ok());
    }
    SECTION("an unrecognised header")
    {
        const auto result = plan("name,code,amount\nBus,I1,4\n");
        REQUIRE(result.errors.size() == 1);
        CHECK_THAT(errors(result), Catch::Contains("service"));
    }
    SECTION("a header without data")
    {
        CHECK_THAT(errors(plan("service,indicator,period,value\n")), Catch::Contains("no measurement"));
        CHECK_FALSE(plan("").ok());
    }
    SECTION("missing markers")
    {
        for (const char* marker : {"", " ", "NA", "na", "N/A", "n/a", "NC", "n.c."})
            CHECK(MeasurementCsvReader::isMissingMarker(QString::fromLatin1(marker)));
        CHECK_FALSE(MeasurementCsvReader::isMissingMarker(QStringLiteral("0")));
    }
    SECTION("errors are capped at 50")
    {
        QByteArray bytes = "service,indicator,period,value\n";
        for (int i = 0; i < 70; ++i)
            bytes += "S" + QByteArray::number(i) + ",I1,2024,x\n";
        const auto result = plan(bytes);
        REQUIRE(result.errors.size() == 51);
        CHECK(str(result.errors.last().message) == "\u2026 and 20 more errors.");
    }
}
