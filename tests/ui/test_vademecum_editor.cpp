// Editing the vade-mecum in the workbench: every list's items, the postures, and undo — including
// the links to objectives and questions that removing an item takes away.
#include "MainWindow.h"
#include "PostureEditor.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "ProjectTreeView.h"
#include "UiTestProject.h"
#include "VadeMecumItemEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace balise;
using balise::ui::ProjectDocument;
using balise::ui::VadeMecumItemEditor;
using Part = balise::ui::VadeMecumItems::Part;

namespace {

void type(QLineEdit* line, const QString& text)
{
    line->setText(text);
    Q_EMIT line->editingFinished();
}

} // namespace

TEST_CASE("A need's title, domain, priority and description are edited in place, and undone", "[ui][vademecum]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("vm.balise"))));
    const Project& project = document.project();
    VadeMecumItemEditor editor;
    editor.setDocument(&document);
    const Need need = project.vadeMecum().needs.first();
    editor.showItem(Part::Needs, need.id);
    CHECK(editor.titleEdit()->text() == need.title);
    CHECK(editor.choiceBox()->isVisibleTo(&editor));
    CHECK_FALSE(editor.conditionsEdit()->isVisibleTo(&editor));

    type(editor.titleEdit(), QStringLiteral("Desservir les hameaux isolés"));
    editor.choiceBox()->setCurrentIndex(editor.choiceBox()->findData(static_cast<int>(Domain::Health)));
    Q_EMIT editor.choiceBox()->activated(editor.choiceBox()->currentIndex());
    editor.priorityBox()->setCurrentIndex(editor.priorityBox()->findData(static_cast<int>(Priority::Low)));
    Q_EMIT editor.priorityBox()->activated(editor.priorityBox()->currentIndex());
    // Typing a description letter by letter is one step.
    editor.textEdit()->setPlainText(QStringLiteral("S"));
    editor.textEdit()->setPlainText(QStringLiteral("Sans voiture, sans bus"));
    const Need edited = project.vadeMecum().needs.first();
    CHECK(edited.id == need.id);
    CHECK(edited.title == QStringLiteral("Desservir les hameaux isolés"));
    CHECK(edited.domain == Domain::Health);
    CHECK(edited.priority == Priority::Low);
    CHECK(edited.description == QStringLiteral("Sans voiture, sans bus"));
    CHECK(document.undoStack().count() == 4);

    document.undoStack().undo();
    CHECK(project.vadeMecum().needs.first().description == need.description);
    CHECK(editor.textEdit()->toPlainText() == need.description);
    while (document.undoStack().canUndo())
        document.undoStack().undo();
    CHECK(project.vadeMecum().needs.first() == need);
    CHECK(editor.titleEdit()->text() == need.title);

    // An empty title is refused; the field shows the stored one again.
    type(editor.titleEdit(), QStringLiteral("   "));
    CHECK(project.vadeMecum().needs.first().title == need.title);
    CHECK(editor.titleEdit()->text() == need.title);
}

TEST_CASE("Items are added after the current one, moved, and removed with their links, all undoable", "[ui][vademecum]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("items.balise"))));
    const Project& project = document.project();
    VadeMecumItemEditor editor;
    editor.setDocument(&document);
    QString asked;
    editor.setConfirmation([&](const QString& question) {
        asked = question;
        return true;
    });

    // A second principle, after the first.
    editor.showItem(Part::Principles, project.vadeMecum().principles.first().id);
    const EntityId added = editor.addItem();
    REQUIRE(added != NoId);
    REQUIRE(project.vadeMecum().principles.size() == 2);
    CHECK(project.vadeMecum().principles[1].id == added);
    CHECK(editor.item() == added);
    editor.moveItem(-1);
    CHECK(project.vadeMecum().principles[0].id == added);
    document.undoStack().undo(); // the move
    document.undoStack().undo(); // the addition
    CHECK(project.vadeMecum().principles.size() == 1);
    document.undoStack().redo();
    REQUIRE(project.vadeMecum().principles.size() == 2);
    CHECK(project.vadeMecum().principles[1].id == added); // the very same item
    document.undoStack().undo();

    // A resource's conditions, one per line; blank lines do not count.
    editor.showItem(Part::Resources, project.vadeMecum().resources.first().id);
    CHECK(editor.conditionsEdit()->isVisibleTo(&editor));
    editor.conditionsEdit()->setPlainText(
        QStringLiteral("Partager les données d'usage\n\n  Publier un bilan annuel  "));
    CHECK(project.vadeMecum().resources.first().conditions ==
          QStringList{QStringLiteral("Partager les données d'usage"), QStringLiteral("Publier un bilan annuel")});

    // The need O1 cites: asked first; O1 loses its link; undo gives both back.
    const Need need = project.vadeMecum().needs.first();
    const EntityId o1 = project.framework().findByCode(QStringLiteral("O1"))->id;
    REQUIRE(project.framework().find(o1)->links.size() == 1);
    editor.showItem(Part::Needs, need.id);
    editor.removeItem();
    CHECK(asked.contains(need.title));
    CHECK(project.vadeMecum().needs.isEmpty());
    CHECK(project.framework().find(o1)->links.isEmpty());
    CHECK(editor.item() == NoId);
    document.undoStack().undo();
    REQUIRE(project.vadeMecum().needs.size() == 1);
    CHECK(project.vadeMecum().needs.first() == need);
    REQUIRE(project.framework().find(o1)->links.size() == 1);
    CHECK(project.framework().find(o1)->links.first().id == need.id);

    // The file holds the same.
    const QString path = project.filePath();
    auto reopened = Project::open(path, ProjectFile::Access::ReadOnly);
    CHECK(reopened->vadeMecum() == project.vadeMecum());
    CHECK(reopened->framework().find(o1)->links == project.framework().find(o1)->links);
}

TEST_CASE("Postures are ticked with a stance, and undone", "[ui][vademecum]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("postures.balise"))));
    const Project& project = document.project();
    ui::PostureEditor editor;
    editor.setDocument(&document);
    const QList<Posture> postures = allValues<Posture>();
    const int regulator = static_cast<int>(postures.indexOf(Posture::Regulator));
    const int investor = static_cast<int>(postures.indexOf(Posture::Investor));
    CHECK(editor.boxes()[regulator]->isChecked());
    CHECK(editor.stances()[regulator]->text() == QStringLiteral("Fixe les règles"));
    CHECK_FALSE(editor.stances()[investor]->isEnabled());

    editor.boxes()[investor]->setChecked(true);
    CHECK(editor.stances()[investor]->isEnabled());
    type(editor.stances()[investor], QStringLiteral("Co-finance le démonstrateur"));
    editor.boxes()[regulator]->setChecked(false);
    REQUIRE(project.vadeMecum().postures.size() == 1);
    CHECK(project.vadeMecum().postures.first().posture == Posture::Investor);
    CHECK(project.vadeMecum().postures.first().stance == QStringLiteral("Co-finance le démonstrateur"));
    while (document.undoStack().canUndo())
        document.undoStack().undo();
    REQUIRE(project.vadeMecum().postures.size() == 1);
    CHECK(project.vadeMecum().postures.first().posture == Posture::Regulator);
    CHECK(editor.boxes()[regulator]->isChecked());
    CHECK_FALSE(editor.boxes()[investor]->isChecked());
}

TEST_CASE("The tree's vade-mecum items open their editor", "[ui][vademecum]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tree.balise"));
    test::createUiTestProject(path);
    ui::MainWindowOptions options;
    options.rememberState = false;
    ui::MainWindow window(options);
    REQUIRE(window.openProject(path));
    using Kind = ui::ProjectItemRef::Kind;
    const EntityId need = window.document()->project().vadeMecum().needs.first().id;
    REQUIRE(window.selectItem({Kind::Need, need}));
    CHECK(window.currentCentre() == window.vadeMecumEditor());
    CHECK(window.vadeMecumEditor()->item() == need);
    REQUIRE(window.selectItem({Kind::PrinciplesGroup, NoId}));
    CHECK(window.vadeMecumEditor()->part() == Part::Principles);
    CHECK(window.vadeMecumEditor()->item() == NoId);
    // Adding from there selects the new item in the tree.
    const EntityId added = window.vadeMecumEditor()->addItem();
    CHECK(window.treeView()->currentItem() == ui::ProjectItemRef{Kind::Principle, added});
    REQUIRE(window.selectItem({Kind::PosturesGroup, NoId}));
    CHECK(window.currentCentre() == window.postureEditor());
}
