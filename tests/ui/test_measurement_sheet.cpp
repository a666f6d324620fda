// The measurement sheet: typing in the user's notation, missing values, pasting blocks from a
// spreadsheet, refusals that change nothing, undo, and the keys users expect.
#include "MeasurementSheet.h"
#include "MeasurementSheetModel.h"
#include "ModelTestMessages.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "UiTestProject.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace balise;
using balise::ui::MeasurementSheet;
using balise::ui::MeasurementSheetModel;
using balise::ui::ProjectDocument;

namespace {

// Rows: "<b>Covoiturage</b>" then "Vélo libre"; columns: I111 (trajets), I12 (levels aucun < partiel <
// complet), I21 (t); one period, 2024.
struct Sheet
{
    QTemporaryDir dir;
    std::unique_ptr<ProjectDocument> document;
    MeasurementSheetModel model;

    Sheet()
    {
        document =
            std::make_unique<ProjectDocument>(test::createUiTestProject(dir.filePath(QStringLiteral("sheet.balise"))));
        model.setDocument(document.get());
    }
    Project& project() const { return document->project(); }
    QUndoStack& stack() const { return document->undoStack(); }
    std::optional<Measurement> at(int row, int column) const
    {
        const auto& all = project().measurements();
        const auto found = all.constFind(model.keyAt(model.index(row, column)));
        return found == all.cend() ? std::nullopt : std::optional<Measurement>(found.value());
    }
};

// Sets the default locale for the scope, as the workbench does from the user's language.
struct LocaleScope
{
    QLocale previous;
    explicit LocaleScope(const QLocale& locale) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(previous); }
};

} // namespace

TEST_CASE("The sheet shows services by indicators with values, levels and missing cells", "[ui][sheet]")
{
    test::ModelTestMessages messages;
    Sheet s;
    QAbstractItemModelTester tester(&s.model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(s.model.rowCount() == 2);
    REQUIRE(s.model.columnCount() == 3);
    CHECK(s.model.headerData(0, Qt::Vertical).toString() == test::markupServiceName());
    CHECK(s.model.headerData(0, Qt::Horizontal).toString() == QStringLiteral("I111\ntrajets"));
    CHECK(s.model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("I12\nlevel"));
    CHECK(s.model.data(s.model.index(0, 0)).toString() == QStringLiteral("1,850"));
    CHECK(s.model.data(s.model.index(0, 1)).toString() == QStringLiteral("missing"));
    CHECK(s.model.data(s.model.index(0, 1), MeasurementSheetModel::StateRole).toString() == QStringLiteral("missing"));
    CHECK(s.model.data(s.model.index(1, 0)).toString().isEmpty());
    CHECK(s.model.data(s.model.index(1, 0), MeasurementSheetModel::StateRole).toString() == QStringLiteral("empty"));
    // The tooltip keeps the note of a missing value.
    CHECK(s.model.data(s.model.index(0, 1), Qt::ToolTipRole).toString().contains(QStringLiteral("Enquête reportée")));

    // Changes made elsewhere (here: the project directly) show at once.
    Measurement typed;
    typed.key = s.model.keyAt(s.model.index(1, 2));
    typed.value = 7.5;
    s.project().setMeasurement(typed);
    CHECK(s.model.data(s.model.index(1, 2)).toString() == QStringLiteral("7.5"));
    DataService added;
    added.name = QStringLiteral("Navette");
    s.project().addService(added);
    CHECK(s.model.rowCount() == 3);
    INFO(messages.messages().join(QLatin1Char('\n')).toStdString());
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("Typing values: French decimal commas, levels by name or number, NA, and refusals", "[ui][sheet]")
{
    Sheet s;
    const LocaleScope french(QLocale(QLocale::French, QLocale::France));
    CHECK(s.model.setData(s.model.index(1, 0), QStringLiteral("1 234,5")));
    CHECK(s.at(1, 0)->value == 1234.5);
    CHECK(s.model.data(s.model.index(1, 0)).toString().remove(QChar(0x202F)).remove(QChar(0xA0)) ==
          QStringLiteral("1234,5"));
    // A point typed by a French user is still a decimal point.
    CHECK(s.model.setData(s.model.index(1, 2), QStringLiteral("12.5")));
    CHECK(s.at(1, 2)->value == 12.5);
    CHECK(s.model.setData(s.model.index(1, 1), QStringLiteral("Partiel")));
    CHECK(s.at(1, 1)->level == 1);
    CHECK(s.model.setData(s.model.index(1, 1), QStringLiteral("3")));
    CHECK(s.at(1, 1)->level == 2);
    CHECK(s.model.setData(s.model.index(0, 0), QStringLiteral("NA")));
    CHECK(s.at(0, 0)->state == MeasurementState::Missing);
    CHECK(s.model.data(s.model.index(0, 0), MeasurementSheetModel::StateRole).toString() == QStringLiteral("missing"));

    const ProjectData before = s.project().data();
    const int steps = s.stack().count();
    CHECK_FALSE(s.model.setData(s.model.index(1, 0), QStringLiteral("douze")));
    CHECK(s.model.lastRefusal().contains(QStringLiteral("douze")));
    CHECK_FALSE(s.model.setData(s.model.index(1, 1), QStringLiteral("total")));
    CHECK(s.model.lastRefusal().contains(QStringLiteral("partiel")));
    CHECK_FALSE(s.model.setData(s.model.index(1, 0), QStringLiteral("1e300")));
    CHECK(s.project().data().measurements == before.measurements);
    CHECK(s.stack().count() == steps);

    // Clearing a cell removes the measurement; undo brings it back.
    CHECK(s.model.setData(s.model.index(1, 2), QString()));
    CHECK_FALSE(s.at(1, 2).has_value());
    s.stack().undo();
    CHECK(s.at(1, 2)->value == 12.5);
}

TEST_CASE("Pasting a block from a spreadsheet is one step, and an invalid cell refuses it all", "[ui][sheet]")
{
    Sheet s;
    const LocaleScope french(QLocale(QLocale::French, QLocale::France));
    const ProjectData before = s.project().data();
    // Two rows, three columns, Windows line ends, a decimal comma, a level, a missing marker, an empty cell.
    REQUIRE(s.model.paste(s.model.index(0, 0), QStringLiteral("2 000,5\tcomplet\t\r\n3100\tNC\t4,25\r\n")));
    CHECK(s.at(0, 0)->value == 2000.5);
    CHECK(s.at(0, 1)->level == 2);
    CHECK_FALSE(s.at(0, 2).has_value());
    CHECK(s.at(1, 0)->value == 3100);
    CHECK(s.at(1, 1)->state == MeasurementState::Missing);
    CHECK(s.at(1, 2)->value == 4.25);
    CHECK(s.stack().count() == 1);
    s.stack().undo();
    CHECK(s.project().data().measurements == before.measurements);

    // One bad cell: nothing pasted, the cell named.
    CHECK_FALSE(s.model.paste(s.model.index(0, 0), QStringLiteral("10\tpartiel\t3\n20\tbeaucoup\t4\n")));
    CHECK(s.model.lastRefusal().contains(QStringLiteral("Vélo libre")));
    CHECK(s.model.lastRefusal().contains(QStringLiteral("I12")));
    // A block wider than the sheet from the chosen cell.
    CHECK_FALSE(s.model.paste(s.model.index(0, 2), QStringLiteral("1\t2\n")));
    CHECK(s.project().data().measurements == before.measurements);
    // Only the first paste (undone) is in the history.
    CHECK(s.stack().count() == 1);
    CHECK(s.stack().index() == 0);

    // Copy gives back what paste takes.
    const QString copied = s.model.copy({s.model.index(0, 0), s.model.index(0, 1)});
    CHECK(copied == QStringLiteral("1\u202F850\tNA\n").replace(QChar(0x202F), QLocale().groupSeparator()));
}

TEST_CASE("The sheet's keys: Enter goes down, Delete clears, Ctrl+V pastes", "[ui][sheet]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("keys.balise"))));
    MeasurementSheet sheet;
    sheet.setDocument(&document);
    QTableView* view = sheet.view();
    MeasurementSheetModel* model = sheet.model();
    view->setCurrentIndex(model->index(0, 2));
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(view->currentIndex() == model->index(1, 2));

    QApplication::clipboard()->setText(QStringLiteral("42\n"));
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    CHECK(document.project().measurements().value(model->keyAt(model->index(1, 2))).value == 42.0);

    view->selectionModel()->select(model->index(1, 2), QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view, Qt::Key_Delete);
    CHECK_FALSE(document.project().measurements().contains(model->keyAt(model->index(1, 2))));
    CHECK(document.undoStack().count() == 2);
}
