// The framework and the vade-mecum: which needs, principles and fields an objective serves, and
// objectives proposed from the vade-mecum.
#include "FrameworkFromVadeMecumDialog.h"
#include "NodeLinksEditor.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "UiTestProject.h"

#include <QTreeWidget>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace balise;
using balise::ui::ProjectDocument;

TEST_CASE("An objective's links to the vade-mecum are ticked in a list, and undone", "[ui][vademecum][framework]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("links.balise"))));
    const Project& project = document.project();
    ui::NodeLinksEditor editor;
    editor.setDocument(&document);
    const EntityId o2 = project.framework().findByCode(QStringLiteral("O2"))->id;
    editor.showNode(o2);
    // Needs, principles and fields of the test project, one of each, none cited by O2.
    QTreeWidget* list = editor.list();
    REQUIRE(list->topLevelItemCount() == 3);
    QTreeWidgetItem* principle = list->topLevelItem(1)->child(0);
    CHECK(principle->checkState(0) == Qt::Unchecked);
    principle->setCheckState(0, Qt::Checked);
    REQUIRE(project.framework().find(o2)->links.size() == 1);
    CHECK(project.framework().find(o2)->links.first() ==
          VadeMecumLink{LinkTarget::Principle, project.vadeMecum().principles.first().id});
    document.undoStack().undo();
    CHECK(project.framework().find(o2)->links.isEmpty());
    CHECK(editor.list()->topLevelItem(1)->child(0)->checkState(0) == Qt::Unchecked);
}

TEST_CASE("Objectives are proposed for the needs and fields no objective serves yet", "[ui][vademecum][framework]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("generate.balise"))));
    const Project& project = document.project();
    const qsizetype before = project.framework().children(NoId).size();
    ui::FrameworkFromVadeMecumDialog dialog(document);
    // The need is cited by O1: unticked; the field is not: ticked.
    REQUIRE(dialog.list()->topLevelItemCount() == 2);
    CHECK(dialog.list()->topLevelItem(0)->child(0)->checkState(0) == Qt::Unchecked);
    CHECK(dialog.list()->topLevelItem(1)->child(0)->checkState(0) == Qt::Checked);
    REQUIRE(dialog.proposal().size() == 1);
    REQUIRE(dialog.apply());
    const QList<const FrameworkNode*> objectives = project.framework().children(NoId);
    REQUIRE(objectives.size() == before + 1);
    const FrameworkNode* added = objectives.last();
    CHECK(added->name == project.vadeMecum().fields.first().title);
    CHECK(added->links == QList<VadeMecumLink>{{LinkTarget::Field, project.vadeMecum().fields.first().id}});
    CHECK(document.undoStack().undoText().contains(QStringLiteral("vade-mecum")));
    document.undoStack().undo();
    CHECK(project.framework().children(NoId).size() == before);

    // Nothing ticked: nothing added, and said.
    dialog.list()->topLevelItem(1)->child(0)->setCheckState(0, Qt::Unchecked);
    CHECK_FALSE(dialog.apply());
    CHECK(project.framework().children(NoId).size() == before);
}
