#pragma once

#include <QObject>
#include <QString>
#include <exception>
#include <memory>

class QUndoStack;

namespace balise {
class Project;
class ProjectEvaluation;
} // namespace balise

namespace balise::ui {

class ProjectCommand;

// A project open in the workbench: owns the balise::Project (its data and open file) and the undo
// stack of the user's edits on it. The main window holds at most one.
//
// Every edit made in the workbench is a ProjectCommand executed here (Qt 6 puts QUndoStack in QtGui,
// which is why it lives in ui/ and not beside the Project in core). The project writes each change to
// the file as it happens: undo is a further change, and the history ends with the document.
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(std::unique_ptr<Project> project, QObject* parent = nullptr);
    ~ProjectDocument() override;

    // Opens `path` read-write, or read-only when another Balise has it or it cannot be written.
    // On failure returns null and sets `error` to the one-sentence reason; nothing on disk changed.
    static std::unique_ptr<ProjectDocument> open(const QString& path, QString& error, QObject* parent = nullptr);

    Project& project() const { return *m_project; }
    QUndoStack& undoStack() const { return *m_undoStack; }
    // The project's scores, kept up to date for every view that shows them.
    ProjectEvaluation& evaluation() const { return *m_evaluation; }
    QString filePath() const;
    // The name to show in the title bar: the project's title, else the file's name.
    QString displayName() const;

    // Applies `command` to the project and, when the project accepts the change, puts it on the undo
    // stack. Returns an empty string then; otherwise the one-sentence reason, also emitted as
    // editRefused(), and nothing changed.
    QString execute(std::unique_ptr<ProjectCommand> command);

    // Called by a command whose undo or redo failed: tells the user and clears the history, which no
    // longer matches the file.
    void historyBroken(const std::exception& error);

Q_SIGNALS:
    void editRefused(const QString& message);

private:
    std::unique_ptr<Project> m_project;
    QUndoStack* m_undoStack;         // child of this object
    ProjectEvaluation* m_evaluation; // child of this object; reads m_project
};

} // namespace balise::ui
