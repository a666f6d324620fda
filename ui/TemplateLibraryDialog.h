#pragma once

#include "TemplateLibrary.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace balise::ui {

// File > Template library: the templates that come with Balise and the user's own, each previewed
// (TemplatePreview) before anything is made from it. From here a template starts a new project, is
// exported to a file to hand to another territory, and a file received from one is imported (checked
// in full first: TemplateArchive); the user's own templates can be removed, the bundled ones not.
class TemplateLibraryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TemplateLibraryDialog(TemplateLibrary library, QWidget* parent = nullptr);
    ~TemplateLibraryDialog() override;

    QListWidget* list() const { return m_list; }
    QTextBrowser* preview() const { return m_preview; }
    QPushButton* removeButton() const { return m_remove; }
    // The template "New project from this template" was pressed for; empty otherwise.
    const QString& chosenTemplate() const { return m_chosen; }

    // What the buttons do once a file is chosen (and, for remove, once confirmed). Each returns false
    // and says why in the dialog when it cannot be done.
    bool importFile(const QString& path);
    bool exportCurrent(const QString& path);
    bool removeCurrent();

private:
    void reload(const QString& selectId);
    void showCurrent();
    const TemplateLibrary::Entry* current() const;
    void say(const QString& message, bool problem);

    TemplateLibrary m_library;
    QList<TemplateLibrary::Entry> m_entries; // parallel to m_list's rows
    QListWidget* m_list;
    QTextBrowser* m_preview;
    QLabel* m_message;
    QPushButton* m_newProject;
    QPushButton* m_export;
    QPushButton* m_remove;
    QString m_chosen;
};

} // namespace balise::ui
