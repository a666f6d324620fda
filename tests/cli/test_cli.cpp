#include "CliRunner.h"
#include "Project.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace balise;
using test::csvLines;
using test::makeSampleProject;
using test::runBalise;
using test::samplePath;
using test::show;

namespace {

QJsonObject infoJson(const QString& project)
{
    const auto info = runBalise({QStringLiteral("info"), project, QStringLiteral("--json")});
    INFO(show(info));
    REQUIRE(info.exitCode == 0);
    return QJsonDocument::fromJson(info.out.toUtf8()).object();
}

} // namespace

TEST_CASE("balise --help and --version", "[cli]")
{
    const auto help = runBalise({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char* command : {"new", "info", "validate", "import"})
        CHECK(help.out.contains(QLatin1String(command)));
    const auto version = runBalise({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == QStringLiteral("balise " BALISE_VERSION));
    const auto importHelp = runBalise({QStringLiteral("import"), QStringLiteral("--help")});
    CHECK(importHelp.exitCode == 0);
    CHECK(importHelp.out.contains(QStringLiteral("--dry-run")));
}

TEST_CASE("Usage errors exit with 2 and one sentence", "[cli]")
{
    const auto unknown = runBalise({QStringLiteral("info"), QStringLiteral("x.balise"), QStringLiteral("--colour")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("colour")));
    const auto missing = runBalise({QStringLiteral("import"), QStringLiteral("x.balise")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("FILE.csv")));
    CHECK(missing.err.trimmed().count(QLatin1Char('\n')) == 0);
}

TEST_CASE("The sample project is built from samples/ and summarised", "[cli][samples]")
{
    QTemporaryDir dir;
    const QString project = makeSampleProject(dir.path());
    const QJsonObject info = infoJson(project);
    const QJsonObject counts = info.value(QStringLiteral("counts")).toObject();
    CHECK(info.value(QStringLiteral("title")).toString() == QStringLiteral("Val d'Ardoise"));
    CHECK(counts.value(QStringLiteral("objectives")).toInt() == 6);
    CHECK(counts.value(QStringLiteral("criteria")).toInt() == 12);
    CHECK(counts.value(QStringLiteral("indicators")).toInt() == 17);
    CHECK(counts.value(QStringLiteral("qualitative_indicators")).toInt() == 3);
    CHECK(counts.value(QStringLiteral("services")).toInt() == 3);
    CHECK(counts.value(QStringLiteral("periods")).toInt() == 4);
    CHECK(counts.value(QStringLiteral("measurements")).toInt() == 204);
    CHECK(counts.value(QStringLiteral("missing_measurements")).toInt() == 4);

    const auto text = runBalise({QStringLiteral("info"), project});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Framework: 6 objectives, 12 criteria, 17 indicators")));
    CHECK(text.out.contains(QStringLiteral("Boucle solaire Les Coteaux")));

    const auto validate = runBalise({QStringLiteral("validate"), project});
    INFO(show(validate));
    CHECK(validate.exitCode == 0);
    CHECK(validate.out.contains(QStringLiteral("0 warning")));
}

TEST_CASE("Importing again reports unchanged values — the French wide file replaces nothing", "[cli][import]")
{
    QTemporaryDir dir;
    const QString project = makeSampleProject(dir.path());
    const auto again =
        runBalise({QStringLiteral("import"), project, samplePath(QStringLiteral("microgrid/measurements.csv"))});
    INFO(show(again));
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("0 added, 0 replaced, 204 unchanged")));

    const auto wide = runBalise({QStringLiteral("import"), project,
                                 samplePath(QStringLiteral("microgrid/measurements_2026_wide.csv")),
                                 QStringLiteral("--period"), QStringLiteral("2026"), QStringLiteral("--dry-run")});
    INFO(show(wide));
    CHECK(wide.exitCode == 0);
    CHECK(wide.out.contains(QStringLiteral("wide form, semicolon separator, decimal mark \",\"")));
    CHECK(wide.out.contains(QStringLiteral("0 added, 0 replaced, 51 unchanged")));
    CHECK(wide.out.contains(QStringLiteral("Dry run")));
}

TEST_CASE("A dry run changes nothing — an invalid file changes nothing and names line and column", "[cli][import]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.balise"));
    REQUIRE(runBalise({QStringLiteral("new"), project, QStringLiteral("--framework"),
                       samplePath(QStringLiteral("microgrid/framework.csv"))})
                .exitCode == 0);
    const QByteArray before = test::readBytes(project);

    const auto dry = runBalise({QStringLiteral("import"), project,
                                samplePath(QStringLiteral("microgrid/measurements.csv")), QStringLiteral("--dry-run")});
    INFO(show(dry));
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("204 added")));
    CHECK(test::readBytes(project) == before);

    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    REQUIRE(test::writeText(bad, QStringLiteral("service;indicator;period;value\n"
                                                "Navette;I111;2024;12,5\n"
                                                "Navette;NOPE;2024;3\n"
                                                "Navette;I112;2024;douze\n")));
    const auto refused = runBalise({QStringLiteral("import"), project, bad});
    INFO(show(refused));
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("line 3, column 2")));
    CHECK(refused.err.contains(QStringLiteral("NOPE")));
    CHECK(refused.err.contains(QStringLiteral("line 4, column 4")));
    CHECK(refused.out.isEmpty());
    CHECK(test::readBytes(project) == before);
}

TEST_CASE("Files that are not projects give exit 3 and one sentence", "[cli][file]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.balise"));
    REQUIRE(test::writeText(text, QStringLiteral("bonjour")));
    const QString empty = dir.filePath(QStringLiteral("empty.balise"));
    REQUIRE(test::writeBytes(empty, {}));
    for (const QString& path : {text, empty, dir.path(), dir.filePath(QStringLiteral("absent.balise"))}) {
        const QByteArray before = QFileInfo(path).isFile() ? test::readBytes(path) : QByteArray();
        for (const char* command : {"info", "validate"}) {
            const auto result = runBalise({QString::fromLatin1(command), path});
            INFO(show(result));
            CHECK(result.exitCode == 3);
            CHECK(result.err.trimmed().count(QLatin1Char('\n')) == 0);
            CHECK_FALSE(result.err.trimmed().isEmpty());
        }
        if (QFileInfo(path).isFile())
            CHECK(test::readBytes(path) == before);
    }
    const auto exists = runBalise({QStringLiteral("new"), text});
    CHECK(exists.exitCode == 3);
    CHECK(test::readText(text) == QStringLiteral("bonjour"));
}

TEST_CASE("An invalid framework file creates no project", "[cli][import]")
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("framework.csv"));
    REQUIRE(test::writeText(csv, QStringLiteral("level,code,parent,name,weight\n"
                                                "objective,O1,,Résilience,1\n"
                                                "indicator,I1,O9,Pertes,1\n"
                                                "indicator,I1,O1,Doublon,-2\n")));
    const QString project = dir.filePath(QStringLiteral("never.balise"));
    const auto result = runBalise({QStringLiteral("new"), project, QStringLiteral("--framework"), csv});
    INFO(show(result));
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QStringLiteral("line 3")));
    CHECK(result.err.contains(QStringLiteral("line 4")));
    CHECK_FALSE(QFileInfo::exists(project));
}

TEST_CASE("validate exits with 1 when the framework has warnings", "[cli]")
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("framework.csv"));
    REQUIRE(test::writeText(csv, QStringLiteral("level,code,parent,name,weight,direction,baseline,target\n"
                                                "objective,O1,,Résilience,1,,,\n"
                                                "objective,O2,,Durabilité,1,,,\n"
                                                "indicator,I1,O1,Pertes,1,lower,10,20\n")));
    const QString project = dir.filePath(QStringLiteral("warn.balise"));
    REQUIRE(runBalise({QStringLiteral("new"), project, QStringLiteral("--framework"), csv}).exitCode == 0);
    const auto result = runBalise({QStringLiteral("validate"), project});
    INFO(show(result));
    CHECK(result.exitCode == 1);
    CHECK(result.out.contains(QStringLiteral("\"O2\" has no indicator")));
    CHECK(result.out.contains(QStringLiteral("goes against its direction")));
}

TEST_CASE("A project open elsewhere is not written to, and the holder is named", "[cli][lock]")
{
    QTemporaryDir dir;
    const QString project = makeSampleProject(dir.path());
    const QByteArray before = test::readBytes(project);
    auto holder = Project::open(project, ProjectFile::Access::ReadWrite);
    const auto result =
        runBalise({QStringLiteral("import"), project, samplePath(QStringLiteral("microgrid/measurements.csv"))});
    INFO(show(result));
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QStringLiteral("already open")));
    CHECK(result.err.contains(QString::number(QCoreApplication::applicationPid())));
    CHECK(test::readBytes(project) == before);
    // Reading is still allowed.
    CHECK(runBalise({QStringLiteral("info"), project}).exitCode == 0);
}

TEST_CASE("Messages follow the user's language", "[cli][i18n]")
{
    QTemporaryDir dir;
    QProcessEnvironment french;
    french.insert(QStringLiteral("BALISE_LANG"), QStringLiteral("fr"));
    const auto missing = runBalise({QStringLiteral("info"), dir.filePath(QStringLiteral("absent.balise"))}, french);
    CHECK(missing.exitCode == 3);
    CHECK(missing.err.contains(QStringLiteral("n'existe pas")));

    const QString project = dir.filePath(QStringLiteral("fr.balise"));
    const auto created = runBalise({QStringLiteral("new"), project, QStringLiteral("--framework"),
                                    samplePath(QStringLiteral("microgrid/framework.csv")), QStringLiteral("--kind"),
                                    QStringLiteral("rural"), QStringLiteral("--population"), QStringLiteral("48200"),
                                    QStringLiteral("--territory"), QStringLiteral("Val d'Ardoise")},
                                   french);
    INFO(show(created));
    CHECK(created.exitCode == 0);
    const auto info = runBalise({QStringLiteral("info"), project}, french);
    CHECK(info.out.contains(QStringLiteral("Référentiel : 6 objectifs, 12 critères, 17 indicateurs")));
    INFO(info.out.toStdString());
    CHECK(info.out.contains(QStringLiteral("Territoire rural")));
    // French groups thousands with a (narrow) no-break space.
    const QString digits = QString(info.out).remove(QChar(0x202F)).remove(QChar(0x00A0)).remove(QLatin1Char(' '));
    CHECK(digits.contains(QStringLiteral("48200habitants")));

    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    REQUIRE(test::writeText(bad, QStringLiteral("service;indicator;period;value\nNavette;I111;2024;douze\n")));
    const auto refused = runBalise({QStringLiteral("import"), project, bad}, french);
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("ligne 2, colonne 4")));

    // The same in English, and the file never depends on the language it was written in.
    const auto english = runBalise({QStringLiteral("info"), project, QStringLiteral("--json")});
    CHECK(english.exitCode == 0);
    CHECK(english.out.contains(QStringLiteral("\"kind\": \"rural\"")));
    CHECK(english.out.contains(QStringLiteral("48200")));
}

TEST_CASE("A services file creates services, then updates only the columns it has", "[cli][import]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("services.balise"));
    REQUIRE(runBalise({QStringLiteral("new"), project}).exitCode == 0);
    const auto created =
        runBalise({QStringLiteral("import"), project, samplePath(QStringLiteral("microgrid/services.csv"))});
    INFO(show(created));
    CHECK(created.exitCode == 0);
    CHECK(created.out.contains(QStringLiteral("Services created: 3")));
    {
        auto opened = Project::open(project, ProjectFile::Access::ReadOnly);
        const DataService* grid = opened->data().findServiceByName(QStringLiteral("Réseau intelligent Val-Fleuri"));
        REQUIRE(grid);
        CHECK(grid->operatorName == QStringLiteral("Grid & Co"));
        CHECK(grid->domain == Domain::Energy);
        CHECK(grid->dataRole == DataRole::StrategicAsset);
        CHECK(grid->hasPosture(Posture::DataReuser));
        CHECK(grid->destabilisation[0] == 4);
        CHECK(grid->populationNotReached.contains(QStringLiteral("locataires")));
    }

    const QString update = dir.filePath(QStringLiteral("update.csv"));
    REQUIRE(test::writeText(update, QStringLiteral("service;domaine;operator\n"
                                                   "Réseau intelligent Val-Fleuri;;Grid & Co Territoires\n"
                                                   "Navette autonome;;Navya\n")));
    const auto updated = runBalise({QStringLiteral("import"), project, update});
    INFO(show(updated));
    CHECK(updated.exitCode == 0);
    CHECK(updated.out.contains(QStringLiteral("Services created: 1 (Navette autonome)")));
    CHECK(updated.out.contains(QStringLiteral("Services updated: 1")));
    CHECK(updated.err.contains(QStringLiteral("domaine"))); // an unknown column is a warning
    auto opened = Project::open(project, ProjectFile::Access::ReadOnly);
    const DataService* grid = opened->data().findServiceByName(QStringLiteral("Réseau intelligent Val-Fleuri"));
    CHECK(grid->operatorName == QStringLiteral("Grid & Co Territoires"));
    CHECK(grid->dataRole == DataRole::StrategicAsset); // a column the file does not have is kept
    CHECK(grid->destabilisation[0] == 4);

    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    REQUIRE(test::writeText(bad, QStringLiteral("service,domain,postures,audience\n"
                                                "Vélos,transport,regulator,2\n"
                                                "Bus,mobilité,tsar,9\n")));
    const QByteArray before = test::readBytes(project);
    const auto refused = runBalise({QStringLiteral("import"), project, bad});
    INFO(show(refused));
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("line 2, column 2")));
    CHECK(refused.err.contains(QStringLiteral("line 3, column 3")));
    CHECK(refused.err.contains(QStringLiteral("line 3, column 4")));
    CHECK(test::readBytes(project) == before);
}

TEST_CASE("Both translation files are complete: no unfinished entry", "[cli][i18n]")
{
    // lupdate marks every new or changed string unfinished; a release must not ship one untranslated.
    for (const char* name : {"balise_fr.ts", "balise_en.ts"}) {
        QFile file(QStringLiteral(BALISE_SOURCE_DIR "/resources/translations/") + QLatin1String(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        INFO(name);
        CHECK(text.count(QStringLiteral("<message")) > 700);
        CHECK(text.count(QStringLiteral("type=\"unfinished\"")) == 0);
    }
}
