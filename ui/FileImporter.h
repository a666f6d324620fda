#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace balise::ui {

class ProjectDocument;

// Imports a CSV file into the open project from the workbench, as `balise import` does: measurements
// (long or wide; a wide file asks for its period) or the description of data services. The whole file
// is checked first; the user sees what it would change and confirms; nothing is written unless every
// cell is valid, and every problem is listed with its line and column. An import is written in one
// transaction and is one step of the undo history (commands/ImportCommands.h).
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
    static Outcome apply(ProjectDocument& document, const QString& path, const QString& period, bool dryRun,
                         bool* needsPeriod);
};

} // namespace balise::ui
