// Copy, cut and paste in the framework grid: a subtree goes through the clipboard as tab-separated
// framework lines, lands under the selected node with fresh codes, and each paste is one undo step.
#include "FrameworkEditor.h"
#include "MainWindow.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "UiTestProject.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace balise;
using balise::ui::FrameworkEditor;
using Kind = balise::ui::ProjectItemRef::Kind;

namespace {

struct Grid
{
    QTemporaryDir dir;
    std::unique_ptr<ui::MainWindow> window;

    Grid()
    {
        const QString path = dir.filePath(QStringLiteral("clipboard.balise"));
        test::createUiTestProject(path);
        ui::MainWindowOptions options;
        options.rememberState = false;
        window = std::make_unique<ui::MainWindow>(options);
        REQUIRE(window->openProject(path));
        REQUIRE(window->selectItem({Kind::FrameworkSection, NoId}));
    }
    FrameworkEditor* editor() const { return window->frameworkEditor(); }
    Project& project() const { return window->document()->project(); }
    const FrameworkNode* node(const char* code) const
    {
        return project().framework().findByCode(QString::fromLatin1(code));
    }
    QString refusal() const
    {
        const auto* line = editor()->findChild<QLabel*>(QStringLiteral("frameworkRefusal"));
        return line && !line->isHidden() ? line->text() : QString();
    }
};

} // namespace

TEST_CASE("A copied objective pastes back with its subtree under new codes, undone in one step", "[ui][framework]")
{
    Grid g;
    const size_t before = g.project().framework().nodes().size();
    g.editor()->selectNode(g.node("O1")->id);
    g.editor()->copyCurrent();
    // The clipboard holds the subtree as lines a spreadsheet reads: header, then O1, C11, I111, I12.
    const QString text = QGuiApplication::clipboard()->text();
    CHECK(text.startsWith(QStringLiteral("level\tcode\tname\tparent")));
    CHECK(text.contains(QStringLiteral("objective\tO1\t")));
    CHECK(text.count(QLatin1Char('\n')) == 5);

    REQUIRE(g.editor()->paste());
    CHECK(g.project().framework().nodes().size() == before + 4);
    const FrameworkNode* copy = g.node("O1-2");
    REQUIRE(copy);
    CHECK(copy->name == g.node("O1")->name);
    CHECK(copy->parentId == NoId);
    // The qualitative indicator keeps its levels; codes inside the copy were renamed together.
    const FrameworkNode* i12 = g.node("I12-2");
    REQUIRE(i12);
    CHECK(i12->parentId == copy->id);
    CHECK(i12->indicator.levels.size() == g.node("I12")->indicator.levels.size());
    CHECK(g.node("I111-2")->parentId == g.node("C11-2")->id);
    CHECK(g.editor()->currentNode() == copy->id);
    CHECK(g.refusal().contains(QStringLiteral("suffix")));
    // No measurement comes with a copy.
    for (const Measurement& m : g.project().measurements())
        CHECK(m.key.indicatorId != g.node("I111-2")->id);

    QUndoStack& history = g.window->document()->undoStack();
    history.undo();
    CHECK(g.project().framework().nodes().size() == before);
    CHECK_FALSE(g.node("O1-2"));
    history.redo();
    CHECK(g.project().framework().nodes().size() == before + 4);
    REQUIRE(g.node("O1-2"));
    CHECK(g.node("I12-2")->parentId == g.node("O1-2")->id);
}

TEST_CASE("An indicator pastes beside the selected one, and lines from a spreadsheet paste too", "[ui][framework]")
{
    Grid g;
    g.editor()->selectNode(g.node("I21")->id);
    g.editor()->copyCurrent();
    g.editor()->selectNode(g.node("I111")->id);
    REQUIRE(g.editor()->paste());
    REQUIRE(g.node("I21-2"));
    CHECK(g.node("I21-2")->parentId == g.node("C11")->id);
    CHECK(g.node("I21-2")->indicator == g.node("I21")->indicator);

    // A spreadsheet's block with French decimals, pasted as plain text under the selected objective.
    QGuiApplication::clipboard()->setText(QStringLiteral("niveau\tcode\tname\tweight\tunit\n"
                                                         "criterion\tC3\tAccès\t2,5\t\n"
                                                         "indicator\tI31\tFoyers sans smartphone servis\t1\t%\n")
                                              .replace(QStringLiteral("niveau"), QStringLiteral("level")));
    // The indicator names no parent: it is a second top of the block and goes beside the criterion.
    g.editor()->selectNode(g.node("O2")->id);
    REQUIRE(g.editor()->paste());
    REQUIRE(g.node("C3"));
    CHECK(g.node("C3")->parentId == g.node("O2")->id);
    CHECK(g.node("C3")->weight == 2.5);
    CHECK(g.node("I31")->parentId == g.node("O2")->id);
    CHECK(g.node("I31")->indicator.unit == QStringLiteral("%"));
    CHECK(g.refusal().isEmpty());
}

TEST_CASE("Pasting text that is not framework lines says why and changes nothing", "[ui][framework]")
{
    Grid g;
    const auto before = g.project().framework().nodes();
    g.editor()->selectNode(g.node("O1")->id);
    QGuiApplication::clipboard()->setText(QStringLiteral("just some words"));
    CHECK_FALSE(g.editor()->paste());
    CHECK(g.refusal().contains(QStringLiteral("level")));
    QGuiApplication::clipboard()->setText(QString());
    CHECK_FALSE(g.editor()->paste());
    CHECK_FALSE(g.refusal().isEmpty());
    // A criterion with nothing selected has no objective to go into.
    QGuiApplication::clipboard()->setText(QStringLiteral("level\tcode\tname\ncriterion\tC9\tSeul\n"));
    g.editor()->selectNode(NoId);
    CHECK_FALSE(g.editor()->paste());
    CHECK(g.refusal().contains(QStringLiteral("C9")));
    CHECK(g.project().framework().nodes() == before);
    CHECK(g.window->document()->undoStack().count() == 0);
}

TEST_CASE("Cut removes the subtree after copying it, and paste puts it back elsewhere", "[ui][framework]")
{
    Grid g;
    g.editor()->setConfirmation([](const QString&) { return true; }); // its measurements go with it
    g.editor()->selectNode(g.node("C11")->id);
    g.editor()->cutCurrent();
    CHECK_FALSE(g.node("C11"));
    CHECK_FALSE(g.node("I111"));
    g.editor()->selectNode(g.node("O2")->id);
    REQUIRE(g.editor()->paste());
    REQUIRE(g.node("C11"));
    CHECK(g.node("C11")->parentId == g.node("O2")->id);
    CHECK(g.node("I111")->parentId == g.node("C11")->id);
}
