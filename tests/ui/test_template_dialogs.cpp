// The template library and Save as template: the bundled templates previewed, a project saved as a
// template into the user's library (a bundled identifier refused, replacing one's own confirmed),
// exported, imported back, removed; and a project started from a bundled template.
#include "MainWindow.h"
#include "NewProjectDialog.h"
#include "Project.h"
#include "ProjectInfoForm.h"
#include "SaveTemplateDialog.h"
#include "TemplateLibraryDialog.h"
#include "TestSupport.h"
#include "UiTestProject.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace balise;
using balise::ui::NewProjectDialog;
using balise::ui::SaveTemplateDialog;
using balise::ui::TemplateLibraryDialog;

namespace {

TemplateLibrary libraryIn(const QTemporaryDir& dir)
{
    return TemplateLibrary({QStringLiteral(":/templates")}, dir.filePath(QStringLiteral("library")));
}

int rowOf(const QListWidget* list, const QString& id)
{
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->data(Qt::UserRole).toString() == id)
            return row;
    return -1;
}

} // namespace

TEST_CASE("The template library lists and previews the bundled templates", "[ui][template]")
{
    QTemporaryDir dir;
    TemplateLibraryDialog dialog(libraryIn(dir));
    REQUIRE(dialog.list()->count() == 6);
    const int microGrid = rowOf(dialog.list(), QStringLiteral("micro-grid"));
    REQUIRE(microGrid >= 0);
    dialog.list()->setCurrentRow(microGrid);
    const QString preview = dialog.preview()->toPlainText();
    CHECK(preview.contains(QStringLiteral("Energy micro-grid")));
    CHECK(preview.contains(QStringLiteral("Comes with Balise")));
    CHECK(preview.contains(QStringLiteral("17 indicators")));
    CHECK(preview.contains(QStringLiteral("I111")));
    // Bundled templates cannot be removed.
    CHECK_FALSE(dialog.removeCurrent());
    CHECK(dialog.list()->count() == 6);
}

TEST_CASE("A project saved as a template goes to the library, comes out as a file, and back", "[ui][template]")
{
    QTemporaryDir dir;
    auto project = test::createUiTestProject(dir.filePath(QStringLiteral("source.balise")));
    {
        SaveTemplateDialog dialog(project->data(), libraryIn(dir));
        CHECK(dialog.idEdit()->text() == SaveTemplateDialog::idFor(project->info().title));
        // An identifier that a bundled template has is refused, nothing written.
        dialog.idEdit()->setText(QStringLiteral("micro-grid"));
        CHECK_FALSE(dialog.save());
        CHECK(dialog.message().contains(QStringLiteral("comes with Balise")));
        CHECK_FALSE(QDir(dir.filePath(QStringLiteral("library"))).exists());

        dialog.idEdit()->setText(QStringLiteral("mon-modele"));
        dialog.titleEdit()->setText(QStringLiteral("Mon modèle"));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("fr")));
        dialog.servicesBox()->setChecked(true);
        REQUIRE(dialog.save());
    }
    {
        // Saving again under the same identifier asks first: a second OK replaces.
        SaveTemplateDialog dialog(project->data(), libraryIn(dir));
        dialog.idEdit()->setText(QStringLiteral("mon-modele"));
        dialog.titleEdit()->setText(QStringLiteral("Mon modèle, deuxième version"));
        CHECK_FALSE(dialog.save());
        CHECK(dialog.message().contains(QStringLiteral("Save again")));
        REQUIRE(dialog.save());
    }

    TemplateLibraryDialog library(libraryIn(dir));
    REQUIRE(library.list()->count() == 7);
    const int mine = rowOf(library.list(), QStringLiteral("mon-modele"));
    REQUIRE(mine >= 0);
    library.list()->setCurrentRow(mine);
    CHECK(library.preview()->toPlainText().contains(QStringLiteral("Mon modèle, deuxième version")));
    CHECK(library.preview()->toPlainText().contains(QStringLiteral("Yours")));
    const QString exported = dir.filePath(QStringLiteral("mon-modele.balise-template"));
    REQUIRE(library.exportCurrent(exported));
    REQUIRE(library.removeCurrent());
    CHECK(library.list()->count() == 6);
    REQUIRE(library.importFile(exported));
    CHECK(library.list()->count() == 7);
    CHECK(library.list()->currentItem()->data(Qt::UserRole).toString() == QStringLiteral("mon-modele"));

    // A damaged file is refused with the reason; the library is unchanged.
    QFile damaged(dir.filePath(QStringLiteral("damaged.balise-template")));
    REQUIRE(damaged.open(QIODevice::WriteOnly));
    damaged.write(test::readBytes(exported).left(200));
    damaged.close();
    CHECK_FALSE(library.importFile(damaged.fileName()));
    CHECK(library.list()->count() == 7);
}

TEST_CASE("A project starts from a bundled template in the New project dialog", "[ui][template]")
{
    QTemporaryDir dir;
    const QByteArray previous = qgetenv("BALISE_TEMPLATES_DIR");
    qputenv("BALISE_TEMPLATES_DIR", dir.filePath(QStringLiteral("library")).toUtf8());
    NewProjectDialog dialog(dir.path());
    dialog.selectTemplate(QStringLiteral("waste-collection"));
    REQUIRE(dialog.templateBox()->currentData().toString() == QStringLiteral("waste-collection"));
    dialog.infoForm()->titleEdit()->setText(QStringLiteral("Collecte"));
    dialog.pathEdit()->setText(dir.filePath(QStringLiteral("collecte.balise")));
    REQUIRE(dialog.create());
    const std::unique_ptr<Project> project = dialog.takeProject();
    REQUIRE(project);
    CHECK(project->framework().nodes().size() >= 20);
    CHECK_FALSE(project->vadeMecum().needs.isEmpty());
    CHECK_FALSE(project->questionnaire().sections.isEmpty());
    qputenv("BALISE_TEMPLATES_DIR", previous);
}

TEST_CASE("A template file opened from the desktop lands in the library, shown imported", "[ui][template]")
{
    // Double-clicking a .balise-template runs `balise FILE`: the workbench opens the template library
    // with the file imported into the user's library (Workbench.cpp, MainWindow::openTemplateLibrary).
    QTemporaryDir dir;
    auto project = test::createUiTestProject(dir.filePath(QStringLiteral("source.balise")));
    const TemplateLibrary sender({QStringLiteral(":/templates")}, dir.filePath(QStringLiteral("sender")));
    {
        SaveTemplateDialog dialog(project->data(), sender);
        dialog.idEdit()->setText(QStringLiteral("grille-voisine"));
        REQUIRE(dialog.save());
    }
    const QString file = dir.filePath(QStringLiteral("grille-voisine.balise-template"));
    {
        TemplateLibraryDialog library(sender);
        library.list()->setCurrentRow(rowOf(library.list(), QStringLiteral("grille-voisine")));
        REQUIRE(library.exportCurrent(file));
    }

    const QByteArray previous = qgetenv("BALISE_TEMPLATES_DIR");
    qputenv("BALISE_TEMPLATES_DIR", dir.filePath(QStringLiteral("receiver")).toUtf8());
    ui::MainWindowOptions options;
    options.rememberState = false;
    ui::MainWindow window(options);
    QString shown;
    bool sawDialog = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = window.findChild<TemplateLibraryDialog*>();
        sawDialog = dialog && dialog->isVisible();
        if (dialog && dialog->list()->currentItem())
            shown = dialog->list()->currentItem()->data(Qt::UserRole).toString();
        if (dialog)
            dialog->reject();
    });
    window.openTemplateLibrary(file);
    qputenv("BALISE_TEMPLATES_DIR", previous);
    CHECK(sawDialog);
    CHECK(shown == QStringLiteral("grille-voisine"));
    CHECK(QDir(dir.filePath(QStringLiteral("receiver"))).entryList(QDir::Files).size() == 1);
}

TEST_CASE("A template title with markup shows as typed in the library and when asked to remove it",
          "[ui][template][markup]")
{
    // A template received by e-mail carries a title someone else typed.
    QTemporaryDir dir;
    auto project = test::createUiTestProject(dir.filePath(QStringLiteral("source.balise")));
    const QString title = QStringLiteral("<b>Grille</b> <a href=\"https://example.org\">voisine</a>");
    {
        SaveTemplateDialog dialog(project->data(), libraryIn(dir));
        dialog.idEdit()->setText(QStringLiteral("grille-balisee"));
        dialog.titleEdit()->setText(title);
        REQUIRE(dialog.save());
    }
    TemplateLibraryDialog library(libraryIn(dir));
    const int row = rowOf(library.list(), QStringLiteral("grille-balisee"));
    REQUIRE(row >= 0);
    library.list()->setCurrentRow(row);
    CHECK(library.list()->item(row)->text().contains(title));
    CHECK(library.preview()->toPlainText().contains(title));

    QString asked;
    Qt::TextFormat format = Qt::AutoText;
    QTimer::singleShot(0, &library, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            asked = box->text();
            format = box->textFormat();
            box->reject();
        }
    });
    library.removeButton()->click();
    CHECK(asked.contains(title));
    CHECK(format == Qt::PlainText);
    // Declined: the template stays.
    CHECK(rowOf(library.list(), QStringLiteral("grille-balisee")) >= 0);
}
