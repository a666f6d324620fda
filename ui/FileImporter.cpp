#include "FileImporter.h"

#include "BackgroundTask.h"
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
namespace {

// Files below this size are read and written at once: a progress window would only flash.
constexpr qint64 backgroundFrom = 2 * 1024 * 1024;

QString notImported(const QString& name, const QString& reason)
{
    return FileImporter::tr("%1 was not imported: %2 Nothing was changed.").arg(name, reason);
}

} // namespace

FileImporter::ReadFile FileImporter::read(const QString& path, const Framework& framework, const QString& period)
{
    ReadFile file;
    file.name = QFileInfo(path).fileName();
    const CsvDocument csv = CsvReader().readFile(path);
    if (!csv.ok()) {
        file.problem = tr("%1 cannot be read:\n%2").arg(file.name, ImportError::formatAll(csv.errors));
        return file;
    }
    if (ServiceCsvReader::isServiceFile(csv)) {
        file.services = ServiceCsvReader::read(csv);
        if (!file.services->ok())
            file.problem = tr("%1 has problems; nothing was imported:\n%2")
                               .arg(file.name, ImportError::formatAll(file.services->errors));
        return file;
    }
    file.measurements = MeasurementCsvReader::read(csv, framework, period);
    if (!file.measurements->ok()) {
        file.needsPeriod = period.isEmpty() && file.measurements->layout == MeasurementFileLayout::Wide;
        file.problem = tr("%1 has problems; nothing was imported:\n%2")
                           .arg(file.name, ImportError::formatAll(file.measurements->errors));
    }
    return file;
}

QString FileImporter::report(const QString& name, qsizetype rows, const MeasurementImportSummary& summary)
{
    QString text = tr("%1: %n measurement row(s).", nullptr, static_cast<int>(rows)).arg(name);
    text += QLatin1Char('\n') + tr("Measurements: %1 added, %2 replaced, %3 unchanged, %4 missing.")
                                    .arg(summary.measurementsAdded)
                                    .arg(summary.measurementsReplaced)
                                    .arg(summary.measurementsUnchanged)
                                    .arg(summary.missingCells);
    if (!summary.servicesCreated.isEmpty())
        text += QLatin1Char('\n') + tr("New services: %1.").arg(summary.servicesCreated.join(QStringLiteral(", ")));
    if (!summary.periodsCreated.isEmpty())
        text += QLatin1Char('\n') + tr("New periods: %1.").arg(summary.periodsCreated.join(QStringLiteral(", ")));
    return text;
}

FileImporter::Outcome FileImporter::prepare(ProjectDocument& document, const ReadFile& file,
                                            PreparedMeasurementImport* prepared)
{
    if (!file.problem.isEmpty())
        return {false, false, file.problem};
    try {
        if (file.services) {
            const ServiceImportSummary summary = document.project().importServices(*file.services, true);
            return {true, false,
                    tr("%1: data services. Created: %2. Updated: %3. Unchanged: %4.")
                        .arg(file.name)
                        .arg(summary.created.size())
                        .arg(summary.updated.size())
                        .arg(summary.unchanged)};
        }
        PreparedMeasurementImport checked = document.project().prepareMeasurementImport(file.measurements->rows);
        const QString text = report(file.name, file.measurements->rows.size(), checked.summary);
        if (prepared)
            *prepared = std::move(checked);
        return {true, false, text};
    } catch (const ChangeRefused& refused) {
        return {false, false, notImported(file.name, refused.message())};
    } catch (const StorageError& error) {
        return {false, false, notImported(file.name, error.message())};
    }
}

FileImporter::Outcome FileImporter::write(ProjectDocument& document, const ReadFile& file,
                                          PreparedMeasurementImport prepared)
{
    QString error;
    if (file.services) {
        auto command = std::make_unique<ImportServicesCommand>(document, *file.services, file.name);
        ImportServicesCommand* written = command.get();
        error = document.execute(std::move(command));
        if (error.isEmpty()) {
            const ServiceImportSummary& summary = written->summary(); // the command belongs to the stack now
            return {true, true,
                    tr("%1: data services. Created: %2. Updated: %3. Unchanged: %4.")
                        .arg(file.name)
                        .arg(summary.created.size())
                        .arg(summary.updated.size())
                        .arg(summary.unchanged)};
        }
    } else {
        const qsizetype rows = file.measurements->rows.size();
        auto command = std::make_unique<ImportMeasurementsCommand>(document, std::move(prepared), file.name);
        ImportMeasurementsCommand* written = command.get();
        error = document.execute(std::move(command));
        if (error.isEmpty())
            return {true, true, report(file.name, rows, written->summary())};
    }
    return {false, false, notImported(file.name, error)};
}

FileImporter::Outcome FileImporter::check(ProjectDocument& document, const QString& path, const QString& period,
                                          bool* needsPeriod)
{
    const ReadFile file = read(path, document.project().framework(), period);
    if (needsPeriod)
        *needsPeriod = file.needsPeriod;
    return prepare(document, file, nullptr);
}

FileImporter::Outcome FileImporter::import(ProjectDocument& document, const QString& path, const QString& period)
{
    const ReadFile file = read(path, document.project().framework(), period);
    PreparedMeasurementImport prepared;
    const Outcome checked = prepare(document, file, &prepared);
    if (!checked.ok)
        return checked;
    if (file.measurements) {
        try {
            document.project().writeMeasurementImport(prepared, {}, {});
        } catch (const StorageError& error) {
            return {false, false, notImported(file.name, error.message())};
        } catch (const ChangeRefused& refused) {
            return {false, false, notImported(file.name, refused.message())};
        }
    }
    return write(document, file, std::move(prepared));
}

void FileImporter::run(ProjectDocument& document, QWidget* parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import measurements or data services"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    auto tell = [parent](QMessageBox::Icon icon, const QString& text, QMessageBox::StandardButtons buttons) {
        QMessageBox box(icon, tr("Import"), text, buttons, parent);
        box.setTextFormat(Qt::PlainText);
        return box.exec();
    };
    const bool large = QFileInfo(path).size() >= backgroundFrom;
    const QString name = QFileInfo(path).fileName();
    // Reading needs the framework only: a copy goes to the worker.
    auto readInBackground = [&](const QString& period, ReadFile& file) {
        const Framework framework = document.project().framework();
        if (!large) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            file = read(path, framework, period);
            QApplication::restoreOverrideCursor();
            return true;
        }
        return BackgroundTask::run(parent, tr("Reading %1…").arg(name),
                                   [&](const BackgroundTask::Control&) { file = read(path, framework, period); });
    };

    ReadFile file;
    if (!readInBackground(QString(), file))
        return;
    QString period;
    if (file.needsPeriod) {
        bool ok = false;
        period = QInputDialog::getText(parent, tr("Period of the file"),
                                       tr("This file has one column per indicator: which period are its values "
                                          "for (for example 2025)?"),
                                       QLineEdit::Normal, QString(), &ok);
        if (!ok || period.trimmed().isEmpty() || !readInBackground(period, file))
            return;
    }
    PreparedMeasurementImport prepared;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Outcome checked = prepare(document, file, &prepared);
    QApplication::restoreOverrideCursor();
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

    if (file.measurements) {
        Project& project = document.project();
        try {
            // While it writes, the progress window keeps every other edit out.
            const bool completed = large ? BackgroundTask::run(parent, tr("Writing %1…").arg(name),
                                                               [&](const BackgroundTask::Control& control) {
                                                                   project.writeMeasurementImport(
                                                                       prepared, control.progress, control.cancelled);
                                                               })
                                         : (project.writeMeasurementImport(prepared, {}, {}), true);
            if (!completed || !prepared.written) {
                tell(QMessageBox::Information, tr("The import was cancelled; nothing was written."), QMessageBox::Ok);
                return;
            }
        } catch (const StorageError& error) {
            // A cancelled write throws too: the project is as it was either way.
            tell(QMessageBox::Warning, notImported(name, error.message()), QMessageBox::Ok);
            return;
        }
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Outcome done = write(document, file, std::move(prepared));
    QApplication::restoreOverrideCursor();
    tell(done.written ? QMessageBox::Information : QMessageBox::Warning, done.message, QMessageBox::Ok);
}

} // namespace balise::ui
