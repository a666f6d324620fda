// The framework editor in the main window: the toolbar's actions, the confirmation before removing
// measured work, and undo/redo through the window's Edit menu.
#include "FrameworkEditor.h"
#include "FrameworkModel.h"
#include "MainWindow.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "UiTestProject.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace balise;
using balise::ui::FrameworkEditor;
using balise::ui::MainWindow;
using balise::ui::MainWindowOptions;
using Kind = balise::ui::ProjectItemRef::Kind;

namespace {

struct OpenWindow
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("editor.balise"));
    std::unique_ptr<MainWindow> window;

    OpenWindow()
    {
        test::createUiTestProject(path);
        MainWindowOptions options;
        options.rememberState = false;
        window = std::make_unique<MainWindow>(options);
        REQUIRE(window->openProject(path));
        REQUIRE(window->selectItem({Kind::FrameworkSection, NoId}));
        REQUIRE(window->currentCentre() == editor());
    }
    FrameworkEditor* editor() const { return window->frameworkEditor(); }
    Project& project() const { return window->document()->project(); }
    const FrameworkNode* node(const QString& code) const { return project().framework().findByCode(code); }
    QAction* menuAction(const QString& text) const
    {
        for (QAction* action : window->findChildren<QAction*>())
            if (action->text().remove(QLatin1Char('&')).startsWith(text))
                return action;
        return nullptr;
    }
};

} // namespace

TEST_CASE("The framework editor adds objectives, criteria and indicators where the user is", "[ui][framework]")
{
    OpenWindow w;
    w.editor()->selectNode(w.node(QStringLiteral("O2"))->id);
    w.editor()->addObjective();
    // Copies: adding nodes moves them in memory.
    const FrameworkNode added = *w.project().framework().find(w.editor()->currentNode());
    CHECK(added.kind == NodeKind::Objective);
    CHECK(added.code == QStringLiteral("O3")); // O1 and O2 exist
    CHECK(w.project().framework().rowOf(added.id) == 2);

    w.editor()->addCriterion();
    const FrameworkNode criterion = *w.project().framework().find(w.editor()->currentNode());
    CHECK(criterion.kind == NodeKind::Criterion);
    CHECK(criterion.parentId == added.id);

    w.editor()->addIndicator();
    const FrameworkNode indicator = *w.project().framework().find(w.editor()->currentNode());
    CHECK(indicator.kind == NodeKind::Indicator);
    CHECK(indicator.parentId == criterion.id);
    // The new row is being named: its name's editor is open.
    QWidget* nameEditor = w.editor()->view()->indexWidget(w.editor()->model()->indexOf(indicator.id));
    REQUIRE(qobject_cast<QLineEdit*>(nameEditor));
    CHECK(qobject_cast<QLineEdit*>(nameEditor)->text() == indicator.name);

    // Three steps, undone from the Edit menu one by one.
    REQUIRE(w.window->document()->undoStack().count() == 3);
    QAction* undo = w.menuAction(QStringLiteral("Undo"));
    REQUIRE(undo);
    for (int i = 0; i < 3; ++i)
        undo->trigger();
    CHECK(w.node(QStringLiteral("O3")) == nullptr);
    CHECK(w.project().framework().size() == 6);
    QAction* redo = w.menuAction(QStringLiteral("Redo"));
    REQUIRE(redo);
    CHECK(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    redo->trigger();
    CHECK(w.node(QStringLiteral("O3")) != nullptr);
}

TEST_CASE("Removing measured work asks first — declining changes nothing", "[ui][framework]")
{
    OpenWindow w;
    QStringList questions;
    bool answer = false;
    w.editor()->setConfirmation([&](const QString& question) {
        questions.append(question);
        return answer;
    });
    const ProjectData before = w.project().data();
    w.editor()->selectNode(w.node(QStringLiteral("O1"))->id);
    w.editor()->removeCurrent();
    REQUIRE(questions.size() == 1);
    CHECK(questions[0].contains(QStringLiteral("O1")));
    CHECK(questions[0].contains(QStringLiteral("3 nodes")));
    CHECK(questions[0].contains(QStringLiteral("measurement")));
    CHECK(w.project().data().framework.nodes() == before.framework.nodes());

    answer = true;
    w.editor()->removeCurrent();
    CHECK(w.node(QStringLiteral("O1")) == nullptr);
    CHECK(w.node(QStringLiteral("I111")) == nullptr);
    w.window->document()->undoStack().undo();
    CHECK(w.project().data().measurements == before.measurements);
    CHECK(w.node(QStringLiteral("I111")) != nullptr);

    // An empty criterion goes without a question.
    questions.clear();
    FrameworkNode empty;
    empty.kind = NodeKind::Criterion;
    empty.code = QStringLiteral("C99");
    empty.name = QStringLiteral("Vide");
    empty.parentId = w.node(QStringLiteral("O2"))->id;
    w.project().addNode(empty);
    w.editor()->selectNode(w.node(QStringLiteral("C99"))->id);
    w.editor()->removeCurrent();
    CHECK(questions.isEmpty());
    CHECK(w.node(QStringLiteral("C99")) == nullptr);
}

TEST_CASE("Moving a node up and down among its siblings, and a refusal shown under the grid", "[ui][framework]")
{
    OpenWindow w;
    const EntityId i12 = w.node(QStringLiteral("I12"))->id;
    const EntityId o1 = w.node(QStringLiteral("O1"))->id;
    REQUIRE(w.project().framework().rowOf(i12) == 1);
    w.editor()->selectNode(i12);
    w.editor()->moveCurrent(-1);
    CHECK(w.project().framework().rowOf(i12) == 0);
    CHECK(w.project().framework().children(o1).first()->id == i12);
    CHECK(w.editor()->currentNode() == i12);
    w.editor()->moveCurrent(+1);
    CHECK(w.project().framework().rowOf(i12) == 1);

    // A code already taken: refused, explained in place, nothing changed.
    auto* model = w.editor()->model();
    CHECK_FALSE(model->setData(model->indexOf(i12, ui::FrameworkModel::Code), QStringLiteral("I111")));
    auto* refusal = w.editor()->findChild<QLabel*>(QStringLiteral("frameworkRefusal"));
    REQUIRE(refusal);
    CHECK(!refusal->isHidden());
    CHECK(refusal->text().contains(QStringLiteral("I111")));
    CHECK(w.node(QStringLiteral("I12")) != nullptr);
}
