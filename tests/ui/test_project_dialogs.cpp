// New project, Project properties and Save As from the workbench: what the user types becomes the
// project, a refusal is said in the dialog and leaves everything as it was, and each step can be undone.
#include "MainWindow.h"
#include "NewProjectDialog.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "ProjectEvaluation.h"
#include "ProjectInfoForm.h"
#include "ProjectPropertiesDialog.h"
#include "TemplateArchive.h"
#include "TemplateBuilder.h"
#include "TemplateLibrary.h"
#include "UiTestProject.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace balise;
using balise::ui::NewProjectDialog;
using balise::ui::ProjectDocument;
using balise::ui::ProjectPropertiesDialog;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

} // namespace

TEST_CASE("New project: the title proposes the file, the framework CSV fills the grid", "[ui][project]")
{
    QTemporaryDir dir;
    NewProjectDialog dialog(dir.path());
    auto* form = dialog.infoForm();
    form->titleEdit()->setText(QStringLiteral("Métropole / 2027"));
    Q_EMIT form->titleEdited(form->titleEdit()->text()); // as typing does
    // The title gives the file's name, the characters a file name cannot hold replaced.
    CHECK(QDir::fromNativeSeparators(dialog.pathEdit()->text()) ==
          dir.filePath(QStringLiteral("Métropole - 2027.balise")));
    form->territoryEdit()->setText(QStringLiteral("Val d'Ardoise"));
    form->kindBox()->setCurrentIndex(form->kindBox()->findData(static_cast<int>(TerritoryKind::Metropole)));
    form->populationBox()->setValue(480000);
    dialog.frameworkEdit()->setText(QStringLiteral(BALISE_SOURCE_DIR "/samples/microgrid/framework.csv"));

    REQUIRE(dialog.create());
    CHECK(dialog.refusal().isEmpty());
    std::unique_ptr<Project> project = dialog.takeProject();
    REQUIRE(project);
    CHECK(project->info().title == QStringLiteral("Métropole / 2027"));
    CHECK(project->info().territory.name == QStringLiteral("Val d'Ardoise"));
    CHECK(project->info().territory.kind == TerritoryKind::Metropole);
    CHECK(project->info().territory.population == std::optional<qint64>(480000));
    CHECK(project->framework().nodes().size() > 10);
    CHECK(QFile::exists(dir.filePath(QStringLiteral("Métropole - 2027.balise"))));
}

TEST_CASE("New project refuses what it cannot create, and leaves no file behind", "[ui][project]")
{
    QTemporaryDir dir;
    NewProjectDialog dialog(dir.path());
    auto* form = dialog.infoForm();

    // No title.
    CHECK_FALSE(dialog.create());
    CHECK(dialog.refusal().contains(QStringLiteral("title")));

    // A framework file with an error: named with its line, and no project file is created.
    form->titleEdit()->setText(QStringLiteral("Essai"));
    const QString target = dir.filePath(QStringLiteral("essai.balise"));
    dialog.pathEdit()->setText(target);
    dialog.frameworkEdit()->setText(writeFile(dir, QStringLiteral("bad.csv"),
                                              "level,code,parent,name,weight\n"
                                              "objective,O1,,Énergie,1\n"
                                              "indicator,I1,O1,Part locale,-3\n"));
    CHECK_FALSE(dialog.create());
    CHECK(dialog.refusal().contains(QStringLiteral("bad.csv")));
    CHECK(dialog.refusal().contains(QStringLiteral("3"))); // the line of the negative weight
    CHECK_FALSE(QFile::exists(target));
    CHECK_FALSE(dialog.takeProject());

    // An existing file is never overwritten.
    const QString existing = writeFile(dir, QStringLiteral("existing.balise"), "keep me");
    dialog.frameworkEdit()->clear();
    dialog.pathEdit()->setText(existing);
    CHECK_FALSE(dialog.create());
    CHECK(dialog.refusal().contains(QStringLiteral("already exists")));
    QFile kept(existing);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == QByteArray("keep me"));

    // A folder that is not there.
    dialog.pathEdit()->setText(dir.filePath(QStringLiteral("missing/essai.balise")));
    CHECK_FALSE(dialog.create());
    CHECK(dialog.refusal().contains(QStringLiteral("does not exist")));

    // The suffix is added when left out; then it works.
    dialog.pathEdit()->setText(dir.filePath(QStringLiteral("essai")));
    REQUIRE(dialog.create());
    CHECK(dialog.refusal().isEmpty());
    CHECK(QFile::exists(target));
}

TEST_CASE("Project properties change the territory and the thresholds in one undoable step", "[ui][project]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("props.balise"))));
    const Project& project = document.project();
    const ProjectInfo infoBefore = project.info();
    const ProjectSettings settingsBefore = project.settings();

    {
        ProjectPropertiesDialog dialog(document);
        // Nothing typed, nothing written.
        REQUIRE(dialog.apply());
        CHECK(document.undoStack().count() == 0);

        dialog.infoForm()->territoryEdit()->setText(QStringLiteral("Communauté du Lac"));
        dialog.redBelowBox()->setValue(30.0);
        dialog.greenFromBox()->setValue(80.0);
        dialog.coverageBox()->setValue(75);
        dialog.aggregationBox()->setCurrentIndex(
            dialog.aggregationBox()->findData(static_cast<int>(Aggregation::Geometric)));
        REQUIRE(dialog.apply());
    }
    CHECK(project.info().territory.name == QStringLiteral("Communauté du Lac"));
    CHECK(project.info().title == infoBefore.title);
    CHECK(project.settings().redBelow == 30.0);
    CHECK(project.settings().greenFrom == 80.0);
    CHECK(project.settings().minimumCoverage == 0.75);
    CHECK(project.settings().defaultAggregation == Aggregation::Geometric);
    CHECK(document.undoStack().count() == 1);

    // What the evaluation reads follows at once.
    CHECK(document.evaluation().setup().input.aggregation.minimumCoverage == 0.75);
    CHECK(document.evaluation().setup().aggregation == Aggregation::Geometric);

    document.undoStack().undo();
    CHECK(project.info() == infoBefore);
    CHECK(project.settings() == settingsBefore);
    document.undoStack().redo();
    CHECK(project.settings().redBelow == 30.0);
    CHECK(project.info().territory.name == QStringLiteral("Communauté du Lac"));
}

TEST_CASE("Project properties refuse thresholds out of order and an empty title, changing nothing", "[ui][project]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("refuse.balise"))));
    const Project& project = document.project();
    const ProjectInfo infoBefore = project.info();
    const ProjectSettings settingsBefore = project.settings();

    ProjectPropertiesDialog dialog(document);
    dialog.infoForm()->territoryEdit()->setText(QStringLiteral("Ailleurs"));
    dialog.redBelowBox()->setValue(80.0);
    dialog.greenFromBox()->setValue(60.0);
    CHECK_FALSE(dialog.apply());
    CHECK(dialog.refusal().contains(QStringLiteral("red")));
    dialog.redBelowBox()->setValue(40.0);
    dialog.greenFromBox()->setValue(70.0);
    dialog.infoForm()->titleEdit()->clear();
    CHECK_FALSE(dialog.apply());
    CHECK(dialog.refusal().contains(QStringLiteral("title")));
    // Neither the territory typed beside the refused values nor anything else was written.
    CHECK(project.info() == infoBefore);
    CHECK(project.settings() == settingsBefore);
    CHECK(document.undoStack().count() == 0);
}

TEST_CASE("Save As goes on with the copy and keeps the history", "[ui][project]")
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("original.balise"));
    test::createUiTestProject(original);
    ui::MainWindowOptions options;
    options.rememberState = false;
    ui::MainWindow window(options);
    REQUIRE(window.openProject(original));
    ProjectDocument* document = window.document();
    REQUIRE(document);

    // An edit before Save As stays undoable after it.
    {
        ProjectPropertiesDialog dialog(*document);
        dialog.infoForm()->territoryEdit()->setText(QStringLiteral("Avant la copie"));
        REQUIRE(dialog.apply());
    }
    const QString copy = dir.filePath(QStringLiteral("copie.balise"));
    REQUIRE(window.saveProjectAs(copy));
    CHECK(QFileInfo(window.document()->filePath()).canonicalFilePath() == QFileInfo(copy).canonicalFilePath());
    CHECK(window.document()->project().info().territory.name == QStringLiteral("Avant la copie"));
    REQUIRE(window.document()->undoStack().canUndo());
    window.document()->undoStack().undo();
    CHECK(window.document()->project().info().territory.name != QStringLiteral("Avant la copie"));

    // The copy is what changed; the original holds what it held when copied.
    {
        auto reopened = Project::open(original, ProjectFile::Access::ReadOnly);
        CHECK(reopened->info().territory.name == QStringLiteral("Avant la copie"));
    }
    window.closeProject();
    auto copyReopened = Project::open(copy, ProjectFile::Access::ReadOnly);
    CHECK(copyReopened->info().territory.name != QStringLiteral("Avant la copie"));
}

TEST_CASE("New project from a template of the library", "[ui][project][template]")
{
    QTemporaryDir dir;
    // A library of one template, made from the test project.
    const QByteArray previous = qgetenv("BALISE_TEMPLATES_DIR");
    qputenv("BALISE_TEMPLATES_DIR", dir.filePath(QStringLiteral("library")).toUtf8());
    {
        auto source = test::createUiTestProject(dir.filePath(QStringLiteral("source.balise")));
        const ProjectTemplate made = TemplateBuilder::fromProject(
            source->data(), QStringLiteral("essai"), QStringLiteral("Modèle d'essai"), QStringLiteral("fr"), false);
        QString error;
        REQUIRE(TemplateLibrary::standard().install(TemplateArchive::write(made), error));
    }
    NewProjectDialog dialog(dir.path());
    // "none", the six bundled templates, then the user's, marked as such.
    REQUIRE(dialog.templateBox()->count() == 8);
    CHECK(dialog.templateBox()->itemData(7).toString() == QStringLiteral("essai"));
    CHECK(dialog.templateBox()->itemText(7).startsWith(QStringLiteral("Modèle d'essai")));
    dialog.selectTemplate(QStringLiteral("essai"));
    CHECK(dialog.templateBox()->currentIndex() == 7);
    CHECK_FALSE(dialog.frameworkEdit()->isEnabled());
    dialog.infoForm()->titleEdit()->setText(QStringLiteral("Depuis le modèle"));
    dialog.pathEdit()->setText(dir.filePath(QStringLiteral("made.balise")));
    REQUIRE(dialog.create());
    const std::unique_ptr<Project> project = dialog.takeProject();
    REQUIRE(project);
    CHECK(project->info().title == QStringLiteral("Depuis le modèle"));
    CHECK(project->framework().findByCode(QStringLiteral("I111")));
    REQUIRE(project->vadeMecum().needs.size() == 1);
    // O1's link to the need came along, pointing at the new project's need.
    CHECK(project->framework().findByCode(QStringLiteral("O1"))->links.first().id ==
          project->vadeMecum().needs.first().id);
    CHECK(project->services().isEmpty());
    qputenv("BALISE_TEMPLATES_DIR", previous);
}
