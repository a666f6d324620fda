#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QUndoStack;

namespace balise {
class Project;
} // namespace balise

namespace balise::ui {

// A project open in the workbench: owns the balise::Project (its data and open file) and the undo
// stack of the user's edits on it. The main window holds at most one.
//
// The undo stack stays empty until the editors arrive: every edit will be a QUndoCommand pushed here
// (Qt 6 puts QUndoStack in QtGui, which is why it lives in ui/ and not beside the Project in core).
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
    QString filePath() const;
    // The name to show in the title bar: the project's title, else the file's name.
    QString displayName() const;

private:
    std::unique_ptr<Project> m_project;
    QUndoStack* m_undoStack; // child of this object
};

} // namespace balise::ui
