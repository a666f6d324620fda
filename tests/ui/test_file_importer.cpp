// Importing from the workbench: checked first, a wide file's period asked for, nothing written when a
// cell is wrong, and the project's data unchanged then.
#include "FileImporter.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "TestSupport.h"
#include "UiTestProject.h"

#include <catch2/catch.hpp>

using namespace balise;
using balise::ui::FileImporter;
using balise::ui::ProjectDocument;

TEST_CASE("The workbench's import checks first, asks a wide file's period, and writes all or nothing", "[ui][import]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("import.balise"))));
    const Project& project = document.project();

    // A French spreadsheet's export: semicolons, decimal commas, one column per indicator.
    const QString wide = dir.filePath(QStringLiteral("wide.csv"));
    REQUIRE(test::writeText(wide, QStringLiteral("service;I111;I21\nVélo libre;2 100,5;3,25\nNavette;900;NA\n")));
    bool needsPeriod = false;
    const FileImporter::Outcome unknownPeriod = FileImporter::check(document, wide, QString(), &needsPeriod);
    CHECK_FALSE(unknownPeriod.ok);
    CHECK(needsPeriod);

    const ProjectData before = project.data();
    const FileImporter::Outcome checked = FileImporter::check(document, wide, QStringLiteral("2024"), &needsPeriod);
    INFO(checked.message.toStdString());
    REQUIRE(checked.ok);
    CHECK_FALSE(checked.written);
    CHECK(checked.message.contains(QStringLiteral("Navette")));
    CHECK(project.data().measurements == before.measurements); // a check writes nothing

    const FileImporter::Outcome done = FileImporter::import(document, wide, QStringLiteral("2024"));
    REQUIRE(done.written);
    CHECK(project.data().findServiceByName(QStringLiteral("Navette")) != nullptr);
    const EntityId i111 = project.framework().findByCode(QStringLiteral("I111"))->id;
    const EntityId bikes = project.data().findServiceByName(QStringLiteral("Vélo libre"))->id;
    CHECK(project.measurements().value({bikes, i111, project.periods().constFirst().id}).value == 2100.5);

    // One bad cell: nothing written, the cell named.
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    REQUIRE(test::writeText(bad, QStringLiteral("service,indicator,period,value\nVélo libre,I111,2024,12\n"
                                                "Vélo libre,I21,2024,douze\n")));
    const ProjectData afterImport = project.data();
    const FileImporter::Outcome refused = FileImporter::import(document, bad, QString());
    CHECK_FALSE(refused.ok);
    CHECK_FALSE(refused.written);
    CHECK(refused.message.contains(QStringLiteral("line 3")));
    CHECK(project.data().measurements == afterImport.measurements);
}
