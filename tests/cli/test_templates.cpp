// `balise templates` and `balise new --template`: a project saved as a template, imported into the
// library, listed, exported, and used to start a new project; bad files refused with exit 3.
#include "CliRunner.h"
#include "Project.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace balise;
using test::runBalise;
using test::samplePath;

TEST_CASE("A project becomes a template, the template a new project", "[cli][template]")
{
    QTemporaryDir dir;
    QProcessEnvironment library;
    library.insert(QStringLiteral("BALISE_TEMPLATES_DIR"), dir.filePath(QStringLiteral("library")));
    const QString source = dir.filePath(QStringLiteral("source.balise"));
    REQUIRE(runBalise({QStringLiteral("new"), source, QStringLiteral("--framework"),
                       samplePath(QStringLiteral("microgrid/framework.csv")), QStringLiteral("--name"),
                       QStringLiteral("Micro-réseaux")})
                .exitCode == 0);
    REQUIRE(
        runBalise({QStringLiteral("import"), source, samplePath(QStringLiteral("microgrid/services.csv"))}).exitCode ==
        0);

    // Only the bundled templates in the library yet.
    const auto bundled = runBalise({QStringLiteral("templates"), QStringLiteral("list")}, library);
    CHECK(bundled.exitCode == 0);
    CHECK(bundled.out.count(QStringLiteral("\tbundled\t")) == 6);
    CHECK_FALSE(bundled.out.contains(QStringLiteral("\tuser\t")));

    const QString file = dir.filePath(QStringLiteral("val-ardoise.balise-template"));
    const auto saved =
        runBalise({QStringLiteral("templates"), QStringLiteral("save"), source, file, QStringLiteral("--title"),
                   QStringLiteral("Micro-réseaux du Val d'Ardoise"), QStringLiteral("--language"), QStringLiteral("fr"),
                   QStringLiteral("--with-services")},
                  library);
    INFO(saved.err.toStdString());
    REQUIRE(saved.exitCode == 0);
    CHECK(test::readBytes(file).startsWith("BALISE-TEMPLATE\n"));

    const auto imported = runBalise({QStringLiteral("templates"), QStringLiteral("import"), file}, library);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const auto listed = runBalise({QStringLiteral("templates"), QStringLiteral("list")}, library);
    CHECK(listed.out.contains(QStringLiteral("\nval-ardoise\tfr\tuser\tMicro-réseaux du Val d'Ardoise\n")));

    const QString made = dir.filePath(QStringLiteral("made.balise"));
    const auto created =
        runBalise({QStringLiteral("new"), made, QStringLiteral("--template"), QStringLiteral("val-ardoise")}, library);
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const auto info = runBalise({QStringLiteral("info"), made, QStringLiteral("--json")});
    CHECK(info.out.contains(QStringLiteral("\"indicators\": 17")));
    CHECK(info.out.contains(QStringLiteral("\"services\": 3")));

    const QString exported = dir.filePath(QStringLiteral("again.balise-template"));
    CHECK(runBalise({QStringLiteral("templates"), QStringLiteral("export"), QStringLiteral("val-ardoise"), exported},
                    library)
              .exitCode == 0);
    CHECK(test::readBytes(exported) == test::readBytes(file));
}

TEST_CASE("Bad template files and unknown ids give exit 3 and one sentence, and change nothing", "[cli][template]")
{
    QTemporaryDir dir;
    QProcessEnvironment library;
    library.insert(QStringLiteral("BALISE_TEMPLATES_DIR"), dir.filePath(QStringLiteral("library")));
    const QString bad = dir.filePath(QStringLiteral("bad.balise-template"));
    REQUIRE(test::writeText(bad, QStringLiteral("BALISE-TEMPLATE\nformat 1\nlength 3\nsha256 00\n\nabc")));
    const auto refused = runBalise({QStringLiteral("templates"), QStringLiteral("import"), bad}, library);
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("checksum")));
    CHECK_FALSE(QDir(dir.filePath(QStringLiteral("library"))).exists());

    const QString project = dir.filePath(QStringLiteral("p.balise"));
    const auto unknown =
        runBalise({QStringLiteral("new"), project, QStringLiteral("--template"), QStringLiteral("nowhere")}, library);
    CHECK(unknown.exitCode == 3);
    CHECK(unknown.err.contains(QStringLiteral("nowhere")));
    CHECK_FALSE(QFile::exists(project));
    CHECK(runBalise({QStringLiteral("templates"), QStringLiteral("fly")}, library).exitCode == 2);
}

TEST_CASE("A project starts from a bundled template in the language of messages", "[cli][template][bundled]")
{
    QTemporaryDir dir;
    QProcessEnvironment english;
    english.insert(QStringLiteral("BALISE_TEMPLATES_DIR"), dir.filePath(QStringLiteral("library")));
    QProcessEnvironment french = english;
    french.insert(QStringLiteral("BALISE_LANG"), QStringLiteral("fr"));

    const auto listed = runBalise({QStringLiteral("templates"), QStringLiteral("list")}, french);
    CHECK(listed.out.contains(QStringLiteral("carpooling\tfr\tbundled\t")));

    const QString fr = dir.filePath(QStringLiteral("fr.balise"));
    const QString en = dir.filePath(QStringLiteral("en.balise"));
    REQUIRE(runBalise({QStringLiteral("new"), fr, QStringLiteral("--template"), QStringLiteral("micro-grid")}, french)
                .exitCode == 0);
    REQUIRE(runBalise({QStringLiteral("new"), en, QStringLiteral("--template"), QStringLiteral("micro-grid")}, english)
                .exitCode == 0);
    {
        const auto french = Project::open(fr, ProjectFile::Access::ReadOnly);
        const auto english = Project::open(en, ProjectFile::Access::ReadOnly);
        CHECK(french->framework().findByCode(QStringLiteral("O1"))->name ==
              QStringLiteral("Résilience du système électrique"));
        CHECK(english->framework().findByCode(QStringLiteral("O1"))->name.startsWith(QStringLiteral("Resilience")));
        CHECK_FALSE(english->vadeMecum().needs.isEmpty());
    }
    const auto info = runBalise({QStringLiteral("info"), en, QStringLiteral("--json")});
    CHECK(info.out.contains(QStringLiteral("\"indicators\": 17")));

    // Exported, a bundled template is an archive in the language asked for; its identifier stays taken.
    const QString exported = dir.filePath(QStringLiteral("carpooling.balise-template"));
    REQUIRE(runBalise({QStringLiteral("templates"), QStringLiteral("export"), QStringLiteral("carpooling"), exported},
                      english)
                .exitCode == 0);
    CHECK(test::readBytes(exported).startsWith("BALISE-TEMPLATE\n"));
    const auto refused = runBalise({QStringLiteral("templates"), QStringLiteral("import"), exported}, english);
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("comes with Balise")));
}

TEST_CASE("The command line keeps the user's templates where the workbench looks for them", "[cli][template]")
{
    // No BALISE_TEMPLATES_DIR: the library is the user's data folder, named by setApplicationIdentity()
    // for the workbench and the command line alike (balise(1), FILES).
    QTemporaryDir dir;
    QProcessEnvironment home;
    home.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    const QString project = dir.filePath(QStringLiteral("source.balise"));
    REQUIRE(runBalise({QStringLiteral("new"), project, QStringLiteral("--framework"),
                       samplePath(QStringLiteral("microgrid/framework.csv"))})
                .exitCode == 0);
    const QString file = dir.filePath(QStringLiteral("local.balise-template"));
    REQUIRE(runBalise({QStringLiteral("templates"), QStringLiteral("save"), project, file, QStringLiteral("--id"),
                       QStringLiteral("local-grid")},
                      home)
                .exitCode == 0);
    const auto imported = runBalise({QStringLiteral("templates"), QStringLiteral("import"), file}, home);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("data/Balise/Balise/templates/local-grid.balise-template"))));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("data/Balise/templates"))));
}
