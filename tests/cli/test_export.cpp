// `balise export`: every PDF report read back with pdftotext (titles, service names, accented French,
// the decimal mark of each language, page counts), the data exports (measurements, results, framework
// CSV in both dialects, the whole project as JSON) read back into new projects identically, and
// refusals that write nothing.
#include "CliRunner.h"
#include "Project.h"
#include "ProjectJson.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace balise;
using test::runBalise;

namespace {

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pageCount(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(process.waitForFinished(30000));
    for (const QString& line : QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    return 0;
}

} // namespace

TEST_CASE("The scorecard of a sample service as a PDF, in French and in English", "[cli][report]")
{
    QTemporaryDir dir;
    const QString project = test::makeSampleProject(dir.path());
    const QString service = QStringLiteral("Microgrid Quartier des Tanneurs");

    QProcessEnvironment french;
    french.insert(QStringLiteral("BALISE_LANG"), QStringLiteral("fr"));
    const QString fr = dir.filePath(QStringLiteral("fiche.pdf"));
    const auto made = runBalise(
        {QStringLiteral("export"), project, QStringLiteral("--pdf"), fr, QStringLiteral("--service"), service}, french);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString text = pdfText(fr);
    CHECK(text.contains(service));
    CHECK(text.contains(QStringLiteral("Score global")));
    CHECK(text.contains(QStringLiteral("Résilience du système électrique")));
    CHECK(text.contains(QStringLiteral("À décider ou à surveiller")));
    CHECK(text.contains(QStringLiteral("page 1 sur")));
    // The latest period, 2026, compared with 2025; numbers with a decimal comma.
    CHECK(text.contains(QStringLiteral("2026")));
    CHECK(text.contains(QRegularExpression(QStringLiteral("[0-9],[0-9]"))));
    const int pages = pageCount(fr);
    CHECK(pages >= 2);

    const QString en = dir.filePath(QStringLiteral("scorecard.pdf"));
    REQUIRE(
        runBalise({QStringLiteral("export"), project, QStringLiteral("--pdf"), en, QStringLiteral("--service"), service,
                   QStringLiteral("--period"), QStringLiteral("2024"), QStringLiteral("--lang"), QStringLiteral("en")})
            .exitCode == 0);
    const QString english = pdfText(en);
    CHECK(english.contains(QStringLiteral("Overall score")));
    CHECK(english.contains(QStringLiteral("period 2024")));
    CHECK(english.contains(QStringLiteral("To decide or watch")));
    CHECK(english.contains(QRegularExpression(QStringLiteral("[0-9]\\.[0-9]"))));

    // Refusals: exit 3, one sentence, no file.
    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    const auto unknown = runBalise({QStringLiteral("export"), project, QStringLiteral("--pdf"), none,
                                    QStringLiteral("--service"), QStringLiteral("Nulle part")});
    CHECK(unknown.exitCode == 3);
    CHECK(unknown.err.contains(QStringLiteral("Nulle part")));
    const auto badPeriod =
        runBalise({QStringLiteral("export"), project, QStringLiteral("--pdf"), none, QStringLiteral("--service"),
                   service, QStringLiteral("--period"), QStringLiteral("1999")});
    CHECK(badPeriod.exitCode == 3);
    CHECK_FALSE(QFile::exists(none));
    CHECK(runBalise({QStringLiteral("export"), project}).exitCode == 2);
}

TEST_CASE("The comparison of sample services as a PDF", "[cli][report]")
{
    QTemporaryDir dir;
    const QString project = test::makeSampleProject(dir.path());
    QProcessEnvironment french;
    french.insert(QStringLiteral("BALISE_LANG"), QStringLiteral("fr"));

    const QString all = dir.filePath(QStringLiteral("comparaison.pdf"));
    const auto made = runBalise(
        {QStringLiteral("export"), project, QStringLiteral("--pdf"), all, QStringLiteral("--compare")}, french);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString text = pdfText(all);
    CHECK(text.contains(QStringLiteral("Comparaison de 3 services")));
    CHECK(text.contains(QStringLiteral("Microgrid Quartier des Tanneurs")));
    CHECK(text.contains(QStringLiteral("Réseau intelligent Val-Fleuri")));
    CHECK(text.contains(QStringLiteral("Objectif par objectif")));

    const QString two = dir.filePath(QStringLiteral("two.pdf"));
    REQUIRE(runBalise({QStringLiteral("export"), project, QStringLiteral("Boucle solaire Les Coteaux"),
                       QStringLiteral("Réseau intelligent Val-Fleuri"), QStringLiteral("--pdf"), two,
                       QStringLiteral("--compare"), QStringLiteral("--period"), QStringLiteral("2025")})
                .exitCode == 0);
    const QString english = pdfText(two);
    CHECK(english.contains(QStringLiteral("Comparison of 2 services")));
    CHECK(english.contains(QStringLiteral("ranks among the project's 3 services")));
    CHECK(english.contains(QStringLiteral("period 2025")));
    CHECK_FALSE(english.contains(QStringLiteral("Microgrid Quartier des Tanneurs")));

    // A name that is no service, or services without --compare: refused.
    CHECK(runBalise({QStringLiteral("export"), project, QStringLiteral("Nulle part"), QStringLiteral("--pdf"), two,
                     QStringLiteral("--compare")})
              .exitCode == 3);
    CHECK(runBalise({QStringLiteral("export"), project, QStringLiteral("Boucle solaire Les Coteaux"),
                     QStringLiteral("--pdf"), two})
              .exitCode == 2);
}

TEST_CASE("The evolution of a service, the framework document and the impact accounts as PDF", "[cli][report]")
{
    QTemporaryDir dir;
    const QString project = test::makeSampleProject(dir.path());
    QProcessEnvironment french;
    french.insert(QStringLiteral("BALISE_LANG"), QStringLiteral("fr"));

    const QString evolution = dir.filePath(QStringLiteral("evolution.pdf"));
    REQUIRE(runBalise({QStringLiteral("export"), project, QStringLiteral("--pdf"), evolution,
                       QStringLiteral("--evolution"), QStringLiteral("Boucle solaire Les Coteaux")},
                      french)
                .exitCode == 0);
    const QString e = pdfText(evolution);
    CHECK(e.contains(QStringLiteral("Boucle solaire Les Coteaux")));
    CHECK(e.contains(QStringLiteral("de 2023 à 2026")));
    CHECK(e.contains(QStringLiteral("Indicateurs période par période")));

    const QString framework = dir.filePath(QStringLiteral("referentiel.pdf"));
    REQUIRE(runBalise(
                {QStringLiteral("export"), project, QStringLiteral("--pdf"), framework, QStringLiteral("--framework")},
                french)
                .exitCode == 0);
    const QString f = pdfText(framework);
    CHECK(f.contains(QStringLiteral("Sommaire")));
    CHECK(f.contains(QStringLiteral("Le référentiel d’évaluation")));
    CHECK(f.contains(QStringLiteral("Opérateur du micro-réseau")));
    CHECK(f.contains(QStringLiteral("kWh perdus par an")));
    CHECK(pageCount(framework) >= 3);

    const QString impacts = dir.filePath(QStringLiteral("impacts.pdf"));
    REQUIRE(
        runBalise({QStringLiteral("export"), project, QStringLiteral("--pdf"), impacts, QStringLiteral("--impacts")})
            .exitCode == 0);
    CHECK(pdfText(impacts).contains(QStringLiteral("no impact account yet")));

    // Two kinds at once, or none: a usage error.
    CHECK(runBalise({QStringLiteral("export"), project, QStringLiteral("--pdf"), impacts, QStringLiteral("--impacts"),
                     QStringLiteral("--framework")})
              .exitCode == 2);
}

TEST_CASE("The sample's framework and measurements go out as CSV, into a new project, and out again the same",
          "[cli][export]")
{
    QTemporaryDir dir;
    const QString project = test::makeSampleProject(dir.path());
    const QString framework = dir.filePath(QStringLiteral("framework.csv"));
    const QString measurements = dir.filePath(QStringLiteral("mesures.csv"));
    REQUIRE(runBalise({QStringLiteral("export"), project, QStringLiteral("--framework-csv"), framework,
                       QStringLiteral("--dialect"), QStringLiteral("semicolon")})
                .exitCode == 0);
    REQUIRE(runBalise({QStringLiteral("export"), project, QStringLiteral("--measurements"), measurements,
                       QStringLiteral("--dialect"), QStringLiteral("semicolon")})
                .exitCode == 0);
    const QByteArray exported = test::readBytes(measurements);
    CHECK(exported.startsWith("\xEF\xBB\xBFservice;indicator;period;value;comment;source;confidence\r\n"));
    CHECK(exported.contains(";I321;2023;0,07;")); // a ratio with a decimal comma

    const QString copy = dir.filePath(QStringLiteral("copie.balise"));
    REQUIRE(runBalise({QStringLiteral("new"), copy, QStringLiteral("--framework"), framework}).exitCode == 0);
    const auto imported = runBalise({QStringLiteral("import"), copy, measurements});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QString again = dir.filePath(QStringLiteral("encore.csv"));
    REQUIRE(runBalise({QStringLiteral("export"), copy, QStringLiteral("--measurements"), again,
                       QStringLiteral("--dialect"), QStringLiteral("semicolon")})
                .exitCode == 0);
    CHECK(test::readBytes(again) == exported);

    // Results, JSON measurements; a wrong dialect or two files at once are usage errors.
    const QString results = dir.filePath(QStringLiteral("results.csv"));
    REQUIRE(runBalise({QStringLiteral("export"), project, QStringLiteral("--results"), results}).exitCode == 0);
    CHECK(test::readText(results).startsWith(QStringLiteral("period,service,node,name,level,score,coverage")));
    const QString json = dir.filePath(QStringLiteral("measurements.json"));
    REQUIRE(runBalise({QStringLiteral("export"), project, QStringLiteral("--measurements"), json}).exitCode == 0);
    CHECK(test::readText(json).contains(QStringLiteral("\"format\": \"balise-measurements\"")));
    CHECK(runBalise({QStringLiteral("export"), project, QStringLiteral("--results"), results,
                     QStringLiteral("--dialect"), QStringLiteral("tab")})
              .exitCode == 2);
    CHECK(runBalise({QStringLiteral("export"), project, QStringLiteral("--results"), results,
                     QStringLiteral("--measurements"), json})
              .exitCode == 2);
}

TEST_CASE("The sample project as JSON becomes a new project with the same content", "[cli][export][json]")
{
    QTemporaryDir dir;
    const QString project = test::makeSampleProject(dir.path());
    const QString json = dir.filePath(QStringLiteral("projet.json"));
    REQUIRE(runBalise({QStringLiteral("export"), project, QStringLiteral("--json"), json}).exitCode == 0);
    const QString copy = dir.filePath(QStringLiteral("copie.balise"));
    const auto dry = runBalise({QStringLiteral("import"), copy, json, QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("204 measurements")));
    CHECK_FALSE(QFile::exists(copy));
    const auto created = runBalise({QStringLiteral("import"), copy, json});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const QString again = dir.filePath(QStringLiteral("encore.json"));
    REQUIRE(runBalise({QStringLiteral("export"), copy, QStringLiteral("--json"), again}).exitCode == 0);
    auto withoutDate = [](const QString& path) {
        QString text = test::readText(path);
        text.remove(QRegularExpression(QStringLiteral("\"created_at\": \"[^\"]*\"")));
        return text;
    };
    CHECK(withoutDate(again) == withoutDate(json));
    // Never over an existing project.
    const auto refused = runBalise({QStringLiteral("import"), copy, json});
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("already exists")));
}

TEST_CASE("A project document beyond 1 GiB is refused and creates nothing", "[cli][export][json]")
{
    QTemporaryDir dir;
    // Sparse: the file announces 1 GiB and a byte but takes no room (Balise refuses it by its size).
    const QString huge = dir.filePath(QStringLiteral("huge.json"));
    QFile file(huge);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize((qint64(1) << 30) + 1));
    file.close();
    const QString copy = dir.filePath(QStringLiteral("copie.balise"));
    const auto refused = runBalise({QStringLiteral("import"), copy, huge});
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("huge.json")));
    CHECK(refused.err.contains(QStringLiteral("1 GiB")));
    CHECK_FALSE(QFile::exists(copy));
}

TEST_CASE("New and import check a file without writing anything with --dry-run", "[cli][export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("essai.balise"));
    const auto checked =
        runBalise({QStringLiteral("new"), path, QStringLiteral("--framework"),
                   test::samplePath(QStringLiteral("microgrid/framework.csv")), QStringLiteral("--dry-run")});
    INFO(checked.err.toStdString());
    CHECK(checked.exitCode == 0);
    CHECK(checked.out.contains(QStringLiteral("17 indicators")));
    CHECK(checked.out.contains(QStringLiteral("--dry-run")));
    CHECK_FALSE(QFile::exists(path));
    // A framework file with an error: refused with its line, and still nothing.
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    REQUIRE(test::writeText(bad, QStringLiteral("level,code,name,weight\nobjective,O1,Objectif,abc\n")));
    const auto refused =
        runBalise({QStringLiteral("new"), path, QStringLiteral("--framework"), bad, QStringLiteral("--dry-run")});
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("2")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("Files written under a French or a C locale are the same bytes", "[cli][export][locale]")
{
    QTemporaryDir dir;
    const QString project = test::makeSampleProject(dir.path());
    const QStringList locales{QStringLiteral("fr_FR.UTF-8"), QStringLiteral("C"), QStringLiteral("C.UTF-8")};
    const QList<QStringList> exports{{QStringLiteral("--measurements"), QStringLiteral("m.csv")},
                                     {QStringLiteral("--measurements"), QStringLiteral("m.json")},
                                     {QStringLiteral("--results"), QStringLiteral("r.csv")},
                                     {QStringLiteral("--framework-csv"), QStringLiteral("f.csv")},
                                     {QStringLiteral("--framework-csv"), QStringLiteral("f-semicolon.csv"),
                                      QStringLiteral("--dialect"), QStringLiteral("semicolon")},
                                     {QStringLiteral("--json"), QStringLiteral("p.json")}};
    for (const QStringList& what : exports) {
        INFO(what.join(QLatin1Char(' ')).toStdString());
        QList<QByteArray> written;
        for (const QString& locale : locales) {
            QProcessEnvironment environment;
            environment.insert(QStringLiteral("LANG"), locale);
            environment.insert(QStringLiteral("LC_ALL"), locale);
            QStringList arguments{QStringLiteral("export"), project};
            arguments.append(what);
            const QString out = dir.filePath(locale + QLatin1Char('-') + what[1]);
            arguments[3] = out;
            const auto result = runBalise(arguments, environment);
            INFO(test::show(result));
            REQUIRE(result.exitCode == 0);
            written.append(test::readBytes(out));
        }
        CHECK_FALSE(written[0].isEmpty());
        CHECK(written[0] == written[1]);
        CHECK(written[0] == written[2]);
    }
    // And the scores computed and printed as CSV are the same under every locale.
    QString first;
    for (const QString& locale : locales) {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("LC_ALL"), locale);
        const auto result = runBalise(
            {QStringLiteral("evaluate"), project, QStringLiteral("--format"), QStringLiteral("csv")}, environment);
        REQUIRE(result.exitCode == 0);
        if (first.isNull())
            first = result.out;
        CHECK(result.out == first);
    }
}

TEST_CASE("A project made under a French or a C locale holds the same", "[cli][export][locale]")
{
    // The same files imported under each locale: what the project file holds, read back as its JSON
    // (without the moments the project and its values were entered), is the same.
    QTemporaryDir dir;
    QList<QJsonObject> contents;
    for (const QString& locale : {QStringLiteral("fr_FR.UTF-8"), QStringLiteral("C")}) {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("LANG"), locale);
        environment.insert(QStringLiteral("LC_ALL"), locale);
        const QString project = dir.filePath(locale + QStringLiteral(".balise"));
        const QList<QStringList> steps{
            {QStringLiteral("new"), project, QStringLiteral("--framework"),
             test::samplePath(QStringLiteral("microgrid/framework.csv")), QStringLiteral("--name"),
             QStringLiteral("Val d'Ardoise")},
            {QStringLiteral("import"), project, test::samplePath(QStringLiteral("microgrid/services.csv"))},
            {QStringLiteral("import"), project, test::samplePath(QStringLiteral("microgrid/measurements.csv"))}};
        for (const QStringList& step : steps) {
            const auto result = runBalise(step, environment);
            INFO(locale.toStdString() << ": " << test::show(result));
            REQUIRE(result.exitCode == 0);
        }
        QJsonObject root =
            QJsonDocument::fromJson(ProjectJson::write(Project::open(project, ProjectFile::Access::ReadOnly)->data()))
                .object();
        QJsonObject info = root.value(QStringLiteral("info")).toObject();
        REQUIRE(info.contains(QStringLiteral("created_at")));
        info.remove(QStringLiteral("created_at"));
        root.insert(QStringLiteral("info"), info);
        QJsonObject measurements = root.value(QStringLiteral("measurements")).toObject();
        QJsonArray rows = measurements.value(QStringLiteral("rows")).toArray();
        REQUIRE(rows.size() > 100);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QJsonArray row = rows[i].toArray();
            row.removeLast(); // entered_at
            rows[i] = row;
        }
        measurements.insert(QStringLiteral("rows"), rows);
        root.insert(QStringLiteral("measurements"), measurements);
        contents.append(root);
    }
    CHECK(contents[0] == contents[1]);
}
