#include "NewProjectDialog.h"

#include "EditorWidgets.h"
#include "FrameworkCsvReader.h"
#include "Project.h"
#include "ProjectCreation.h"
#include "ProjectInfoForm.h"
#include "TemplateBuilder.h"
#include "TemplateLibrary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace balise::ui {
namespace {

const auto projectSuffix = QStringLiteral(".balise");

// A file name from a title: letters, digits, spaces and dashes kept (accents too: every desktop
// handles them), the rest replaced, so that "Métropole / 2027" gives "Métropole - 2027.balise".
QString fileNameFor(const QString& title)
{
    QString name = title.trimmed();
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f]+)"));
    name.replace(unsafe, QStringLiteral("-"));
    name = name.simplified();
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name = NewProjectDialog::tr("project");
    return name.left(120) + projectSuffix;
}

// A path field with its Browse button, on one row of `form`; the label's shortcut goes to the field.
void addPathRow(QFormLayout* form, const QString& label, QLineEdit* edit, QPushButton* browse)
{
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    auto* name = new QLabel(label, edit->parentWidget());
    name->setBuddy(edit);
    form->addRow(name, row);
}

} // namespace

NewProjectDialog::NewProjectDialog(const QString& folder, QWidget* parent)
    : QDialog(parent), m_folder(folder), m_info(new ProjectInfoForm(ProjectInfoForm::Fields::ForCreation, this)),
      m_path(new QLineEdit(this)), m_framework(new QLineEdit(this)), m_template(new QComboBox(this)),
      m_templateDescription(new QLabel(this)),
      m_refusal(EditorWidgets::refusalLine(this, QStringLiteral("newProjectRefusal")))
{
    setObjectName(QStringLiteral("newProjectDialog"));
    m_info->setInfo(ProjectInfo{}); // the model's defaults: a town, population not given
    setWindowTitle(tr("New project"));
    m_path->setObjectName(QStringLiteral("newProjectPath"));
    m_framework->setObjectName(QStringLiteral("newProjectFramework"));
    m_framework->setPlaceholderText(tr("optional: start from a framework CSV file"));
    auto* browsePath = new QPushButton(tr("&Browse…"), this);
    auto* browseFramework = new QPushButton(tr("B&rowse…"), this);

    QFormLayout* files = m_info->formLayout();
    addPathRow(files, tr("&File:"), m_path, browsePath);
    addPathRow(files, tr("Fra&mework:"), m_framework, browseFramework);
    // New from template: the library's templates (bundled, then the user's), or none.
    m_template->setObjectName(QStringLiteral("newProjectTemplate"));
    m_template->addItem(tr("none: an empty vade-mecum and framework"), QString());
    m_templates = TemplateLibrary::standard().choices(TemplateLibrary::preferredLanguage());
    for (const TemplateLibrary::Entry& entry : m_templates)
        m_template->addItem(entry.bundled ? entry.title : tr("%1 (yours)").arg(entry.title), entry.id);
    files->addRow(tr("Start from a templ&ate:"), m_template);
    m_templateDescription->setObjectName(QStringLiteral("newProjectTemplateDescription"));
    m_templateDescription->setWordWrap(true);
    m_templateDescription->setForegroundRole(QPalette::PlaceholderText);
    m_templateDescription->hide();
    files->addRow(QString(), m_templateDescription);
    connect(m_template, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_framework->setEnabled(index <= 0);
        const QString description = index > 0 ? m_templates.value(index - 1).description : QString();
        m_templateDescription->setText(description);
        m_templateDescription->setVisible(!description.isEmpty());
    });
    auto* note = new QLabel(tr("Every change is written to this file as you make it: there is nothing to save."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(note);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(buttons, &QDialogButtonBox::accepted, this, &NewProjectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browsePath, &QPushButton::clicked, this, &NewProjectDialog::choosePath);
    connect(browseFramework, &QPushButton::clicked, this, &NewProjectDialog::chooseFramework);
    connect(m_info, &ProjectInfoForm::titleEdited, this, &NewProjectDialog::proposePath);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    proposePath(QString());
}

NewProjectDialog::~NewProjectDialog() = default;

QString NewProjectDialog::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

void NewProjectDialog::selectTemplate(const QString& id)
{
    if (const int index = m_template->findData(id); index > 0)
        m_template->setCurrentIndex(index);
}

void NewProjectDialog::proposePath(const QString& title)
{
    if (m_pathEdited)
        return;
    m_path->setText(QDir::toNativeSeparators(QDir(m_folder).filePath(fileNameFor(title))));
}

void NewProjectDialog::choosePath()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Where to create the project"), m_path->text(),
                                                      tr("Balise projects (*.balise)"));
    if (path.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(path.endsWith(projectSuffix) ? path : path + projectSuffix));
    m_pathEdited = true;
}

void NewProjectDialog::chooseFramework()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Framework to start from"), m_folder,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_framework->setText(QDir::toNativeSeparators(path));
}

void NewProjectDialog::refuse(const QString& message)
{
    m_refusal->setText(message);
    m_refusal->show();
}

bool NewProjectDialog::create()
{
    const ProjectInfo info = m_info->info();
    if (info.title.isEmpty()) {
        refuse(tr("The project needs a title."));
        m_info->titleEdit()->setFocus();
        return false;
    }
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        refuse(tr("Say where to create the project's file."));
        m_path->setFocus();
        return false;
    }
    if (!path.endsWith(projectSuffix))
        path += projectSuffix;
    if (!QFileInfo(path).absoluteDir().exists()) {
        refuse(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        m_path->setFocus();
        return false;
    }

    // The framework file is read in full before anything is created: one error and nothing is.
    FrameworkImportPlan plan;
    const QString framework = QDir::fromNativeSeparators(m_framework->text().trimmed());
    if (!framework.isEmpty() && m_template->currentIndex() <= 0) {
        plan = FrameworkCsvReader::readFile(framework);
        if (!plan.ok()) {
            refuse(tr("%1 has problems; no project was created:\n%2")
                       .arg(QFileInfo(framework).fileName(), ImportError::formatAll(plan.errors)));
            m_framework->setFocus();
            return false;
        }
    }
    QString error;
    if (const int index = m_template->currentIndex(); index > 0) {
        const auto chosen = TemplateLibrary::standard().load(m_templates.at(index - 1), error);
        if (chosen)
            m_project = TemplateBuilder::createProject(path, info, *chosen, error);
    } else {
        m_project = ProjectCreation::create(path, info, plan.nodes, error);
    }
    if (!m_project) {
        refuse(error);
        return false;
    }
    m_refusal->hide();
    return true;
}

std::unique_ptr<Project> NewProjectDialog::takeProject()
{
    return std::move(m_project);
}

void NewProjectDialog::accept()
{
    if (create())
        QDialog::accept();
}

} // namespace balise::ui
