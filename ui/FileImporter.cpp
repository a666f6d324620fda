#include "FileImporter.h"

#include "ChangeRefused.h"
#include "CsvReader.h"
#include "MeasurementCsvReader.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "ServiceCsvReader.h"
#include "StorageError.h"
#include "commands/ImportCommands.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>

namespace balise::ui {

FileImporter::Outcome FileImporter::apply(ProjectDocument& document, const QString& path, const QString& period,
                                          bool dryRun, bool* needsPeriod)
{
    if (needsPeriod)
        *needsPeriod = false;
    Project& project = document.project();
    const QString name = QFileInfo(path).fileName();
    const CsvDocument csv = CsvReader().readFile(path);
    if (!csv.ok())
        return {false, false, tr("%1 cannot be read:\n%2").arg(name, ImportError::formatAll(csv.errors))};
    try {
        if (ServiceCsvReader::isServiceFile(csv)) {
            const ServiceImportPlan plan = ServiceCsvReader::read(csv);
            if (!plan.ok())
                return {
                    false, false,
                    tr("%1 has problems; nothing was imported:\n%2").arg(name, ImportError::formatAll(plan.errors))};
            ServiceImportSummary summary;
            if (dryRun) {
                summary = project.importServices(plan, true);
            } else {
                auto command = std::make_unique<ImportServicesCommand>(document, plan, name);
                ImportServicesCommand* written = command.get();
                if (const QString error = document.execute(std::move(command)); !error.isEmpty())
                    return {false, false, tr("%1 was not imported: %2 Nothing was changed.").arg(name, error)};
                summary = written->summary(); // the command now belongs to the undo stack
            }
            return {true, !dryRun,
                    tr("%1: data services. Created: %2. Updated: %3. Unchanged: %4.")
                        .arg(name)
                        .arg(summary.created.size())
                        .arg(summary.updated.size())
                        .arg(summary.unchanged)};
        }
        const MeasurementImportPlan plan = MeasurementCsvReader::read(csv, project.framework(), period);
        if (!plan.ok()) {
            if (needsPeriod && period.isEmpty() && plan.layout == MeasurementFileLayout::Wide)
                *needsPeriod = true;
            return {false, false,
                    tr("%1 has problems; nothing was imported:\n%2").arg(name, ImportError::formatAll(plan.errors))};
        }
        MeasurementImportSummary summary;
        if (dryRun) {
            summary = project.importMeasurements(plan.rows, true);
        } else {
            auto command = std::make_unique<ImportMeasurementsCommand>(document, plan.rows, name);
            ImportMeasurementsCommand* written = command.get();
            if (const QString error = document.execute(std::move(command)); !error.isEmpty())
                return {false, false, tr("%1 was not imported: %2 Nothing was changed.").arg(name, error)};
            summary = written->summary(); // the command now belongs to the undo stack
        }
        QString report = tr("%1: %n measurement row(s).", nullptr, static_cast<int>(plan.rows.size())).arg(name);
        report += QLatin1Char('\n') + tr("Measurements: %1 added, %2 replaced, %3 unchanged, %4 missing.")
                                          .arg(summary.measurementsAdded)
                                          .arg(summary.measurementsReplaced)
                                          .arg(summary.measurementsUnchanged)
                                          .arg(summary.missingCells);
        if (!summary.servicesCreated.isEmpty())
            report +=
                QLatin1Char('\n') + tr("New services: %1.").arg(summary.servicesCreated.join(QStringLiteral(", ")));
        if (!summary.periodsCreated.isEmpty())
            report += QLatin1Char('\n') + tr("New periods: %1.").arg(summary.periodsCreated.join(QStringLiteral(", ")));
        return {true, !dryRun, report};
    } catch (const ChangeRefused& refused) {
        return {false, false, tr("%1 was not imported: %2 Nothing was changed.").arg(name, refused.message())};
    } catch (const StorageError& error) {
        return {false, false, tr("%1 was not imported: %2 Nothing was changed.").arg(name, error.message())};
    }
}

FileImporter::Outcome FileImporter::check(ProjectDocument& document, const QString& path, const QString& period,
                                          bool* needsPeriod)
{
    return apply(document, path, period, true, needsPeriod);
}

FileImporter::Outcome FileImporter::import(ProjectDocument& document, const QString& path, const QString& period)
{
    return apply(document, path, period, false, nullptr);
}

void FileImporter::run(ProjectDocument& document, QWidget* parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import measurements or data services"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString period;
    bool needsPeriod = false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Outcome checked = check(document, path, period, &needsPeriod);
    QApplication::restoreOverrideCursor();
    if (needsPeriod) {
        bool ok = false;
        period = QInputDialog::getText(parent, tr("Period of the file"),
                                       tr("This file has one column per indicator: which period are its values "
                                          "for (for example 2025)?"),
                                       QLineEdit::Normal, QString(), &ok);
        if (!ok || period.trimmed().isEmpty())
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        checked = check(document, path, period, nullptr);
        QApplication::restoreOverrideCursor();
    }
    auto tell = [parent](QMessageBox::Icon icon, const QString& text, QMessageBox::StandardButtons buttons) {
        QMessageBox box(icon, tr("Import"), text, buttons, parent);
        box.setTextFormat(Qt::PlainText);
        return box.exec();
    };
    if (!checked.ok) {
        tell(QMessageBox::Warning, checked.message, QMessageBox::Ok);
        return;
    }
    if (tell(QMessageBox::Question,
             checked.message + QStringLiteral("\n\n") +
                 tr("Import it? It is written in one step (a failure leaves the project as it was) and can be "
                    "undone with Ctrl+Z."),
             QMessageBox::Yes | QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Outcome done = import(document, path, period);
    QApplication::restoreOverrideCursor();
    tell(done.written ? QMessageBox::Information : QMessageBox::Warning, done.message, QMessageBox::Ok);
}

} // namespace balise::ui
