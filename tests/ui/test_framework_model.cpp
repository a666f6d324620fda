// The framework grid's model: it shows the project's tree, turns edits into undoable commands, and
// follows every change row by row, including undo and redo.
#include "FrameworkModel.h"
#include "ModelTestMessages.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "UiTestProject.h"
#include "commands/FrameworkCommands.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace balise;
using balise::ui::FrameworkModel;
using balise::ui::ProjectDocument;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<ProjectDocument> document;
    FrameworkModel model;

    Fixture()
    {
        document = std::make_unique<ProjectDocument>(
            test::createUiTestProject(dir.filePath(QStringLiteral("framework.balise"))));
        model.setDocument(document.get());
    }
    Project& project() const { return document->project(); }
    QUndoStack& stack() const { return document->undoStack(); }
    QModelIndex at(const QString& code, int column = FrameworkModel::Name) const
    {
        return model.indexOf(project().framework().findByCode(code)->id, column);
    }
};

// The model's rows, depth first, as "code@depth", and the same read from the project: they must agree.
QStringList shownShape(const FrameworkModel& model, const QModelIndex& parent = {}, int depth = 0)
{
    QStringList shape;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, FrameworkModel::Code, parent);
        shape.append(QStringLiteral("%1@%2").arg(model.data(index).toString()).arg(depth));
        shape.append(shownShape(model, index.sibling(row, 0), depth + 1));
    }
    return shape;
}

QStringList projectShape(const Framework& framework, EntityId parent = NoId, int depth = 0)
{
    QStringList shape;
    for (const FrameworkNode* node : framework.children(parent)) {
        shape.append(QStringLiteral("%1@%2").arg(node->code).arg(depth));
        shape.append(projectShape(framework, node->id, depth + 1));
    }
    return shape;
}

} // namespace

TEST_CASE("The framework model passes QAbstractItemModelTester through edits, undo and redo", "[ui][framework]")
{
    test::ModelTestMessages messages;
    Fixture f;
    QAbstractItemModelTester tester(&f.model, QAbstractItemModelTester::FailureReportingMode::Warning);
    const QStringList initial = projectShape(f.project().framework());
    REQUIRE(shownShape(f.model) == initial);
    REQUIRE(initial.size() == 6); // O1, C11, I111, I12, O2, I21

    // Every kind of structural change, then all undone and redone.
    CHECK(f.model.setData(f.at(QStringLiteral("I21"), FrameworkModel::Weight), 3.0));
    FrameworkNode added;
    added.kind = NodeKind::Criterion;
    added.code = QStringLiteral("C22");
    added.name = QStringLiteral("Nouveau critère");
    added.parentId = f.project().framework().findByCode(QStringLiteral("O2"))->id;
    CHECK(f.document->execute(std::make_unique<ui::AddNodeCommand>(*f.document, added, 0)).isEmpty());
    CHECK(f.document
              ->execute(std::make_unique<ui::MoveNodeCommand>(
                  *f.document, f.project().framework().findByCode(QStringLiteral("I12"))->id,
                  f.project().framework().findByCode(QStringLiteral("C22"))->id, 0))
              .isEmpty());
    CHECK(f.document
              ->execute(std::make_unique<ui::RemoveNodeCommand>(
                  *f.document, f.project().framework().findByCode(QStringLiteral("C11"))->id))
              .isEmpty());
    CHECK(shownShape(f.model) == projectShape(f.project().framework()));
    REQUIRE(f.stack().count() == 4);
    while (f.stack().canUndo()) {
        f.stack().undo();
        CHECK(shownShape(f.model) == projectShape(f.project().framework()));
    }
    CHECK(shownShape(f.model) == initial);
    while (f.stack().canRedo()) {
        f.stack().redo();
        CHECK(shownShape(f.model) == projectShape(f.project().framework()));
    }
    CHECK(f.project().framework().findByCode(QStringLiteral("C11")) == nullptr);
    CHECK(f.project().framework().findByCode(QStringLiteral("C22"))->id ==
          f.project().framework().findByCode(QStringLiteral("I12"))->parentId);

    INFO(messages.messages().join(QLatin1Char('\n')).toStdString());
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("Editing a weight in the grid is written to the file, undone and redone", "[ui][framework]")
{
    Fixture f;
    const QModelIndex weight = f.at(QStringLiteral("I21"), FrameworkModel::Weight);
    const double before = f.project().framework().findByCode(QStringLiteral("I21"))->weight;
    // Typed in French: the decimal comma is the user's.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const bool typed = f.model.setData(weight, QStringLiteral("2,5"));
    QLocale::setDefault(previous);
    CHECK(typed);
    CHECK(f.project().framework().findByCode(QStringLiteral("I21"))->weight == 2.5);
    {
        auto reader = Project::open(f.project().filePath(), ProjectFile::Access::ReadOnly);
        CHECK(reader->framework().findByCode(QStringLiteral("I21"))->weight == 2.5);
    }
    // A second edit of the same weight merges: one undo step goes back to the start.
    CHECK(f.model.setData(weight, 4.0));
    CHECK(f.stack().count() == 1);
    f.stack().undo();
    CHECK(f.project().framework().findByCode(QStringLiteral("I21"))->weight == before);
    CHECK(f.model.data(weight).toString() == QLocale().toString(before));
    f.stack().redo();
    CHECK(f.project().framework().findByCode(QStringLiteral("I21"))->weight == 4.0);

    // Editing another attribute is a step of its own.
    CHECK(f.model.setData(f.at(QStringLiteral("I21"), FrameworkModel::Unit), QStringLiteral("kWh")));
    CHECK(f.stack().count() == 2);
}

TEST_CASE("A refused edit changes nothing, says why, and leaves no undo step", "[ui][framework]")
{
    Fixture f;
    const ProjectData before = f.project().data();
    QStringList refusals;
    QObject::connect(f.document.get(), &ProjectDocument::editRefused,
                     [&](const QString& message) { refusals.append(message); });

    CHECK_FALSE(f.model.setData(f.at(QStringLiteral("I21"), FrameworkModel::Weight), QStringLiteral("beaucoup")));
    CHECK_FALSE(f.model.setData(f.at(QStringLiteral("I21"), FrameworkModel::Weight), -2.0));
    CHECK_FALSE(f.model.setData(f.at(QStringLiteral("I21"), FrameworkModel::Code), QStringLiteral("O1")));
    CHECK_FALSE(f.model.setData(f.at(QStringLiteral("I21"), FrameworkModel::Baseline), QStringLiteral("1,2,3")));
    // Indicator attributes are not editable on an objective; the share is computed.
    CHECK_FALSE(f.model.setData(f.at(QStringLiteral("O1"), FrameworkModel::Unit), QStringLiteral("kWh")));
    CHECK_FALSE(f.model.setData(f.at(QStringLiteral("O1"), FrameworkModel::Share), 0.5));

    CHECK(refusals.size() == 4);
    CHECK(refusals.value(2).contains(QStringLiteral("O1")));
    CHECK_FALSE(f.model.lastRefusal().isEmpty());
    CHECK(f.stack().count() == 0);
    CHECK(f.project().data().framework.nodes() == before.framework.nodes());
}

TEST_CASE("Removing an indicator with measurements is undone with its measurements", "[ui][framework]")
{
    Fixture f;
    const EntityId i111 = f.project().framework().findByCode(QStringLiteral("I111"))->id;
    const auto measurements = f.project().measurements();
    REQUIRE(std::any_of(measurements.cbegin(), measurements.cend(),
                        [i111](const Measurement& m) { return m.key.indicatorId == i111; }));
    REQUIRE(f.document->execute(std::make_unique<ui::RemoveNodeCommand>(*f.document, i111)).isEmpty());
    CHECK(f.project().measurements().size() < measurements.size());
    f.stack().undo();
    CHECK(f.project().measurements() == measurements);
    CHECK(f.model.indexOf(i111).isValid());
}

TEST_CASE("Dragging a node onto another parent moves it — an indicator takes no children", "[ui][framework]")
{
    Fixture f;
    const QModelIndex i12 = f.at(QStringLiteral("I12"));
    std::unique_ptr<QMimeData> dragged(f.model.mimeData({i12}));
    REQUIRE(dragged);
    const QModelIndex o2 = f.at(QStringLiteral("O2"));
    const QModelIndex i21 = f.at(QStringLiteral("I21"));
    const QModelIndex i111 = f.at(QStringLiteral("I111"));
    CHECK_FALSE(f.model.canDropMimeData(dragged.get(), Qt::MoveAction, -1, 0, i21));
    const QModelIndex o1 = f.at(QStringLiteral("O1"));
    std::unique_ptr<QMimeData> parentDragged(f.model.mimeData({o1}));
    CHECK_FALSE(f.model.canDropMimeData(parentDragged.get(), Qt::MoveAction, -1, 0, f.at(QStringLiteral("C11"))));
    (void)i111;

    REQUIRE(f.model.canDropMimeData(dragged.get(), Qt::MoveAction, 0, 0, o2));
    f.model.dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, o2);
    const FrameworkNode* moved = f.project().framework().findByCode(QStringLiteral("I12"));
    CHECK(moved->parentId == f.project().framework().findByCode(QStringLiteral("O2"))->id);
    CHECK(f.project().framework().rowOf(moved->id) == 0);
    CHECK(shownShape(f.model) == projectShape(f.project().framework()));
    f.stack().undo();
    CHECK(f.project().framework().findByCode(QStringLiteral("I12"))->parentId ==
          f.project().framework().findByCode(QStringLiteral("O1"))->id);
    CHECK(shownShape(f.model) == projectShape(f.project().framework()));
}

TEST_CASE("A read-only project shows its framework but offers no edit", "[ui][framework]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.balise"));
    test::createUiTestProject(path).reset();
    ProjectDocument document(Project::open(path, ProjectFile::Access::ReadOnly));
    FrameworkModel model;
    model.setDocument(&document);
    const QModelIndex first = model.index(0, FrameworkModel::Weight);
    REQUIRE(first.isValid());
    CHECK_FALSE(model.flags(first) & Qt::ItemIsEditable);
    CHECK_FALSE(model.flags(first) & Qt::ItemIsDragEnabled);
    CHECK_FALSE(model.setData(first, 9.0));
}
