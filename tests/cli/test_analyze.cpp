// `balise analyze` end to end on the sample project, as a script would use it.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <cmath>

using namespace balise;
using test::csvLines;
using test::makeSampleProject;
using test::runBalise;
using test::samplePath;
using test::show;

namespace {

const QStringList sampleServices{QStringLiteral("Microgrid Quartier des Tanneurs"),
                                 QStringLiteral("Boucle solaire Les Coteaux"),
                                 QStringLiteral("Réseau intelligent Val-Fleuri")};

test::CliResult analyze(const QString& project, const QStringList& options)
{
    return runBalise(QStringList{QStringLiteral("analyze"), project} + options);
}

QJsonObject json(const test::CliResult& result)
{
    INFO(show(result));
    REQUIRE(result.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

// The overall rank of every service in a period, as `balise evaluate` gives it.
QHash<QString, QString> evaluatedRanks(const QString& project, const QString& period)
{
    const auto result = runBalise(
        {QStringLiteral("evaluate"), project, QStringLiteral("--period"), period, QStringLiteral("--format=csv")});
    INFO(show(result));
    REQUIRE(result.exitCode == 0);
    QHash<QString, QString> ranks;
    for (const QString& line : csvLines(result.out).mid(1)) {
        const QStringList cells = line.split(QLatin1Char(','));
        if (cells.value(2) == QLatin1String("_overall"))
            ranks.insert(cells.value(1), cells.value(7));
    }
    return ranks;
}

} // namespace

TEST_CASE("analyze --format csv: one row per service, ranks in range, nominal ranks as evaluate's", "[cli][analyze]")
{
    QTemporaryDir dir;
    const QString project = makeSampleProject(dir.path());
    const auto result =
        analyze(project, {QStringLiteral("--uncertainty"), QStringLiteral("500"), QStringLiteral("--period"),
                          QStringLiteral("2024"), QStringLiteral("--draw-aggregation"), QStringLiteral("--format"),
                          QStringLiteral("csv")});
    INFO(show(result));
    REQUIRE(result.exitCode == 0);
    const QStringList lines = csvLines(result.out);
    REQUIRE(lines.size() == 4);
    CHECK(lines.first() == QStringLiteral("service,nominal_rank,mean_rank,median_rank,q05_rank,q95_rank,p_first"));
    CHECK_FALSE(result.out.contains(QLatin1String("nan"), Qt::CaseInsensitive));
    const QHash<QString, QString> expected = evaluatedRanks(project, QStringLiteral("2024"));
    double firsts = 0.0;
    for (const QString& line : lines.mid(1)) {
        const QStringList cells = line.split(QLatin1Char(','));
        REQUIRE(cells.size() == 7);
        CHECK(sampleServices.contains(cells[0]));
        CHECK(cells[1] == expected.value(cells[0]));
        for (int c = 1; c <= 5; ++c) {
            bool ok = false;
            const double rank = cells[c].toDouble(&ok);
            CHECK(ok);
            CHECK(rank >= 1.0);
            CHECK(rank <= 3.0);
        }
        CHECK(cells[4].toDouble() <= cells[3].toDouble()); // q05 ≤ median ≤ q95
        CHECK(cells[3].toDouble() <= cells[5].toDouble());
        firsts += cells[6].toDouble();
    }
    CHECK(firsts == Approx(1.0)); // no ties among three distinct scores: exactly one first each time
}

TEST_CASE("analyze is reproducible from the seed, whatever the number of threads", "[cli][analyze]")
{
    QTemporaryDir dir;
    const QString project = makeSampleProject(dir.path());
    const QStringList common{QStringLiteral("--uncertainty"),
                             QStringLiteral("400"),
                             QStringLiteral("--period"),
                             QStringLiteral("2024"),
                             QStringLiteral("--draw-aggregation"),
                             QStringLiteral("--format"),
                             QStringLiteral("csv"),
                             QStringLiteral("--seed"),
                             QStringLiteral("77")};
    const auto one = analyze(project, common + QStringList{QStringLiteral("--threads"), QStringLiteral("1")});
    const auto two = analyze(project, common + QStringList{QStringLiteral("--threads"), QStringLiteral("2")});
    const auto four = analyze(project, common + QStringList{QStringLiteral("--threads"), QStringLiteral("4")});
    REQUIRE(one.exitCode == 0);
    CHECK(one.out == two.out);
    CHECK(one.out == four.out);
    QStringList other = common;
    other.last() = QStringLiteral("78");
    CHECK(analyze(project, other).out != one.out);
}

TEST_CASE("analyze --format json: statistics, sensitivity indices and every replication's parameters", "[cli][analyze]")
{
    QTemporaryDir dir;
    const QString project = makeSampleProject(dir.path());
    const QJsonObject root =
        json(analyze(project, {QStringLiteral("--uncertainty"), QStringLiteral("200"), QStringLiteral("--period"),
                               QStringLiteral("2024"), QStringLiteral("--weight-noise"), QStringLiteral("0.3"),
                               QStringLiteral("--draw-aggregation"), QStringLiteral("--sensitivity"),
                               QStringLiteral("--replications"), QStringLiteral("--format"), QStringLiteral("json")}));
    const QJsonObject options = root.value(QStringLiteral("options")).toObject();
    CHECK(options.value(QStringLiteral("replications")).toInt() == 200);
    CHECK(options.value(QStringLiteral("weight_noise")).toDouble() == Approx(0.3));
    CHECK(options.value(QStringLiteral("period")).toString() == QStringLiteral("2024"));
    const QJsonArray services = root.value(QStringLiteral("services")).toArray();
    REQUIRE(services.size() == 3);
    for (const auto& value : services) {
        const QJsonObject s = value.toObject();
        CHECK(sampleServices.contains(s.value(QStringLiteral("service")).toString()));
        CHECK(s.value(QStringLiteral("ranked_replications")).toInt() == 200);
        CHECK(s.value(QStringLiteral("median_rank")).isDouble());
    }

    const QJsonObject sensitivity = root.value(QStringLiteral("sensitivity")).toObject();
    CHECK(sensitivity.value(QStringLiteral("base_samples")).toInt() == 200);
    CHECK(sensitivity.value(QStringLiteral("runs")).toInt() == 800); // N·(d + 2), d = 2
    const QJsonArray inputs = sensitivity.value(QStringLiteral("inputs")).toArray();
    REQUIRE(inputs.size() == 2);
    CHECK(inputs[0].toObject().value(QStringLiteral("input")).toString() == QStringLiteral("weights"));
    CHECK(inputs[1].toObject().value(QStringLiteral("input")).toString() == QStringLiteral("aggregation"));
    for (const auto& input : inputs) {
        const QJsonObject i = input.toObject();
        // Numbers when the ranking moves, null (never NaN) when it does not.
        CHECK((i.value(QStringLiteral("first_order")).isDouble() || i.value(QStringLiteral("first_order")).isNull()));
        CHECK((i.value(QStringLiteral("total")).isDouble() || i.value(QStringLiteral("total")).isNull()));
    }

    const QJsonObject listing = root.value(QStringLiteral("replications")).toObject();
    const QJsonArray nodes = listing.value(QStringLiteral("nodes")).toArray();
    const QJsonArray runs = listing.value(QStringLiteral("runs")).toArray();
    REQUIRE(runs.size() == 200);
    CHECK(nodes.size() == 35); // 6 objectives, 12 criteria, 17 indicators: every node but the root
    int geometric = 0;
    for (const auto& value : runs) {
        const QJsonObject run = value.toObject();
        const QJsonArray multipliers = run.value(QStringLiteral("multipliers")).toArray();
        REQUIRE(multipliers.size() == nodes.size());
        for (const auto& m : multipliers) {
            CHECK(m.toDouble() >= 0.7);
            CHECK(m.toDouble() < 1.3);
        }
        geometric += run.value(QStringLiteral("aggregation")).toString() == QLatin1String("geometric");
    }
    CHECK(geometric > 60);
    CHECK(geometric < 140);
    CHECK(runs[0].toObject().value(QStringLiteral("normalization")).toString() == QStringLiteral("framework"));
}

TEST_CASE("analyze without any noise gives the nominal ranking in every replication", "[cli][analyze]")
{
    QTemporaryDir dir;
    const QString project = makeSampleProject(dir.path());
    const QJsonObject root =
        json(analyze(project, {QStringLiteral("--uncertainty"), QStringLiteral("50"), QStringLiteral("--weight-noise"),
                               QStringLiteral("0"), QStringLiteral("--format"), QStringLiteral("json")}));
    for (const auto& value : root.value(QStringLiteral("services")).toArray()) {
        const QJsonObject s = value.toObject();
        const double nominal = s.value(QStringLiteral("nominal_rank")).toDouble();
        CHECK(s.value(QStringLiteral("mean_rank")).toDouble() == nominal);
        CHECK(s.value(QStringLiteral("q05_rank")).toDouble() == nominal);
        CHECK(s.value(QStringLiteral("q95_rank")).toDouble() == nominal);
        CHECK(s.value(QStringLiteral("p_first")).toDouble() == (nominal == 1.0 ? 1.0 : 0.0));
    }
}

TEST_CASE("analyze --format table names every service and the sensitivity inputs", "[cli][analyze]")
{
    QTemporaryDir dir;
    const QString project = makeSampleProject(dir.path());
    const auto result = analyze(project, {QStringLiteral("--uncertainty"), QStringLiteral("100"),
                                          QStringLiteral("--period"), QStringLiteral("2024"),
                                          QStringLiteral("--draw-aggregation"), QStringLiteral("--sensitivity")});
    INFO(show(result));
    REQUIRE(result.exitCode == 0);
    for (const QString& service : sampleServices)
        CHECK(result.out.contains(service));
    CHECK(result.out.contains(QStringLiteral("weights")));
    CHECK(result.out.contains(QStringLiteral("aggregation")));
    CHECK_FALSE(result.out.contains(QLatin1String("nan"), Qt::CaseInsensitive));
}

TEST_CASE("analyze refuses invalid requests with one sentence and the right exit code", "[cli][analyze]")
{
    QTemporaryDir dir;
    const QString project = makeSampleProject(dir.path());
    struct Case
    {
        QStringList options;
        int exit;
        const char* mentions;
    };
    const QList<Case> cases{
        {{QStringLiteral("--uncertainty"), QStringLiteral("0")}, 2, "--uncertainty"},
        {{QStringLiteral("--uncertainty"), QStringLiteral("ten")}, 2, "--uncertainty"},
        {{}, 2, "--uncertainty"},
        {{QStringLiteral("--uncertainty"), QStringLiteral("10"), QStringLiteral("--weight-noise"),
          QStringLiteral("-0.2")},
         2,
         "--weight-noise"},
        {{QStringLiteral("--uncertainty"), QStringLiteral("10"), QStringLiteral("--weight-noise"), QStringLiteral("1")},
         2,
         "--weight-noise"},
        {{QStringLiteral("--uncertainty"), QStringLiteral("10"), QStringLiteral("--replications")}, 2, "json"},
        {{QStringLiteral("--uncertainty"), QStringLiteral("10"), QStringLiteral("--format"), QStringLiteral("xml")},
         2,
         "xml"},
        {{QStringLiteral("--uncertainty"), QStringLiteral("10"), QStringLiteral("--period"), QStringLiteral("1999")},
         3,
         "1999"},
    };
    for (const Case& c : cases) {
        const auto result = analyze(project, c.options);
        INFO(show(result));
        CHECK(result.exitCode == c.exit);
        CHECK(result.out.isEmpty());
        CHECK(result.err.contains(QLatin1String(c.mentions)));
        CHECK(result.err.trimmed().count(QLatin1Char('\n')) == 0);
    }

    // A project without indicators or services has nothing to rank: exit 3, nothing written.
    const QString empty = dir.filePath(QStringLiteral("empty.balise"));
    REQUIRE(runBalise({QStringLiteral("new"), empty}).exitCode == 0);
    const auto nothing = analyze(empty, {QStringLiteral("--uncertainty"), QStringLiteral("10")});
    CHECK(nothing.exitCode == 3);
    CHECK(nothing.err.contains(QStringLiteral("indicator")));
    const QString noServices = dir.filePath(QStringLiteral("framework-only.balise"));
    REQUIRE(runBalise({QStringLiteral("new"), noServices, QStringLiteral("--framework"),
                       samplePath(QStringLiteral("microgrid/framework.csv"))})
                .exitCode == 0);
    const auto noOne = analyze(noServices, {QStringLiteral("--uncertainty"), QStringLiteral("10")});
    CHECK(noOne.exitCode == 3);
    CHECK(noOne.err.contains(QStringLiteral("service")));
}

namespace {

// The overall score of every service in a period, as `balise evaluate` gives it.
QHash<QString, double> evaluatedScores(const QString& project, const QString& period)
{
    const auto result = runBalise(
        {QStringLiteral("evaluate"), project, QStringLiteral("--period"), period, QStringLiteral("--format=csv")});
    INFO(show(result));
    REQUIRE(result.exitCode == 0);
    QHash<QString, double> scores;
    for (const QString& line : csvLines(result.out).mid(1)) {
        const QStringList cells = line.split(QLatin1Char(','));
        if (cells.value(2) == QLatin1String("_overall"))
            scores.insert(cells.value(1), cells.value(4).toDouble());
    }
    return scores;
}

} // namespace

TEST_CASE("analyze --one-at-a-time: each change is the evaluation with that weight moved", "[cli][analyze]")
{
    QTemporaryDir dir;
    const QString project = makeSampleProject(dir.path());
    const auto result = analyze(project, {QStringLiteral("--one-at-a-time"), QStringLiteral("0.2"),
                                          QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(show(result));
    REQUIRE(result.exitCode == 0);
    const QStringList lines = csvLines(result.out);
    REQUIRE(lines.value(0) == QLatin1String("node,level,direction,service,score_change,rank_change"));
    // Every node but the overall score, both directions, three services.
    const auto info = runBalise({QStringLiteral("evaluate"), project, QStringLiteral("--period"),
                                 QStringLiteral("2026"), QStringLiteral("--format=csv")});
    const qsizetype nodes = csvLines(info.out).mid(1).size() / sampleServices.size() - 1;
    CHECK(lines.size() - 1 == nodes * 2 * sampleServices.size());

    QHash<QString, double> plusO1;
    for (const QString& line : lines.mid(1)) {
        const QStringList cells = line.split(QLatin1Char(','));
        REQUIRE(cells.size() == 6);
        if (cells[0] == QLatin1String("O1") && cells[2] == QLatin1String("plus"))
            plusO1.insert(cells[3], cells[4].toDouble());
    }
    REQUIRE(plusO1.size() == sampleServices.size());

    // The same project with O1's weight raised by 20 % (3 → 3.6), evaluated normally.
    QFile original(samplePath(QStringLiteral("microgrid/framework.csv")));
    REQUIRE(original.open(QIODevice::ReadOnly));
    QString framework = QString::fromUtf8(original.readAll());
    const QString o1 = QStringLiteral("objective,O1,,Résilience du système électrique,3,");
    REQUIRE(framework.contains(o1));
    framework.replace(o1, QStringLiteral("objective,O1,,Résilience du système électrique,3.6,"));
    QFile moved(dir.filePath(QStringLiteral("framework-o1.csv")));
    REQUIRE(moved.open(QIODevice::WriteOnly));
    moved.write(framework.toUtf8());
    moved.close();
    const QString movedProject = dir.filePath(QStringLiteral("moved.balise"));
    for (const QStringList& step : QList<QStringList>{
             {QStringLiteral("new"), movedProject, QStringLiteral("--framework"), moved.fileName()},
             {QStringLiteral("import"), movedProject, samplePath(QStringLiteral("microgrid/services.csv"))},
             {QStringLiteral("import"), movedProject, samplePath(QStringLiteral("microgrid/measurements.csv"))}})
        REQUIRE(runBalise(step).exitCode == 0);
    const QHash<QString, double> before = evaluatedScores(project, QStringLiteral("2026"));
    const QHash<QString, double> after = evaluatedScores(movedProject, QStringLiteral("2026"));
    for (const QString& service : sampleServices) {
        INFO(service.toStdString());
        CHECK(plusO1.value(service) == Approx(after.value(service) - before.value(service)).margin(1e-9));
    }
}

TEST_CASE("analyze --one-at-a-time in json and as a table, alone or with Monte Carlo", "[cli][analyze]")
{
    QTemporaryDir dir;
    const QString project = makeSampleProject(dir.path());
    const QJsonObject both = json(
        analyze(project, {QStringLiteral("--one-at-a-time"), QStringLiteral("0.1"), QStringLiteral("--uncertainty"),
                          QStringLiteral("50"), QStringLiteral("--format"), QStringLiteral("json")}));
    CHECK(both.value(QStringLiteral("services")).toArray().size() == sampleServices.size());
    const QJsonObject tornado = both.value(QStringLiteral("one_at_a_time")).toObject();
    CHECK(tornado.value(QStringLiteral("change")).toDouble() == Approx(0.1));
    const QJsonArray nodes = tornado.value(QStringLiteral("nodes")).toArray();
    REQUIRE(!nodes.isEmpty());
    CHECK(nodes.first().toObject().value(QStringLiteral("node")).toString() == QLatin1String("O1"));
    CHECK(nodes.first().toObject().value(QStringLiteral("plus")).toArray().size() == sampleServices.size());
    CHECK(tornado.value(QStringLiteral("nominal")).toArray().size() == sampleServices.size());

    const QJsonObject alone = json(analyze(project, {QStringLiteral("--one-at-a-time"), QStringLiteral("0.1"),
                                                     QStringLiteral("--format"), QStringLiteral("json")}));
    CHECK(!alone.contains(QStringLiteral("services")));
    CHECK(alone.value(QStringLiteral("one_at_a_time")).toObject().value(QStringLiteral("nodes")).toArray().size() ==
          nodes.size());

    const auto table = analyze(project, {QStringLiteral("--one-at-a-time"), QStringLiteral("0.2")});
    INFO(show(table));
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("±20 %")));
    CHECK(table.out.contains(QStringLiteral("O1 ")));
    CHECK(!table.out.contains(QStringLiteral("Monte Carlo")));

    // Invalid requests: a change outside (0, 1), csv of both analyses, Monte Carlo options alone.
    for (const QStringList& options : QList<QStringList>{
             {QStringLiteral("--one-at-a-time"), QStringLiteral("0")},
             {QStringLiteral("--one-at-a-time"), QStringLiteral("1.5")},
             {QStringLiteral("--one-at-a-time"), QStringLiteral("abc")},
             {QStringLiteral("--one-at-a-time"), QStringLiteral("0.2"), QStringLiteral("--uncertainty"),
              QStringLiteral("10"), QStringLiteral("--format"), QStringLiteral("csv")},
             {QStringLiteral("--one-at-a-time"), QStringLiteral("0.2"), QStringLiteral("--sensitivity")}}) {
        const auto refused = analyze(project, options);
        INFO(show(refused));
        CHECK(refused.exitCode == 2);
        CHECK(refused.out.isEmpty());
        CHECK(refused.err.trimmed().count(QLatin1Char('\n')) == 0);
    }
}
