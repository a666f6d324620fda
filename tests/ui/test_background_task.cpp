// Long work off the GUI thread: the progress window, Cancel, and a large import written by a worker
// thread while the project stays untouched until it is complete.
#include "BackgroundTask.h"
#include "MeasurementCsvReader.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "StorageError.h"
#include "UiTestProject.h"
#include "commands/ImportCommands.h"

#include <QApplication>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QUndoStack>
#include <QWidget>
#include <atomic>
#include <catch2/catch.hpp>

using namespace balise;
using balise::ui::BackgroundTask;

TEST_CASE("Background work runs on another thread behind a progress window, and can be cancelled", "[ui][background]")
{
    QWidget window;
    window.show();
    const QThread* gui = QThread::currentThread();
    std::atomic<bool> onWorker = false;
    std::atomic<int> steps = 0;
    REQUIRE(BackgroundTask::run(&window, QStringLiteral("Work"), [&](const BackgroundTask::Control& control) {
        onWorker = QThread::currentThread() != gui;
        for (int i = 1; i <= 5; ++i) {
            control.progress(i / 5.0);
            QThread::msleep(30);
            ++steps;
        }
    }));
    CHECK(onWorker);
    CHECK(steps == 5);

    // Cancel from the window: the work sees it and stops; run() says so.
    QTimer::singleShot(150, &window, [] {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* progress = qobject_cast<QProgressDialog*>(widget); progress && progress->isVisible())
                Q_EMIT progress->canceled();
    });
    std::atomic<bool> stopped = false;
    CHECK_FALSE(BackgroundTask::run(&window, QStringLiteral("Long work"), [&](const BackgroundTask::Control& control) {
        for (int i = 0; i < 500 && !control.cancelled(); ++i)
            QThread::msleep(10);
        stopped = control.cancelled();
    }));
    CHECK(stopped);

    // The label, which names the file being read, shows as typed.
    const QString label = QStringLiteral("Reading <b>mesures</b>.csv…");
    QString shown;
    Qt::TextFormat format = Qt::AutoText;
    QTimer::singleShot(100, &window, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* progress = qobject_cast<QProgressDialog*>(widget); progress && progress->isVisible())
                if (const auto* text = progress->findChild<QLabel*>()) {
                    shown = text->text();
                    format = text->textFormat();
                }
    });
    REQUIRE(BackgroundTask::run(&window, label, [](const BackgroundTask::Control&) { QThread::msleep(400); }));
    CHECK(shown == label);
    CHECK(format == Qt::PlainText);

    // What the work throws reaches the caller.
    CHECK_THROWS_AS(
        BackgroundTask::run(&window, QStringLiteral("Failing"),
                            [](const BackgroundTask::Control&) { throw StorageError(QStringLiteral("disk full")); }),
        StorageError);
}

TEST_CASE("An import written by a worker thread reaches the project only when complete", "[ui][background][import]")
{
    QTemporaryDir dir;
    ui::ProjectDocument document(test::createSampleProject(dir.filePath(QStringLiteral("worker.balise"))));
    Project& project = document.project();
    // A new year for every service and indicator of the sample.
    QByteArray csv = "service,indicator,period,value\n";
    for (const DataService& service : project.services())
        for (const FrameworkNode* node : project.framework().depthFirst())
            if (node->isIndicator() && node->indicator.kind == IndicatorKind::Quantitative)
                csv += service.name.toUtf8() + ',' + node->code.toUtf8() + ",2027,42\n";
    const MeasurementImportPlan plan = MeasurementCsvReader::readBytes(csv, project.framework());
    REQUIRE(plan.ok());
    const ProjectData before = project.data();

    // Cancelled half-way: rolled back, nothing changed on disk or in memory.
    PreparedMeasurementImport cancelled = project.prepareMeasurementImport(plan.rows);
    int calls = 0;
    CHECK_THROWS_AS(project.writeMeasurementImport(cancelled, {}, [&] { return ++calls > 1; }), StorageError);
    CHECK_FALSE(cancelled.written);
    CHECK(project.data().measurements == before.measurements);
    CHECK(Project::open(project.filePath(), ProjectFile::Access::ReadOnly)->data().periods == before.periods);

    // Written by another thread: memory is untouched until the command finishes it.
    PreparedMeasurementImport prepared = project.prepareMeasurementImport(plan.rows);
    QWidget window;
    double lastShare = 0.0;
    REQUIRE(BackgroundTask::run(&window, QStringLiteral("Writing"), [&](const BackgroundTask::Control&) {
        project.writeMeasurementImport(prepared, [&](double share) { lastShare = share; }, {});
    }));
    CHECK(prepared.written);
    CHECK(lastShare == Approx(1.0));
    CHECK(project.data().measurements == before.measurements);
    CHECK_FALSE(project.data().findPeriodByLabel(QStringLiteral("2027")));
    REQUIRE(document
                .execute(std::make_unique<ui::ImportMeasurementsCommand>(document, std::move(prepared),
                                                                         QStringLiteral("2027.csv")))
                .isEmpty());
    REQUIRE(project.data().findPeriodByLabel(QStringLiteral("2027")));
    CHECK(project.measurements().size() == before.measurements.size() + plan.rows.size());
    document.undoStack().undo();
    CHECK(project.data().measurements == before.measurements);
    CHECK(project.data().periods == before.periods);
}
