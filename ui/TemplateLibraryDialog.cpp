#include "TemplateLibraryDialog.h"

#include "TemplateArchive.h"
#include "TemplatePreview.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace balise::ui {
namespace {

const auto filePattern = QStringLiteral("*.balise-template");

} // namespace

TemplateLibraryDialog::TemplateLibraryDialog(TemplateLibrary library, QWidget* parent)
    : QDialog(parent), m_library(std::move(library)), m_list(new QListWidget(this)), m_preview(new QTextBrowser(this)),
      m_message(new QLabel(this)), m_newProject(new QPushButton(tr("&New project from this template…"), this)),
      m_export(new QPushButton(tr("&Export…"), this)), m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("templateLibraryDialog"));
    setWindowTitle(tr("Template library"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setOpenLinks(false);
    m_message->setObjectName(QStringLiteral("templateLibraryMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_remove->setToolTip(tr("Only your own templates can be removed; those that come with Balise stay."));

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_preview);
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* importButton = new QPushButton(tr("&Import…"), this);
    importButton->setToolTip(tr("Add a template file received from someone else to your library"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_newProject, QDialogButtonBox::AcceptRole);
    auto* row = new QHBoxLayout;
    row->addWidget(importButton);
    row->addWidget(m_export);
    row->addWidget(m_remove);
    row->addStretch(1);
    row->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(row);
    resize(960, 640);
    splitter->setSizes({300, 660});

    connect(m_list, &QListWidget::currentRowChanged, this, &TemplateLibraryDialog::showCurrent);
    connect(m_list, &QListWidget::itemActivated, m_newProject, &QPushButton::click);
    connect(m_newProject, &QPushButton::clicked, this, [this] {
        if (const TemplateLibrary::Entry* entry = current()) {
            m_chosen = entry->id;
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Template to import"), QString(),
                                                          tr("Balise templates (%1)").arg(filePattern));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const TemplateLibrary::Entry* entry = current();
        if (!entry)
            return;
        QString path = QFileDialog::getSaveFileName(this, tr("Export the template"),
                                                    entry->id + QLatin1String(TemplateLibrary::suffix),
                                                    tr("Balise templates (%1)").arg(filePattern));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(TemplateLibrary::suffix)))
            path += QLatin1String(TemplateLibrary::suffix);
        exportCurrent(path);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const TemplateLibrary::Entry* entry = current();
        if (!entry)
            return;
        // The title comes from an archive that may have travelled by e-mail: shown as typed, never as markup.
        QMessageBox box(QMessageBox::Question, tr("Remove the template"),
                        tr("Remove your template \"%1\" from the library? Projects made from it keep what they hold.")
                            .arg(entry->title),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() == QMessageBox::Yes)
            removeCurrent();
    });
    reload(QString());
}

TemplateLibraryDialog::~TemplateLibraryDialog() = default;

void TemplateLibraryDialog::reload(const QString& selectId)
{
    QStringList problems;
    m_entries = m_library.choices(TemplateLibrary::preferredLanguage(), &problems);
    m_list->clear();
    int selected = m_entries.isEmpty() ? -1 : 0;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const TemplateLibrary::Entry& entry = m_entries[i];
        auto* item = new QListWidgetItem(entry.bundled ? entry.title : tr("%1 (yours)").arg(entry.title), m_list);
        item->setData(Qt::UserRole, entry.id);
        item->setToolTip(entry.id);
        if (entry.id == selectId)
            selected = static_cast<int>(i);
    }
    m_list->setCurrentRow(selected);
    if (!problems.isEmpty())
        say(tr("Some files of your library cannot be read:\n%1").arg(problems.join(QLatin1Char('\n'))), true);
    showCurrent();
}

const TemplateLibrary::Entry* TemplateLibraryDialog::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

void TemplateLibraryDialog::showCurrent()
{
    const TemplateLibrary::Entry* entry = current();
    m_newProject->setEnabled(entry != nullptr);
    m_export->setEnabled(entry != nullptr);
    m_remove->setEnabled(entry && !entry->bundled);
    if (!entry) {
        m_preview->setPlainText(tr("No template yet: import one, or save a project as a template."));
        return;
    }
    QString error;
    const auto t = m_library.load(*entry, error);
    if (t)
        m_preview->setHtml(TemplatePreview::html(*t, entry->bundled));
    else
        m_preview->setPlainText(error);
}

void TemplateLibraryDialog::say(const QString& message, bool problem)
{
    m_message->setText(message);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #a61b1b;") : QString());
    m_message->show();
}

bool TemplateLibraryDialog::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        say(tr("%1 cannot be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    QString error;
    const auto installed = m_library.install(file.read(TemplateArchive::maxFileBytes + 1), error);
    if (!installed) {
        say(tr("%1 was not imported: %2").arg(QDir::toNativeSeparators(path), error), true);
        return false;
    }
    reload(*installed);
    say(tr("The template \"%1\" is now in your library.").arg(current() ? current()->title : *installed), false);
    return true;
}

bool TemplateLibraryDialog::exportCurrent(const QString& path)
{
    const TemplateLibrary::Entry* entry = current();
    if (!entry)
        return false;
    QString error;
    const auto t = m_library.load(*entry, error);
    if (!t) {
        say(error, true);
        return false;
    }
    const QByteArray bytes = TemplateArchive::write(*t);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        say(tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    say(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool TemplateLibraryDialog::removeCurrent()
{
    const TemplateLibrary::Entry* entry = current();
    if (!entry)
        return false;
    QString error;
    if (!m_library.remove(entry->id, error)) {
        say(error, true);
        return false;
    }
    const QString title = entry->title;
    reload(QString());
    say(tr("The template \"%1\" was removed from your library.").arg(title), false);
    return true;
}

} // namespace balise::ui
