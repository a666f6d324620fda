// The stored form of a weighting's inputs: what is written reads back the same, and nothing else is
// accepted.
#include "WeightingJson.h"

#include <catch2/catch.hpp>

using namespace balise;

TEST_CASE("Weighting inputs read back as they were written", "[weighting]")
{
    WeightingRecord record;
    record.parentId = 12;
    record.method = WeightingMethod::Group;
    record.budget = {{3, 60.5}, {4, 39.5}};
    record.ranks = {{3, 2}, {4, 1}};
    record.judgements = {{3, 4, 1.0 / 7.0}};
    record.stakeholders = {{QStringLiteral("Élus « ruraux »"), {{3, 5}, {4, 1}}}, {QString(), {}}};
    WeightingRecord read;
    read.parentId = record.parentId;
    read.method = record.method;
    REQUIRE(WeightingJson::fromJson(WeightingJson::toJson(record), read));
    CHECK(read == record);

    // An empty record is an empty object.
    WeightingRecord empty;
    CHECK(WeightingJson::toJson(empty) == QByteArray("{}"));
    REQUIRE(WeightingJson::fromJson("{}", read));
    CHECK(read.budget.isEmpty());
    CHECK(read.stakeholders.isEmpty());
}

TEST_CASE("Weighting inputs that toJson could not have written are refused", "[weighting]")
{
    const char* hostile[] = {
        "",
        "[]",
        "{\"budget\": 3}",
        "{\"budget\": [[1]]}",
        "{\"budget\": [[1, \"deux\"]]}",
        "{\"ranks\": [[1, 2, 3]]}",
        "{\"pairwise\": [[1, 2, 10]]}",
        "{\"pairwise\": [[1, 2, 0]]}",
        "{\"pairwise\": [[1, 2, -3]]}",
        "{\"pairwise\": [[1, 2]]}",
        "{\"stakeholders\": [{\"points\": []}]}",
        "{\"stakeholders\": [3]}",
        "{\"stakeholders\": {\"name\": \"x\"}}",
        "{\"budget\": [[1, 2]]",
    };
    for (const char* json : hostile) {
        INFO(json);
        WeightingRecord record;
        record.budget = {{9, 9}};
        CHECK_FALSE(WeightingJson::fromJson(QByteArray(json), record));
        // A refused text leaves the record as it was.
        CHECK(record.budget == QList<ChildValue>{{9, 9}});
    }
    // Too many entries for any framework: refused before they are kept.
    QByteArray many = "{\"budget\": [";
    for (int i = 0; i < 10'001; ++i)
        many += (i ? ",[" : "[") + QByteArray::number(i) + ",1]";
    many += "]}";
    WeightingRecord record;
    CHECK_FALSE(WeightingJson::fromJson(many, record));
}
