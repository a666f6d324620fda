// `balise evaluate` end to end on the sample project, as a script would use it.
#include "CliRunner.h"
#include "EvaluationBuilder.h"
#include "Project.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <catch2/catch.hpp>
#include <cmath>

using namespace balise;
using test::csvLines;
using test::makeSampleProject;
using test::runBalise;
using test::samplePath;
using test::show;

namespace {

// The sample has 6 objectives, 12 criteria and 17 indicators, 3 services and 4 periods.
constexpr int sampleNodes = 35;
constexpr int sampleServices = 3;
constexpr int samplePeriods = 4;

} // namespace

TEST_CASE("evaluate --format csv gives every node of every service in every period", "[cli][evaluate]")
{
    QTemporaryDir dir;
    const QString project = makeSampleProject(dir.path());
    const auto csv =
        runBalise({QStringLiteral("evaluate"), project, QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(show(csv));
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.err.isEmpty());
    const QStringList lines = csvLines(csv.out);
    REQUIRE(!lines.isEmpty());
    CHECK(lines.first() == QStringLiteral("period,service,node,level,score,coverage,light,rank"));
    CHECK(lines.size() == 1 + samplePeriods * sampleServices * (sampleNodes + 1));
    CHECK_FALSE(csv.out.contains(QStringLiteral("nan"), Qt::CaseInsensitive));
    CHECK_FALSE(csv.out.contains(QStringLiteral("inf"), Qt::CaseInsensitive));

    const QSet<QString> lights{QStringLiteral("red"), QStringLiteral("amber"), QStringLiteral("green"),
                               QStringLiteral("insufficient")};
    const QSet<QString> levels{QStringLiteral("overall"), QStringLiteral("objective"), QStringLiteral("criterion"),
                               QStringLiteral("indicator")};
    int overall = 0;
    int insufficient = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(QLatin1Char(','));
        INFO(lines[i].toStdString());
        REQUIRE(f.size() == 8);
        CHECK(levels.contains(f[3]));
        CHECK(lights.contains(f[6]));
        bool ok = false;
        const double coverage = f[5].toDouble(&ok);
        CHECK(ok);
        CHECK((coverage >= 0 && coverage <= 1));
        if (f[6] == QLatin1String("insufficient")) {
            ++insufficient;
            CHECK(f[4].isEmpty());
            CHECK(f[7].isEmpty());
        } else {
            const double score = f[4].toDouble(&ok);
            CHECK(ok);
            CHECK((score >= 0 && score <= 100));
            CHECK(f[7].toInt() >= 1);
        }
        if (f[2] == QLatin1String("_overall")) {
            ++overall;
            CHECK(f[3] == QStringLiteral("overall"));
        }
    }
    CHECK(overall == samplePeriods * sampleServices);
    CHECK(insufficient > 0); // the sample's missing values leave some node without data

    // The numbers are the engine's, at full precision: they read back to the very same doubles.
    const auto opened = Project::open(project, ProjectFile::Access::ReadOnly);
    const EvaluationSetup setup = EvaluationBuilder::build(opened->data());
    const engine::EvaluationResult result = engine::evaluate(setup.input);
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(QLatin1Char(','));
        const int p = static_cast<int>(setup.periodLabels.indexOf(f[0]));
        const int s = static_cast<int>(setup.serviceNames.indexOf(f[1]));
        const int node = static_cast<int>(setup.nodeCodes.indexOf(f[2]));
        REQUIRE((p >= 0 && s >= 0 && node >= 0));
        const double expected = result.score(p, node, s);
        if (std::isnan(expected))
            CHECK(f[4].isEmpty());
        else
            CHECK(f[4].toDouble() == expected);
        CHECK(f[5].toDouble() == result.coverageOf(p, node, s));
    }
}

TEST_CASE("evaluate --period restricts the output to one period", "[cli][evaluate]")
{
    QTemporaryDir dir;
    const QString project = makeSampleProject(dir.path());
    const auto csv = runBalise({QStringLiteral("evaluate"), project, QStringLiteral("--period"), QStringLiteral("2025"),
                                QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(show(csv));
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = csvLines(csv.out);
    CHECK(lines.size() == 1 + sampleServices * (sampleNodes + 1));
    for (int i = 1; i < lines.size(); ++i)
        CHECK(lines[i].startsWith(QStringLiteral("2025,")));

    const auto unknown =
        runBalise({QStringLiteral("evaluate"), project, QStringLiteral("--period"), QStringLiteral("2030")});
    INFO(show(unknown));
    CHECK(unknown.exitCode == 3);
    CHECK(unknown.out.isEmpty());
    CHECK(unknown.err.contains(QStringLiteral("2030")));
    CHECK(unknown.err.contains(QStringLiteral("2023, 2024, 2025, 2026")));
    CHECK(unknown.err.trimmed().count(QLatin1Char('\n')) == 0);
}

TEST_CASE("evaluate --format json holds the options, the notes and every result", "[cli][evaluate]")
{
    QTemporaryDir dir;
    const QString project = makeSampleProject(dir.path());
    const auto json = runBalise({QStringLiteral("evaluate"), project, QStringLiteral("--format"),
                                 QStringLiteral("json"), QStringLiteral("--normalization"), QStringLiteral("minmax"),
                                 QStringLiteral("--aggregation"), QStringLiteral("geometric")});
    INFO(show(json));
    REQUIRE(json.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject root = document.object();
    CHECK(root.value(QStringLiteral("project")).toString() == QStringLiteral("Val d'Ardoise"));
    const QJsonObject options = root.value(QStringLiteral("options")).toObject();
    CHECK(options.value(QStringLiteral("normalization")).toString() == QStringLiteral("minmax"));
    CHECK(options.value(QStringLiteral("aggregation")).toString() == QStringLiteral("geometric"));
    CHECK(options.value(QStringLiteral("minimum_coverage")).toDouble() == 0.5);
    CHECK(options.value(QStringLiteral("periods")).toArray().size() == samplePeriods);
    CHECK(root.value(QStringLiteral("services")).toArray().size() == sampleServices);
    const QJsonArray nodes = root.value(QStringLiteral("nodes")).toArray();
    REQUIRE(nodes.size() == sampleNodes + 1);
    CHECK(nodes.at(0).toObject().value(QStringLiteral("node")).toString() == QStringLiteral("_overall"));
    CHECK(nodes.at(1).toObject().value(QStringLiteral("parent")).toString() == QStringLiteral("_overall"));

    const QJsonArray periods = root.value(QStringLiteral("periods")).toArray();
    REQUIRE(periods.size() == samplePeriods);
    for (const QJsonValue& period : periods) {
        const QJsonObject p = period.toObject();
        CHECK(p.value(QStringLiteral("notes")).toObject().contains(QStringLiteral("non_discriminating")));
        const QJsonArray results = p.value(QStringLiteral("results")).toArray();
        CHECK(results.size() == sampleServices * (sampleNodes + 1));
        for (const QJsonValue& row : results) {
            const QJsonObject r = row.toObject();
            const bool insufficient = r.value(QStringLiteral("light")).toString() == QLatin1String("insufficient");
            CHECK(r.value(QStringLiteral("score")).isNull() == insufficient);
            CHECK(r.value(QStringLiteral("rank")).isNull() == insufficient);
            CHECK(r.value(QStringLiteral("coverage")).isDouble());
        }
    }

    // Without overrides each indicator keeps its own method; the sample's qualitative indicators have
    // no goalposts but their levels, so nothing falls back to min-max.
    const auto plain =
        runBalise({QStringLiteral("evaluate"), project, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(plain.exitCode == 0);
    const QJsonObject plainRoot = QJsonDocument::fromJson(plain.out.toUtf8()).object();
    CHECK(plainRoot.value(QStringLiteral("options")).toObject().value(QStringLiteral("normalization")).toString() ==
          QStringLiteral("framework"));
    const QJsonObject notes =
        plainRoot.value(QStringLiteral("periods")).toArray().at(0).toObject().value(QStringLiteral("notes")).toObject();
    CHECK(notes.value(QStringLiteral("fallback_to_minmax")).toArray().isEmpty());
}

TEST_CASE("evaluate --format table is for people: lights as words, locale numbers", "[cli][evaluate]")
{
    QTemporaryDir dir;
    const QString project = makeSampleProject(dir.path());
    const auto table = runBalise({QStringLiteral("evaluate"), project});
    INFO(show(table));
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("Overall score")));
    CHECK(table.out.contains(QStringLiteral("Boucle solaire Les Coteaux")));
    CHECK(table.out.contains(QStringLiteral("Period 2026")));
    CHECK(table.out.contains(QStringLiteral("green")));
    CHECK(table.out.contains(QStringLiteral("insufficient (")));
    CHECK(table.out.contains(QStringLiteral(" %)")));
    CHECK_FALSE(table.out.contains(QStringLiteral("nan"), Qt::CaseInsensitive));

    // In French the table uses the decimal comma; csv keeps the point whatever the language.
    QProcessEnvironment french;
    french.insert(QStringLiteral("BALISE_LANG"), QStringLiteral("fr"));
    french.insert(QStringLiteral("LC_ALL"), QStringLiteral("fr_FR.UTF-8"));
    const auto frenchTable =
        runBalise({QStringLiteral("evaluate"), project, QStringLiteral("--period"), QStringLiteral("2026")}, french);
    INFO(show(frenchTable));
    REQUIRE(frenchTable.exitCode == 0);
    CHECK(frenchTable.out.contains(QRegularExpression(QStringLiteral("\\d,\\d"))));
    const auto frenchCsv = runBalise({QStringLiteral("evaluate"), project, QStringLiteral("--period"),
                                      QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("csv")},
                                     french);
    REQUIRE(frenchCsv.exitCode == 0);
    for (const QString& line : csvLines(frenchCsv.out))
        CHECK(line.split(QLatin1Char(',')).size() == 8);
}

TEST_CASE("evaluate escapes names with quotes, commas and backslashes in csv and json", "[cli][evaluate]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("odd.balise"));
    REQUIRE(runBalise({QStringLiteral("new"), project, QStringLiteral("--framework"),
                       samplePath(QStringLiteral("microgrid/framework.csv"))})
                .exitCode == 0);
    const QString odd = QStringLiteral("Le \"Réseau\", quartier \\ nord");
    const QString file = dir.filePath(QStringLiteral("odd.csv"));
    REQUIRE(test::writeText(file, QStringLiteral("service,indicator,period,value\n"
                                                 "\"Le \"\"Réseau\"\", quartier \\ nord\",I111,2024,50000\n"
                                                 "Plain,I111,2024,60000\n")));
    const auto imported = runBalise({QStringLiteral("import"), project, file});
    INFO(show(imported));
    REQUIRE(imported.exitCode == 0);

    const auto json =
        runBalise({QStringLiteral("evaluate"), project, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(show(json));
    REQUIRE(json.exitCode == 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(root.value(QStringLiteral("services")).toArray().at(0).toString() == odd);
    const QJsonArray results =
        root.value(QStringLiteral("periods")).toArray().at(0).toObject().value(QStringLiteral("results")).toArray();
    CHECK(results.at(0).toObject().value(QStringLiteral("service")).toString() == odd);

    const auto csv =
        runBalise({QStringLiteral("evaluate"), project, QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.contains(QStringLiteral("2024,\"Le \"\"Réseau\"\", quartier \\ nord\",_overall,overall,")));
    // Only I111 is measured: most nodes have no data, and nothing says NaN.
    CHECK(csvLines(csv.out).size() == 1 + 2 * (sampleNodes + 1));
    CHECK_FALSE(csv.out.contains(QStringLiteral("nan"), Qt::CaseInsensitive));
}

TEST_CASE("evaluate refuses bad options with 2 and unscorable projects with 3", "[cli][evaluate]")
{
    QTemporaryDir dir;
    const QString project = makeSampleProject(dir.path());
    for (const QStringList& bad : QList<QStringList>{{QStringLiteral("--normalization"), QStringLiteral("median")},
                                                     {QStringLiteral("--aggregation"), QStringLiteral("harmonic")},
                                                     {QStringLiteral("--format"), QStringLiteral("xml")}}) {
        const auto result = runBalise(QStringList{QStringLiteral("evaluate"), project} + bad);
        INFO(show(result));
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(bad.last()));
        CHECK(result.out.isEmpty());
    }

    // A framework without services or measurements: nothing to score.
    const QString bare = dir.filePath(QStringLiteral("bare.balise"));
    REQUIRE(runBalise({QStringLiteral("new"), bare, QStringLiteral("--framework"),
                       samplePath(QStringLiteral("microgrid/framework.csv"))})
                .exitCode == 0);
    const auto noService = runBalise({QStringLiteral("evaluate"), bare});
    INFO(show(noService));
    CHECK(noService.exitCode == 3);
    CHECK(noService.err.contains(QStringLiteral("no data service")));

    // An empty project: no indicator.
    const QString empty = dir.filePath(QStringLiteral("empty.balise"));
    REQUIRE(runBalise({QStringLiteral("new"), empty}).exitCode == 0);
    const auto noIndicator =
        runBalise({QStringLiteral("evaluate"), empty, QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(show(noIndicator));
    CHECK(noIndicator.exitCode == 3);
    CHECK(noIndicator.err.contains(QStringLiteral("no indicator")));
    CHECK(noIndicator.out.isEmpty());

    const auto missingFile = runBalise({QStringLiteral("evaluate"), dir.filePath(QStringLiteral("none.balise"))});
    CHECK(missingFile.exitCode == 3);
}

TEST_CASE("evaluate --format csv keeps a name that looks like a formula inert for spreadsheet software",
          "[cli][evaluate][markup]")
{
    // A service's name is typed by whoever filled in the file it came from; opened in a spreadsheet,
    // the evaluation must not run it.
    QTemporaryDir dir;
    const QString project = makeSampleProject(dir.path());
    const QString formula = QStringLiteral("=HYPERLINK(\"https://example.org\";\"Voir\")");
    {
        const auto opened = Project::open(project, ProjectFile::Access::ReadWrite);
        DataService service = opened->services().first();
        service.name = formula;
        opened->updateService(service);
    }
    const auto csv =
        runBalise({QStringLiteral("evaluate"), project, QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(show(csv));
    REQUIRE(csv.exitCode == 0);
    // Quoted since it holds quotes, and led by an apostrophe, which spreadsheets read as "text".
    CHECK(csv.out.contains(QStringLiteral(",\"'=HYPERLINK(\"\"https://example.org\"\";\"\"Voir\"\")\",")));
    CHECK_FALSE(csv.out.contains(QStringLiteral(",\"=HYPERLINK")));
    CHECK_FALSE(csv.out.contains(QStringLiteral(",=HYPERLINK")));
}
