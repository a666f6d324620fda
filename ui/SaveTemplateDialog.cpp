#include "SaveTemplateDialog.h"

#include "EditorWidgets.h"
#include "ProjectData.h"
#include "TemplateArchive.h"
#include "TemplateBuilder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QVBoxLayout>

namespace balise::ui {

QString SaveTemplateDialog::idFor(const QString& title)
{
    // Accents go with their letters' decomposition; anything else not a letter or digit becomes a dash.
    QString id;
    for (const QChar c : title.normalized(QString::NormalizationForm_D).toLower()) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        id += (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                  ? c
                  : QLatin1Char('-');
    }
    static const QRegularExpression dashes(QStringLiteral("-+"));
    id.replace(dashes, QStringLiteral("-"));
    id = id.left(64);
    while (id.startsWith(QLatin1Char('-')))
        id.remove(0, 1);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("template") : id;
}

SaveTemplateDialog::SaveTemplateDialog(const ProjectData& data, TemplateLibrary library, QWidget* parent)
    : QDialog(parent), m_data(data), m_library(std::move(library)), m_id(new QLineEdit(this)),
      m_title(new QLineEdit(data.info.title, this)), m_language(new QComboBox(this)),
      m_services(new QCheckBox(
          tr("Keep the project's %n service(s) as sample services", nullptr, static_cast<int>(data.services.size())),
          this)),
      m_toLibrary(new QRadioButton(tr("In my template &library"), this)),
      m_toFile(new QRadioButton(tr("In a &file, to hand to someone else:"), this)), m_file(new QLineEdit(this)),
      m_message(EditorWidgets::refusalLine(this, QStringLiteral("saveTemplateMessage")))
{
    setObjectName(QStringLiteral("saveTemplateDialog"));
    setWindowTitle(tr("Save as template"));
    m_id->setObjectName(QStringLiteral("templateId"));
    m_id->setText(idFor(data.info.title));
    m_id->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z0-9][a-z0-9-]{0,63}")), m_id));
    m_id->setToolTip(tr("Lower-case letters, digits and dashes: the name of the template's file and what "
                        "balise new --template takes"));
    m_title->setObjectName(QStringLiteral("templateTitle"));
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(TemplateLibrary::preferredLanguage()));
    m_services->setEnabled(!data.services.isEmpty());
    m_toLibrary->setChecked(true);
    m_file->setObjectName(QStringLiteral("templateFile"));
    m_file->setEnabled(false);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setEnabled(false);

    auto* what = new QLabel(tr("The template keeps the vade-mecum, the framework with every attribute of its "
                               "nodes and the questionnaire. Measurements, answers and revisions stay in the "
                               "project."),
                            this);
    what->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Identifier:"), m_id);
    form->addRow(tr("Lan&guage of its texts:"), m_language);
    form->addRow(QString(), m_services);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_toLibrary);
    layout->addWidget(m_toFile);
    layout->addLayout(fileRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& title) {
        if (!m_idEdited)
            m_id->setText(idFor(title));
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    connect(m_toFile, &QRadioButton::toggled, this, [this, browse](bool toFile) {
        m_file->setEnabled(toFile);
        browse->setEnabled(toFile);
        if (toFile && m_file->text().isEmpty())
            chooseFile();
    });
    connect(browse, &QPushButton::clicked, this, &SaveTemplateDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &SaveTemplateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SaveTemplateDialog::~SaveTemplateDialog() = default;

QString SaveTemplateDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SaveTemplateDialog::chooseFile()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the template as"),
                                                m_id->text() + QLatin1String(TemplateLibrary::suffix),
                                                tr("Balise templates (*.balise-template)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(TemplateLibrary::suffix)))
        path += QLatin1String(TemplateLibrary::suffix);
    m_file->setText(QDir::toNativeSeparators(path));
}

void SaveTemplateDialog::refuse(const QString& message)
{
    m_message->setText(message);
    m_message->show();
}

bool SaveTemplateDialog::save()
{
    const QString id = m_id->text().trimmed();
    const QString title = m_title->text().trimmed();
    if (title.isEmpty()) {
        refuse(tr("The template needs a title."));
        m_title->setFocus();
        return false;
    }
    if (id.isEmpty()) {
        refuse(tr("The template needs an identifier."));
        m_id->setFocus();
        return false;
    }
    const ProjectTemplate t = TemplateBuilder::fromProject(m_data, id, title, m_language->currentData().toString(),
                                                           m_services->isEnabled() && m_services->isChecked());
    const QByteArray bytes = TemplateArchive::write(t);

    if (m_toFile->isChecked()) {
        const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
        if (path.isEmpty()) {
            refuse(tr("Say which file the template goes to."));
            m_file->setFocus();
            return false;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            refuse(tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
            return false;
        }
        return true;
    }

    const QList<TemplateLibrary::Entry> existing = m_library.entries();
    const bool taken = std::any_of(existing.cbegin(), existing.cend(),
                                   [&](const TemplateLibrary::Entry& e) { return e.id == id && !e.bundled; });
    if (taken && m_replaceConfirmed != id) {
        m_replaceConfirmed = id;
        refuse(tr("You already have a template called \"%1\". Save again to replace it, or change the "
                  "identifier.")
                   .arg(id));
        return false;
    }
    QString error;
    if (!m_library.install(bytes, error)) {
        refuse(error);
        m_id->setFocus();
        return false;
    }
    return true;
}

void SaveTemplateDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace balise::ui
