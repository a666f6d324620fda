#pragma once

#include "TemplateLibrary.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

namespace balise {
class Project;
} // namespace balise

namespace balise::ui {

class ProjectInfoForm;

// File > New project: the project's title and territory, where its file goes, and optionally a
// framework CSV to start from. Nothing is created until the user confirms; then the file is created
// complete or not at all (ProjectCreation), and a refusal — a file already there, a framework file
// with errors — is said in the dialog, which stays open to fix it.
class NewProjectDialog : public QDialog
{
    Q_OBJECT

public:
    // `folder` is where the file is proposed (the last folder used).
    explicit NewProjectDialog(const QString& folder, QWidget* parent = nullptr);
    ~NewProjectDialog() override;

    ProjectInfoForm* infoForm() const { return m_info; }
    QLineEdit* pathEdit() const { return m_path; }
    QLineEdit* frameworkEdit() const { return m_framework; }
    // The template to start from: the first entry is "none", then the library's templates in the
    // language of messages, bundled first (data: the template's id).
    QComboBox* templateBox() const { return m_template; }
    // Chooses the template `id` when the library has it.
    void selectTemplate(const QString& id);
    QString refusal() const;

    // What OK does: creates the project, or shows why not. True when created.
    bool create();
    // The project created by create(), handed over once.
    std::unique_ptr<Project> takeProject();

    void accept() override;

private:
    void proposePath(const QString& title);
    void choosePath();
    void chooseFramework();
    void refuse(const QString& message);

    QString m_folder;
    ProjectInfoForm* m_info;
    QLineEdit* m_path;
    QLineEdit* m_framework;
    QComboBox* m_template;
    QLabel* m_templateDescription;
    QList<TemplateLibrary::Entry> m_templates; // parallel to m_template's items after "none"
    QLabel* m_refusal;
    bool m_pathEdited = false; // once the user picks a path, the title no longer proposes one
    std::unique_ptr<Project> m_project;
};

} // namespace balise::ui
