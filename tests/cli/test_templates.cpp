// `balise templates` and `balise new --template`: a project saved as a template, imported into the
// library, listed, exported, and used to start a new project; bad files refused with exit 3.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
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

    // Nothing in the library yet.
    const auto empty = runBalise({QStringLiteral("templates"), QStringLiteral("list")}, library);
    CHECK(empty.exitCode == 0);
    CHECK(empty.out.trimmed().isEmpty());

    const QString file = dir.filePath(QStringLiteral("micro-grid.balise-template"));
    const auto saved =
        runBalise({QStringLiteral("templates"), QStringLiteral("save"), source, file, QStringLiteral("--title"),
                   QStringLiteral("Micro-réseau d'énergie"), QStringLiteral("--with-services")},
                  library);
    INFO(saved.err.toStdString());
    REQUIRE(saved.exitCode == 0);
    CHECK(test::readBytes(file).startsWith("BALISE-TEMPLATE\n"));

    const auto imported = runBalise({QStringLiteral("templates"), QStringLiteral("import"), file}, library);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const auto listed = runBalise({QStringLiteral("templates"), QStringLiteral("list")}, library);
    CHECK(listed.out.trimmed() == QStringLiteral("micro-grid\tMicro-réseau d'énergie"));

    const QString made = dir.filePath(QStringLiteral("made.balise"));
    const auto created =
        runBalise({QStringLiteral("new"), made, QStringLiteral("--template"), QStringLiteral("micro-grid")}, library);
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const auto info = runBalise({QStringLiteral("info"), made, QStringLiteral("--json")});
    CHECK(info.out.contains(QStringLiteral("\"indicators\": 17")));
    CHECK(info.out.contains(QStringLiteral("\"services\": 3")));

    const QString exported = dir.filePath(QStringLiteral("again.balise-template"));
    CHECK(runBalise({QStringLiteral("templates"), QStringLiteral("export"), QStringLiteral("micro-grid"), exported},
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
