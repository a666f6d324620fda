// The vade-mecum's revisions in the workbench: recorded, validated, compared, and undone.
#include "Project.h"
#include "ProjectDocument.h"
#include "RevisionsEditor.h"
#include "UiTestProject.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace balise;
using balise::ui::ProjectDocument;
using balise::ui::RevisionsEditor;

TEST_CASE("Revisions are recorded, validated with who and when, compared, and undone", "[ui][vademecum]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("revisions.balise"))));
    Project& project = document.project();
    RevisionsEditor editor;
    editor.setDocument(&document);
    REQUIRE(project.revisions().size() == 1);
    CHECK(editor.table()->rowCount() == 1);

    // The vade-mecum changes, then a second revision is recorded.
    VadeMecum changed = project.vadeMecum();
    changed.needs[0].title = QStringLiteral("Desservir tous les hameaux");
    project.setVadeMecum(changed);
    const EntityId second = editor.recordRevision(QStringLiteral("Besoin précisé après la concertation"));
    REQUIRE(second != NoId);
    REQUIRE(project.revisions().size() == 2);
    CHECK(project.revisions().last().number == 2);
    CHECK(project.revisions().last().summary == QStringLiteral("Besoin précisé après la concertation"));
    CHECK(editor.table()->rowCount() == 2);
    CHECK(editor.revision() == second);

    // The first revision against the second: the need's new title.
    editor.compare(project.revisions().first().id, second);
    CHECK(editor.differences()->toPlainText().contains(QStringLiteral("Desservir tous les hameaux")));
    editor.compare(second, NoId);
    CHECK(editor.differences()->toPlainText() == QStringLiteral("No change."));

    // Validated: who and when are required, then kept.
    const int validated = editor.statusBox()->findData(static_cast<int>(RevisionStatus::PoliticallyValidated));
    editor.statusBox()->setCurrentIndex(validated);
    Q_EMIT editor.statusBox()->activated(validated);
    CHECK(project.revisions().last().status == RevisionStatus::Draft);
    CHECK(editor.refusal().contains(QStringLiteral("who validated")));
    CHECK(editor.validatedByEdit()->isEnabled());
    editor.validatedByEdit()->setText(QStringLiteral("Conseil communautaire"));
    editor.validatedOnEdit()->setDate(QDate::currentDate());
    Q_EMIT editor.validatedByEdit()->editingFinished();
    CHECK(project.revisions().last().status == RevisionStatus::PoliticallyValidated);
    CHECK(project.revisions().last().validatedBy == QStringLiteral("Conseil communautaire"));
    CHECK(project.revisions().last().validatedOn == QDate::currentDate());

    // Typing the summary is one step.
    const int steps = document.undoStack().count();
    editor.summaryEdit()->setPlainText(QStringLiteral("B"));
    editor.summaryEdit()->setPlainText(QStringLiteral("Besoin précisé"));
    CHECK(document.undoStack().count() == steps + 1);

    // Undo everything: the validation, then the revision itself; redo gives back the same revision.
    document.undoStack().undo();
    document.undoStack().undo();
    CHECK(project.revisions().last().status == RevisionStatus::Draft);
    document.undoStack().undo();
    CHECK(project.revisions().size() == 1);
    CHECK(editor.table()->rowCount() == 1);
    document.undoStack().redo();
    REQUIRE(project.revisions().size() == 2);
    CHECK(project.revisions().last().id == second);
    CHECK(project.revisions().last().number == 2);
}

TEST_CASE("A revision's whole content can be read again as it was recorded", "[ui][vademecum]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("content.balise"))));
    Project& project = document.project();
    RevisionsEditor editor;
    editor.setDocument(&document);
    const VadeMecumRevision first = project.revisions().first();
    const QString needTitle = project.vadeMecum().needs.first().title;
    // The vade-mecum changes after the revision: the revision still says what it said.
    VadeMecum changed = project.vadeMecum();
    changed.needs.first().title = QStringLiteral("Autre chose");
    project.setVadeMecum(changed);
    editor.showContent(first.id);
    const QString text = editor.differences()->toPlainText();
    CHECK(text.startsWith(QStringLiteral("Revision 1")));
    CHECK(text.contains(needTitle));
    CHECK_FALSE(text.contains(QStringLiteral("Autre chose")));
    CHECK(text.contains(QStringLiteral("Partager les données d'usage"))); // a resource's condition
}
