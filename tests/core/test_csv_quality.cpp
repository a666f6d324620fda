#include "FrameworkCsvReader.h"

#include <catch2/catch.hpp>

using namespace balise;

TEST_CASE("Framework CSV carries the six quality ratings of indicators", "[csv]")
{
    const QByteArray csv = "level,code,parent,name,robustness,sensitivity,simplicity,relevance,value,utility\n"
                           "objective,O1,,Résilience,,,,,,\n"
                           "indicator,I1,O1,Pertes,3,2,4,4,1,0\n"
                           "indicator,I2,O1,Coupures,5,,,,,\n"
                           "indicator,I3,O1,Usagers,2.5,,,,,\n";
    const FrameworkImportPlan plan = FrameworkCsvReader::readBytes(csv);
    REQUIRE(plan.errors.size() == 2);
    CHECK(plan.errors[0].line == 4);
    CHECK(plan.errors[0].column == 5);
    CHECK(plan.errors[0].message.contains(QStringLiteral("0 to 4")));
    CHECK(plan.errors[1].line == 5);

    const FrameworkImportPlan good = FrameworkCsvReader::readBytes(csv.left(csv.indexOf("indicator,I2")));
    REQUIRE(good.ok());
    const IndicatorSpec& spec = good.nodes[1].node.indicator;
    CHECK(spec.rating(Quality::Robustness).rating == 3);
    CHECK(spec.rating(Quality::Sensitivity).rating == 2);
    CHECK(spec.rating(Quality::Utility).rating == 0);
}
