// Scores follow edits: a weight edited in the framework grid changes the comparison at once, and undo
// brings the old scores back.
#include "ChartMenu.h"
#include "ComparisonView.h"
#include "FrameworkModel.h"
#include "ModelTestMessages.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "ProjectEvaluation.h"
#include "ScoreTableModel.h"
#include "UiTestProject.h"

#include "QCustomPlotHeader.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QTreeView>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <cmath>

using namespace balise;
using balise::ui::FrameworkModel;
using balise::ui::ProjectDocument;
using balise::ui::ScoreTableModel;

namespace {

// The score of a service at a node, as the comparison shows it (column 1 + service).
double shownScore(const ScoreTableModel&, const QModelIndex& row, int service)
{
    return row.sibling(row.row(), 1 + service).data(ScoreTableModel::ScoreRole).toDouble();
}

// The row of the objective `code` under the overall score.
QModelIndex objectiveRow(const ScoreTableModel& model, const QString& code)
{
    const QModelIndex overall = model.index(0, 0);
    for (int r = 0; r < model.rowCount(overall); ++r)
        if (model.index(r, 0, overall).data().toString().startsWith(code + QLatin1Char(' ')))
            return model.index(r, 0, overall);
    return {};
}

} // namespace

TEST_CASE("Editing a weight changes the compared scores at once, and undo restores them", "[ui][results]")
{
    test::ModelTestMessages messages;
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("live.balise"))));
    // Values so that both objectives are scored for the first service: I21 gets one.
    Measurement co2;
    const Project& project = document.project();
    co2.key = {project.services().constFirst().id, project.framework().findByCode(QStringLiteral("I21"))->id,
               project.periods().constFirst().id};
    co2.value = 80.0;
    document.project().setMeasurement(co2);
    // I21 has no target: it is scored by min-max across services, so the second one needs a value too.
    Measurement other = co2;
    other.key.serviceId = project.services().constLast().id;
    other.value = 20.0;
    document.project().setMeasurement(other);

    ScoreTableModel scores;
    QAbstractItemModelTester tester(&scores, QAbstractItemModelTester::FailureReportingMode::Warning);
    scores.setEvaluation(&document.evaluation());
    FrameworkModel framework;
    framework.setDocument(&document);
    REQUIRE(scores.rowCount() == 1);
    REQUIRE(scores.columnCount() == 1 + 2);
    const QModelIndex overall = scores.index(0, 0);
    const double before = shownScore(scores, overall, 0);
    REQUIRE(!std::isnan(before));
    REQUIRE(objectiveRow(scores, QStringLiteral("O2")).isValid());

    // Weigh the climate objective (O2) ten times more: the overall score moves towards its score.
    const QModelIndex o2Weight =
        framework.indexOf(project.framework().findByCode(QStringLiteral("O2"))->id, FrameworkModel::Weight);
    REQUIRE(framework.setData(o2Weight, 10.0));
    QCoreApplication::processEvents();
    const double o2Score = shownScore(scores, objectiveRow(scores, QStringLiteral("O2")), 0);
    const double after = shownScore(scores, overall, 0);
    CHECK(after != before);
    CHECK(std::abs(after - o2Score) < std::abs(before - o2Score));

    document.undoStack().undo();
    QCoreApplication::processEvents();
    CHECK(shownScore(scores, overall, 0) == before);

    // A value typed elsewhere reaches the table too.
    co2.value = 10.0;
    document.project().setMeasurement(co2);
    QCoreApplication::processEvents();
    CHECK(shownScore(scores, objectiveRow(scores, QStringLiteral("O2")), 0) != o2Score);
    CHECK(document.evaluation().lastRefresh() == ProjectEvaluation::Refresh::Cells);

    // A new service adds a column.
    DataService added;
    added.name = QStringLiteral("Navette");
    document.project().addService(added);
    QCoreApplication::processEvents();
    CHECK(scores.columnCount() == 1 + 3);
    INFO(messages.messages().join(QLatin1Char('\n')).toStdString());
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("The comparison view draws one bar series per service, and saves it as PNG, PDF and SVG", "[ui][results]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("bars.balise"))));
    ui::ComparisonView view;
    view.setEvaluation(&document.evaluation());
    CHECK(view.chart()->plottableCount() == 2);
    CHECK(view.table()->model()->rowCount() == 1);
    view.resize(900, 600);
    for (const char* suffix : {"png", "pdf", "svg"}) {
        const QString path = dir.filePath(QStringLiteral("chart.") + QLatin1String(suffix));
        INFO(suffix);
        REQUIRE(ui::ChartMenu::save(view.chart(), path));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(512);
        CHECK(file.size() > 1000);
        if (QLatin1String(suffix) == QLatin1String("png"))
            CHECK(head.startsWith("\x89PNG"));
        else if (QLatin1String(suffix) == QLatin1String("pdf"))
            CHECK(head.startsWith("%PDF"));
        else
            CHECK(head.contains("<svg"));
    }
}
