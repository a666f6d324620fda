#pragma once

#include "MeasurementImportPlan.h"
#include "PreparedImport.h"
#include "ServiceImportPlan.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class QWidget;

namespace balise {
class Framework;
} // namespace balise

namespace balise::ui {

class ProjectDocument;

// Imports a CSV file into the open project from the workbench, as `balise import` does: measurements
// (long or wide; a wide file asks for its period) or the description of data services. The whole file
// is checked first; the user sees what it would change and confirms; nothing is written unless every
// cell is valid, and every problem is listed with its line and column. An import is written in one
// transaction and is one step of the undo history (commands/ImportCommands.h). In the workbench a
// large file is read and written on a worker thread behind a progress window with Cancel.
class FileImporter
{
    Q_DECLARE_TR_FUNCTIONS(FileImporter)

public:
    struct Outcome
    {
        bool ok = false;      // the file can be (or was) imported
        bool written = false; // it was written to the project
        QString message;      // what was (or would be) done, or why not
    };

    // Checks `path` without writing: the report the user is asked to confirm. `period` is the period
    // of a wide file (asked for when empty and needed: `needsPeriod` is then set).
    static Outcome check(ProjectDocument& document, const QString& path, const QString& period, bool* needsPeriod);
    // Checks, then writes.
    static Outcome import(ProjectDocument& document, const QString& path, const QString& period);

    // The whole dialogue: choose a file, ask for a wide file's period, show the check, confirm, import.
    static void run(ProjectDocument& document, QWidget* parent);

private:
    // What reading a file gave: one of the two plans, or why it cannot be imported. Reading needs
    // only the framework (a copy, so that it can run on a worker thread).
    struct ReadFile
    {
        QString name;
        QString problem; // set when the file cannot be imported as it is
        bool needsPeriod = false;
        std::optional<ServiceImportPlan> services;
        std::optional<MeasurementImportPlan> measurements;
    };
    static ReadFile read(const QString& path, const Framework& framework, const QString& period);
    // The check of a file read: the dry run's report, and for measurements the import ready to write.
    static Outcome prepare(ProjectDocument& document, const ReadFile& file, PreparedMeasurementImport* prepared);
    static QString report(const QString& name, qsizetype rows, const MeasurementImportSummary& summary);
    static Outcome write(ProjectDocument& document, const ReadFile& file, PreparedMeasurementImport prepared);
};

} // namespace balise::ui
