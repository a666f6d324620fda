// The period editor: adding the next year, relabelling, dates, refusals, removing with undo.
#include "PeriodEditor.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "UiTestProject.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace balise;
using balise::ui::PeriodEditor;
using balise::ui::ProjectDocument;

TEST_CASE("The period editor adds the next year, edits, refuses and removes with undo", "[ui][periods]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("periods.balise"))));
    const Project& project = document.project();
    PeriodEditor editor;
    editor.setDocument(&document);

    const EntityId added = editor.addPeriod();
    REQUIRE(added != NoId);
    const Period* next = project.data().findPeriod(added);
    CHECK(next->label == QStringLiteral("2025")); // after 2024
    CHECK(next->start == QDate(2025, 1, 1));
    CHECK(next->end == QDate(2025, 12, 31));

    QLineEdit* label = editor.findChild<QLineEdit*>();
    REQUIRE(label);
    label->setText(QStringLiteral("2025-T1"));
    Q_EMIT label->editingFinished();
    CHECK(project.data().findPeriod(added)->label == QStringLiteral("2025-T1"));

    // A label already used: refused, the field shows the stored label again.
    label->setText(QStringLiteral("2024"));
    Q_EMIT label->editingFinished();
    CHECK(project.data().findPeriod(added)->label == QStringLiteral("2025-T1"));
    CHECK(label->text() == QStringLiteral("2025-T1"));

    // Without dates, then undo.
    QCheckBox* dated = editor.findChild<QCheckBox*>();
    REQUIRE(dated);
    dated->setChecked(false);
    CHECK_FALSE(project.data().findPeriod(added)->start.isValid());
    document.undoStack().undo();
    CHECK(project.data().findPeriod(added)->start == QDate(2025, 1, 1));

    // Removing the period that has measurements asks first; undo brings everything back.
    const EntityId first = project.periods().constFirst().id;
    const auto measurements = project.measurements();
    int asked = 0;
    editor.setConfirmation([&](const QString&) {
        ++asked;
        return true;
    });
    editor.showPeriod(first);
    editor.removePeriod();
    CHECK(asked == 1);
    CHECK(project.data().findPeriod(first) == nullptr);
    document.undoStack().undo();
    CHECK(project.data().findPeriod(first) != nullptr);
    CHECK(project.measurements() == measurements);
}
