// Importing from the workbench: checked first, a wide file's period asked for, nothing written when a
// cell is wrong, and the project's data unchanged then.
#include "FileImporter.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "TestSupport.h"
#include "UiTestProject.h"

#include <QUndoStack>
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

TEST_CASE("An import is one undo step: undo restores the replaced values and removes what it created", "[ui][import]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("undo.balise"))));
    const Project& project = document.project();
    // An edit before the import, so that the history holds something the import must not disturb.
    Measurement typed;
    const EntityId i21 = project.framework().findByCode(QStringLiteral("I21"))->id;
    const EntityId bikes = project.data().findServiceByName(QStringLiteral("Vélo libre"))->id;
    typed.key = {bikes, i21, project.periods().constFirst().id};
    typed.value = 7.0;
    document.project().setMeasurement(typed);
    const ProjectData before = project.data();

    // Replaces a value, adds one on a new period and a new service.
    const QString file = dir.filePath(QStringLiteral("values.csv"));
    REQUIRE(test::writeText(file, QStringLiteral("service,indicator,period,value\n"
                                                 "Vélo libre,I21,2024,9.5\n"
                                                 "Navette,I21,2025,3\n"
                                                 "Vélo libre,I111,2025,1200\n")));
    const FileImporter::Outcome done = FileImporter::import(document, file, QString());
    INFO(done.message.toStdString());
    REQUIRE(done.written);
    REQUIRE(document.undoStack().count() == 1);
    CHECK(document.undoStack().undoText().contains(QStringLiteral("values.csv")));
    const ProjectData imported = project.data();
    REQUIRE(project.data().findServiceByName(QStringLiteral("Navette")));
    REQUIRE(project.data().findPeriodByLabel(QStringLiteral("2025")));
    CHECK(project.measurements().value(typed.key).value == 9.5);

    document.undoStack().undo();
    CHECK_FALSE(project.data().findServiceByName(QStringLiteral("Navette")));
    CHECK_FALSE(project.data().findPeriodByLabel(QStringLiteral("2025")));
    CHECK(project.data().measurements == before.measurements);
    CHECK(project.data().services == before.services);
    CHECK(project.data().periods == before.periods);

    // Redo brings back the very same services and periods, ids and all.
    document.undoStack().redo();
    CHECK(project.data().services == imported.services);
    CHECK(project.data().periods == imported.periods);
    CHECK(project.data().measurements.size() == imported.measurements.size());
    for (const Measurement& m : imported.measurements)
        CHECK(project.measurements().value(m.key).value == m.value);

    // And the file agrees with memory after all this.
    const QString path = project.filePath();
    const ProjectData shown = project.data();
    document.undoStack().clear();
    auto reopened = Project::open(path, ProjectFile::Access::ReadOnly);
    CHECK(reopened->data().services == shown.services);
    CHECK(reopened->data().measurements.size() == shown.measurements.size());
}

TEST_CASE("A services import is one undo step too", "[ui][import]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("services.balise"))));
    const Project& project = document.project();
    const QList<DataService> before = project.services();
    const QString file = dir.filePath(QStringLiteral("services.csv"));
    REQUIRE(test::writeText(file, QStringLiteral("service,operator,domain\n"
                                                 "Vélo libre,Régie des mobilités,mobility\n"
                                                 "Compostage partagé,Association Terreau,waste\n")));
    const FileImporter::Outcome done = FileImporter::import(document, file, QString());
    INFO(done.message.toStdString());
    REQUIRE(done.written);
    REQUIRE(project.data().findServiceByName(QStringLiteral("Compostage partagé")));
    CHECK(project.data().findServiceByName(QStringLiteral("Vélo libre"))->operatorName ==
          QStringLiteral("Régie des mobilités"));
    const QList<DataService> imported = project.services();
    document.undoStack().undo();
    CHECK(project.services() == before);
    document.undoStack().redo();
    CHECK(project.services() == imported);
}
