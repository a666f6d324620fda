#include "RevisionsEditor.h"

#include "DisplayFormat.h"
#include "EditorWidgets.h"
#include "Project.h"
#include "ProjectChange.h"
#include "ProjectDocument.h"
#include "VadeMecumDiff.h"
#include "VadeMecumJson.h"
#include "commands/VadeMecumCommands.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace balise::ui {
namespace {

const VadeMecumRevision* findRevision(const Project& project, EntityId id)
{
    for (const VadeMecumRevision& revision : project.revisions())
        if (revision.id == id)
            return &revision;
    return nullptr;
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

RevisionsEditor::RevisionsEditor(QWidget* parent)
    : QWidget(parent), m_table(new QTableWidget(0, 6, this)), m_status(new QComboBox(this)),
      m_validatedBy(new QLineEdit(this)), m_validatedOn(new QDateEdit(this)), m_summary(new QPlainTextEdit(this)),
      m_record(new QPushButton(tr("&Record a revision…"), this)),
      m_showContent(new QPushButton(tr("Show what the selected revision &says"), this)), m_from(new QComboBox(this)),
      m_to(new QComboBox(this)), m_differences(new QTextBrowser(this)),
      m_refusal(EditorWidgets::refusalLine(this, QStringLiteral("revisionRefusal")))
{
    setObjectName(QStringLiteral("revisionsEditor"));
    QLabel* heading = EditorWidgets::title(this);
    heading->setText(tr("Revisions of the vade-mecum"));
    auto* intro = new QLabel(tr("A revision freezes the vade-mecum as it stands, with who wrote it and its political "
                                "status: record one before submitting the text, and note its validation."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    m_table->setObjectName(QStringLiteral("revisionsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("No."), tr("Recorded"), tr("Author"), tr("Status"), tr("Validated by, on"), tr("Summary")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    for (RevisionStatus status : allValues<RevisionStatus>())
        m_status->addItem(labelOf(status), static_cast<int>(status));
    m_validatedOn->setCalendarPopup(true);
    m_validatedOn->setDate(QDate::currentDate());
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(80);
    auto* form = new QFormLayout;
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Validated &by:"), m_validatedBy);
    form->addRow(tr("Validated &on:"), m_validatedOn);
    form->addRow(tr("S&ummary:"), m_summary);
    auto* selected = new QGroupBox(tr("The selected revision"), this);
    selected->setLayout(form);

    m_differences->setObjectName(QStringLiteral("revisionDifferences"));
    m_differences->setOpenLinks(false);
    auto* compareRow = new QHBoxLayout;
    compareRow->addWidget(new QLabel(tr("Compare"), this));
    compareRow->addWidget(m_from, 1);
    compareRow->addWidget(new QLabel(tr("with"), this));
    compareRow->addWidget(m_to, 1);
    auto* comparison = new QGroupBox(tr("What changed"), this);
    auto* comparisonLayout = new QVBoxLayout(comparison);
    comparisonLayout->addLayout(compareRow);
    comparisonLayout->addWidget(m_differences, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_showContent);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_table, 2);
    layout->addLayout(buttons);
    layout->addWidget(selected);
    layout->addWidget(m_refusal);
    layout->addWidget(comparison, 2);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (m_loading || !m_document || row < 0 || row >= m_document->project().revisions().size())
            return;
        m_revision = m_document->project().revisions().at(row).id;
        loadForm();
    });
    connect(m_status, &QComboBox::activated, this, &RevisionsEditor::commitForm);
    connect(m_validatedBy, &QLineEdit::editingFinished, this, &RevisionsEditor::commitForm);
    connect(m_validatedOn, &QDateEdit::editingFinished, this, &RevisionsEditor::commitForm);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &RevisionsEditor::commitForm);
    connect(m_record, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString summary = QInputDialog::getMultiLineText(
            this, tr("Record a revision"), tr("What changed since the last revision (optional):"), QString(), &ok);
        if (ok)
            recordRevision(summary);
    });
    connect(m_showContent, &QPushButton::clicked, this, [this] { showContent(m_revision); });
    auto compareChosen = [this] {
        if (!m_loading)
            compare(m_from->currentData().toLongLong(), m_to->currentData().toLongLong());
    };
    connect(m_from, &QComboBox::activated, this, compareChosen);
    connect(m_to, &QComboBox::activated, this, compareChosen);
    load();
}

void RevisionsEditor::setDocument(ProjectDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(&m_document->project(), nullptr, this, nullptr);
    }
    m_document = document;
    m_revision = NoId;
    if (m_document) {
        connect(&m_document->project(), &Project::changed, this, [this](const ProjectChange& change) {
            using Subject = ProjectChange::Subject;
            if (change.subject == Subject::Revisions || change.subject == Subject::VadeMecum ||
                change.subject == Subject::File)
                load();
        });
        connect(m_document, &QObject::destroyed, this, [this] { m_document = nullptr; });
    }
    load();
}

void RevisionsEditor::showRevision(EntityId id)
{
    m_revision = id;
    m_refusal->hide();
    load();
}

QString RevisionsEditor::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

void RevisionsEditor::load()
{
    m_loading = true;
    const QList<VadeMecumRevision> revisions =
        m_document ? m_document->project().revisions() : QList<VadeMecumRevision>{};
    if (m_revision == NoId && !revisions.isEmpty())
        m_revision = revisions.last().id;
    m_table->setRowCount(static_cast<int>(revisions.size()));
    int current = -1;
    for (int row = 0; row < revisions.size(); ++row) {
        const VadeMecumRevision& r = revisions[row];
        m_table->setItem(row, 0, cell(QString::number(r.number)));
        m_table->setItem(row, 1, cell(DisplayFormat::dateTime(r.createdAt.toLocalTime())));
        m_table->setItem(row, 2, cell(r.author));
        m_table->setItem(row, 3, cell(labelOf(r.status)));
        m_table->setItem(row, 4,
                         cell(r.status == RevisionStatus::PoliticallyValidated
                                  ? tr("%1, %2").arg(r.validatedBy, DisplayFormat::date(r.validatedOn))
                                  : QString()));
        m_table->setItem(row, 5, cell(r.summary.simplified()));
        if (r.id == m_revision)
            current = row;
    }
    if (current >= 0)
        m_table->setCurrentCell(current, 0);
    else
        m_revision = NoId;
    m_record->setEnabled(m_document && !m_document->project().isReadOnly());
    m_showContent->setEnabled(m_revision != NoId);
    m_loading = false;
    loadForm();
    fillCompareChoices();
}

void RevisionsEditor::loadForm()
{
    const VadeMecumRevision* r = m_document ? findRevision(m_document->project(), m_revision) : nullptr;
    const bool writable = r && !m_document->project().isReadOnly();
    m_loading = true;
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(r ? r->status : RevisionStatus::Draft)));
    if (m_validatedBy->text() != (r ? r->validatedBy : QString()))
        m_validatedBy->setText(r ? r->validatedBy : QString());
    m_validatedOn->setDate(r && r->validatedOn.isValid() ? r->validatedOn : QDate::currentDate());
    if (m_summary->toPlainText() != (r ? r->summary : QString()))
        m_summary->setPlainText(r ? r->summary : QString());
    const bool validated = r && r->status == RevisionStatus::PoliticallyValidated;
    m_status->setEnabled(writable);
    m_summary->setEnabled(writable);
    // Who validated and when only mean something once the status says so.
    m_validatedBy->setEnabled(writable && validated);
    m_validatedOn->setEnabled(writable && validated);
    m_loading = false;
}

void RevisionsEditor::commitForm()
{
    if (m_loading || !m_document)
        return;
    const VadeMecumRevision* current = findRevision(m_document->project(), m_revision);
    if (!current)
        return;
    VadeMecumRevision after = *current;
    after.status = static_cast<RevisionStatus>(m_status->currentData().toInt());
    after.summary = m_summary->toPlainText();
    if (after.status == RevisionStatus::PoliticallyValidated) {
        after.validatedBy = m_validatedBy->text().trimmed();
        after.validatedOn = m_validatedOn->date();
        // Chosen just now: who validated is asked for below, the field opens for it.
        if (current->status != RevisionStatus::PoliticallyValidated && after.validatedBy.isEmpty()) {
            m_validatedBy->setEnabled(true);
            m_validatedOn->setEnabled(true);
            m_validatedBy->setFocus();
            m_refusal->setText(tr("Say who validated this revision, then the date."));
            m_refusal->show();
            return;
        }
    } else {
        after.validatedBy.clear();
        after.validatedOn = QDate();
    }
    if (after == *current)
        return;
    const QString refused = m_document->execute(std::make_unique<EditRevisionCommand>(*m_document, *current, after));
    m_refusal->setText(refused);
    m_refusal->setVisible(!refused.isEmpty());
    if (!refused.isEmpty())
        loadForm();
}

EntityId RevisionsEditor::recordRevision(const QString& summary)
{
    if (!m_document || m_document->project().isReadOnly())
        return NoId;
    VadeMecumRevision metadata;
    metadata.summary = summary.trimmed();
    auto command = std::make_unique<RecordRevisionCommand>(*m_document, metadata);
    RecordRevisionCommand* recorded = command.get();
    const QString refused = m_document->execute(std::move(command));
    m_refusal->setText(refused);
    m_refusal->setVisible(!refused.isEmpty());
    if (!refused.isEmpty())
        return NoId;
    const EntityId id = recorded->recordedId();
    showRevision(id);
    Q_EMIT revisionRecorded(id);
    return id;
}

void RevisionsEditor::fillCompareChoices()
{
    m_loading = true;
    const qlonglong from = m_from->currentData().toLongLong();
    const qlonglong to = m_to->currentData().toLongLong();
    m_from->clear();
    m_to->clear();
    const QList<VadeMecumRevision> revisions =
        m_document ? m_document->project().revisions() : QList<VadeMecumRevision>{};
    for (const VadeMecumRevision& r : revisions) {
        const QString label =
            tr("Revision %1 (%2)").arg(r.number).arg(DisplayFormat::date(r.createdAt.toLocalTime().date()));
        m_from->addItem(label, static_cast<qlonglong>(r.id));
        m_to->addItem(label, static_cast<qlonglong>(r.id));
    }
    m_to->addItem(tr("the current content"), static_cast<qlonglong>(NoId));
    // By default: the selected (else the last) revision against what the vade-mecum says now.
    const int keptFrom = m_from->findData(from);
    m_from->setCurrentIndex(keptFrom >= 0 ? keptFrom : m_from->findData(static_cast<qlonglong>(m_revision)));
    const int keptTo = m_to->findData(to);
    m_to->setCurrentIndex(keptTo >= 0 ? keptTo : m_to->count() - 1);
    m_loading = false;
    if (m_from->count() == 0) {
        m_differences->setPlainText(tr("No revision yet: record one to follow how the vade-mecum changes."));
        return;
    }
    compare(m_from->currentData().toLongLong(), m_to->currentData().toLongLong());
}

void RevisionsEditor::showContent(EntityId id)
{
    const VadeMecumRevision* revision = m_document ? findRevision(m_document->project(), id) : nullptr;
    if (!revision)
        return;
    const auto content = VadeMecumJson::fromJson(revision->snapshot);
    if (!content) {
        m_differences->setPlainText(tr("This revision's content cannot be read."));
        return;
    }
    m_differences->setPlainText(tr("Revision %1, as recorded:").arg(revision->number) + QStringLiteral("\n\n") +
                                VadeMecumDiff::outline(*content).join(QLatin1Char('\n')));
}

void RevisionsEditor::compare(EntityId from, EntityId to)
{
    if (!m_document)
        return;
    const Project& project = m_document->project();
    const VadeMecumRevision* older = findRevision(project, from);
    const VadeMecumRevision* newer = findRevision(project, to);
    if (!older || (to != NoId && !newer)) {
        m_differences->clear();
        return;
    }
    const auto before = VadeMecumJson::fromJson(older->snapshot);
    const auto after = newer ? VadeMecumJson::fromJson(newer->snapshot) : std::optional<VadeMecum>(project.vadeMecum());
    if (!before || !after) {
        m_differences->setPlainText(tr("This revision's content cannot be read."));
        return;
    }
    const QStringList lines = VadeMecumDiff::describe(VadeMecumDiff::compare(*before, *after));
    // Plain text: titles written by users are never read as markup.
    m_differences->setPlainText(lines.isEmpty() ? tr("No change.") : lines.join(QLatin1Char('\n')));
}

} // namespace balise::ui
