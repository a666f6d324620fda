#include "FrameworkCsvReader.h"

#include <catch2/catch.hpp>

using namespace balise;

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

FrameworkImportPlan plan(const QByteArray& bytes)
{
    return FrameworkCsvReader::readBytes(bytes);
}

// Codes in plan order, "/"-joined, each with its parent: "O1/C1<O1/I1<C1".
std::string order(const FrameworkImportPlan& plan)
{
    QStringList codes;
    for (const auto& item : plan.nodes)
        codes.append(item.parentCode.isEmpty() ? item.node.code : item.node.code + u'<' + item.parentCode);
    return str(codes.join(u'/'));
}

std::string errors(const FrameworkImportPlan& plan)
{
    return str(ImportError::formatAll(plan.errors));
}

const FrameworkImportNode* find(const FrameworkImportPlan& plan, const char* code)
{
    for (const auto& item : plan.nodes)
        if (item.node.code == QLatin1String(code))
            return &item;
    return nullptr;
}

} // namespace

TEST_CASE("Framework CSV: a French file with parents after their children", "[csv][framework]")
{
    const QByteArray bytes =
        "\xEF\xBB\xBF level ; Code;parent;NAME;weight;direction;unit;baseline;target;baseline date;target_date;"
        "kind;levels;actions;owner\n"
        "indicateur;I1;C1;Part modale v\xC3\xA9lo;2;hausse;%;12,5;20;2024-01-01;2030-12-31;;;\"Pistes\nParkings\";"
        "DGA\n"
        "crit\xC3\xA8re;C1;O1;Usage;1,5;;;;;;;;;;\n"
        "indicateur;I2;o1;Satisfaction;;;;;;;;qualitative;faible | moyenne|forte;;\n"
        "objectif;O1;;Mobilit\xC3\xA9;;;;;;;;;;;\n"
        "indicator;I3;;Top-level indicator;0;baisse;t;1 200;800;;;;;;\n";
    const auto result = plan(bytes);
    INFO(errors(result));
    REQUIRE(result.ok());
    CHECK(result.warnings.isEmpty());
    CHECK(result.separator == u';');
    CHECK(result.decimalMark == u',');
    CHECK(order(result) == "O1/C1<O1/I1<C1/I2<O1/I3");

    const auto* i1 = find(result, "I1");
    REQUIRE(i1);
    CHECK(i1->line == 2);
    CHECK(i1->node.id == NoId);
    CHECK(i1->node.parentId == NoId);
    CHECK(i1->node.kind == NodeKind::Indicator);
    CHECK(i1->node.name == QStringLiteral("Part modale v\u00E9lo"));
    CHECK(i1->node.weight == 2.0);
    CHECK(str(i1->node.actions) == "Pistes\nParkings");
    CHECK(str(i1->node.owner) == "DGA");
    CHECK(i1->node.indicator.direction == Direction::HigherIsBetter);
    CHECK(i1->node.indicator.baseline == 12.5);
    CHECK(i1->node.indicator.target == 20.0);
    CHECK(i1->node.indicator.baselineDate == QDate(2024, 1, 1));
    CHECK(i1->node.indicator.targetDate == QDate(2030, 12, 31));
    CHECK(str(i1->node.indicator.unit) == "%");

    const auto* c1 = find(result, "C1");
    REQUIRE(c1);
    CHECK(c1->line == 4); // the quoted line break of I1 takes line 3
    CHECK(c1->node.kind == NodeKind::Criterion);
    CHECK(c1->node.weight == 1.5);

    const auto* i2 = find(result, "I2");
    REQUIRE(i2);
    CHECK(str(i2->parentCode) == "O1"); // the parent's own spelling, not the "o1" of the cell
    CHECK(i2->node.weight == 1.0);      // default
    CHECK(i2->node.indicator.kind == IndicatorKind::Qualitative);
    REQUIRE(i2->node.indicator.levels.size() == 3);
    CHECK(str(i2->node.indicator.levels[0].label) == "faible");
    CHECK(str(i2->node.indicator.levels[2].label) == "forte");

    const auto* i3 = find(result, "I3");
    REQUIRE(i3);
    CHECK(i3->node.weight == 0.0);
    CHECK(i3->node.indicator.direction == Direction::LowerIsBetter);
    CHECK(i3->node.indicator.baseline == 1200.0);
}

TEST_CASE("Framework CSV: an English comma-separated file", "[csv][framework]")
{
    const auto result = plan("level,code,parent,name,weight,direction,baseline,target,description\n"
                             "objective,O1,,Mobility,0.5,,,,\"Move better, pollute less\"\n"
                             "indicator,I1,O1,Cycling share,1.5,-1,1.5,\"1,000.25\",\n");
    INFO(errors(result));
    REQUIRE(result.ok());
    CHECK(result.separator == u',');
    CHECK(result.decimalMark == u'.');
    CHECK(order(result) == "O1/I1<O1");
    CHECK(result.nodes[0].node.weight == 0.5);
    CHECK(str(result.nodes[0].node.description) == "Move better, pollute less");
    CHECK(result.nodes[1].node.indicator.direction == Direction::LowerIsBetter);
    CHECK(result.nodes[1].node.indicator.baseline == 1.5);
    CHECK(result.nodes[1].node.indicator.target == 1000.25);
}

TEST_CASE("Framework CSV: codes that look like numbers do not decide the decimal mark", "[csv][framework]")
{
    const auto result = plan("level;code;parent;name;baseline\n"
                             "objective;1;;Un;\n"
                             "criterion;1.1;1;Un un;\n"
                             "indicator;1.1.1;1.1;Un un un;12,5\n");
    INFO(errors(result));
    REQUIRE(result.ok());
    CHECK(result.decimalMark == u',');
    CHECK(order(result) == "1/1.1<1/1.1.1<1.1");
    CHECK(result.nodes[2].node.indicator.baseline == 12.5);
}

TEST_CASE("Framework CSV: structural errors name their lines", "[csv][framework]")
{
    SECTION("duplicate codes, case-insensitively")
    {
        const auto result = plan("level,code,parent,name\nobjective,O1,,A\nobjective,o1,,B\n");
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].line == 3);
        CHECK(result.errors[0].column == 2);
        CHECK_THAT(errors(result), Catch::Contains("\"o1\"") && Catch::Contains("line 2"));
    }
    SECTION("unknown parent")
    {
        const auto result = plan("level,code,parent,name\nobjective,O1,,A\ncriterion,C1,OX,B\n");
        REQUIRE(result.errors.size() == 1);
        CHECK(str(result.errors[0].format()) ==
              "line 3, column 3: The parent \"OX\" is not the code of any line of this file.");
    }
    SECTION("a parent that is an indicator")
    {
        const auto result = plan("level,code,parent,name\nindicator,I1,,A\ncriterion,C1,I1,B\n");
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].line == 3);
        CHECK_THAT(errors(result), Catch::Contains("indicators have no children"));
    }
    SECTION("a loop of parents")
    {
        // Each arrow goes from a node to its parent.
        const auto result = plan("level,code,parent,name\n"
                                 "objective,ROOT,,Root\n"
                                 "criterion,A,C,A\n"
                                 "criterion,B,A,B\n"
                                 "criterion,C,B,C\n"
                                 "indicator,I,B,I\n");
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].line == 3);
        CHECK(result.errors[0].column == 3);
        CHECK_THAT(errors(result), Catch::Contains("loop") && Catch::Contains("(A \u2192 C \u2192 B \u2192 A)"));
        CHECK(order(result) == "ROOT"); // nothing of the loop is planned
    }
    SECTION("a node that is its own parent")
    {
        const auto result = plan("level,code,parent,name\nobjective,O1,O1,A\n");
        REQUIRE(result.errors.size() == 1);
        CHECK_THAT(errors(result), Catch::Contains("its own parent"));
    }
    SECTION("missing required columns stop the reading")
    {
        const auto result = plan("level,code,title\nobjective,O1,A\n");
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].line == 1);
        CHECK_THAT(errors(result), Catch::Contains("name"));
        CHECK(result.nodes.isEmpty());
    }
    SECTION("an empty file and a file with only a header")
    {
        CHECK_FALSE(plan("").ok());
        CHECK_FALSE(plan("\n\n").ok());
        CHECK_THAT(errors(plan("level,code,name\n")), Catch::Contains("no objective"));
    }
}

TEST_CASE("Framework CSV: cell errors name their line and column", "[csv][framework]")
{
    const auto result = plan("level;code;name;weight;direction;baseline_date;target_date;kind;levels;baseline\n"
                             "goal;G;Goal;;;;;;;\n"
                             "objective;;Nameless code;;;;;;;\n"
                             "objective;O2;;-1;;;;;;\n"
                             "indicator;I1;Bad direction;;up;31/12/2024;;;;\n"
                             "indicator;I2;One level;;;;;qualitative;only;\n"
                             "indicator;I3;Dates backwards;;;2030-01-01;2024-01-01;;;\n"
                             "indicator;I4;Levels on a number;;;;;quantitative;a|b;\n"
                             "indicator;I5;Bad kind;;;;;fuzzy;;\n"
                             "indicator;I6;Bad number;;;;;;;douze\n"
                             "objective;O3;Too short\n");
    const auto located = [&](int line, int column) {
        return std::count_if(result.errors.cbegin(), result.errors.cend(),
                             [&](const ImportError& e) { return e.line == line && e.column == column; });
    };
    INFO(errors(result));
    CHECK(located(2, 1) == 1);   // level
    CHECK(located(3, 2) == 1);   // code missing
    CHECK(located(4, 3) == 1);   // name missing
    CHECK(located(4, 4) == 1);   // negative weight
    CHECK(located(5, 5) == 1);   // direction
    CHECK(located(5, 6) == 1);   // date format
    CHECK(located(6, 9) == 1);   // one level only (ModelValidator)
    CHECK(located(7, 7) == 1);   // target date before baseline date (ModelValidator)
    CHECK(located(8, 9) == 1);   // levels on a quantitative indicator
    CHECK(located(9, 8) == 1);   // kind
    CHECK(located(10, 10) == 1); // number
    CHECK(located(11, 0) == 1);  // cell count
    CHECK(result.errors.size() == 12);
    CHECK_THAT(errors(result), Catch::Contains("line 5, column 6: \"31/12/2024\" is not a date"));
    CHECK_THAT(errors(result), Catch::Contains("line 11: This line has 3 cells but the header has 10."));
}

TEST_CASE("Framework CSV: target bands, unknown columns and ignored indicator columns", "[csv][framework]")
{
    SECTION("a target band needs its bounds")
    {
        const auto good = plan("level,code,name,direction,band_low,band_high,band_tolerance\n"
                               "indicator,I1,Noise,band,40,55,10\n");
        INFO(errors(good));
        REQUIRE(good.ok());
        CHECK(good.nodes[0].node.indicator.direction == Direction::TargetBand);
        CHECK(good.nodes[0].node.indicator.bandHigh == 55.0);
        const auto bad = plan("level,code,name,direction\nindicator,I1,Noise,band\n");
        REQUIRE(bad.errors.size() == 1);
        CHECK(bad.errors[0].line == 2);
    }
    SECTION("unknown columns are warnings only")
    {
        const auto result = plan("level,code,name,colour\nobjective,O1,A,blue\n");
        REQUIRE(result.ok());
        REQUIRE(result.warnings.size() == 1);
        CHECK(str(result.warnings[0].format()) == "line 1, column 4: The column \"colour\" is not one Balise knows; "
                                                  "it is ignored.");
        CHECK(result.nodes.size() == 1);
    }
    SECTION("indicator columns on an objective are a warning")
    {
        const auto result = plan("level,code,name,unit\nobjective,O1,A,km\n");
        REQUIRE(result.ok());
        REQUIRE(result.warnings.size() == 1);
        CHECK(result.warnings[0].line == 2);
    }
    SECTION("a column named twice is an error")
    {
        const auto result = plan("level,code,name,Name\nobjective,O1,A,B\n");
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].column == 4);
    }
}

TEST_CASE("Framework CSV: at most 50 errors are listed", "[csv][framework]")
{
    QByteArray bytes = "level,code,name\n";
    for (int i = 0; i < 60; ++i)
        bytes += "goal,G" + QByteArray::number(i) + ",Goal\n";
    const auto result = plan(bytes);
    REQUIRE(result.errors.size() == 51);
    CHECK(result.errors[0].line == 2);
    CHECK(result.errors[49].line == 51);
    CHECK(str(result.errors[50].format()) == "\u2026 and 10 more errors.");
}
