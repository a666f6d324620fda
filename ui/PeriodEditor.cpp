#include "PeriodEditor.h"

#include "EditorWidgets.h"
#include "Project.h"
#include "ProjectChange.h"
#include "ProjectDocument.h"
#include "commands/EntityCommands.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace balise::ui {

PeriodEditor::PeriodEditor(QWidget* parent)
    : QWidget(parent), m_title(EditorWidgets::title(this)), m_label(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_dated(new QCheckBox(tr("The period has dates"), this)), m_start(new QDateEdit(this)),
      m_end(new QDateEdit(this)), m_remove(new QPushButton(tr("Remove this period…"), this)),
      m_refusal(EditorWidgets::refusalLine(this, QStringLiteral("periodRefusal")))
{
    setObjectName(QStringLiteral("periodEditor"));
    for (PeriodKind kind : allValues<PeriodKind>())
        m_kind->addItem(labelOf(kind), static_cast<int>(kind));
    for (QDateEdit* date : {m_start, m_end}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(QString(), m_dated);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End:"), m_end);

    auto* add = new QPushButton(tr("&Add a period"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_label, &QLineEdit::editingFinished, this,
            [this] { edit(Label, [&](Period& p) { p.label = m_label->text(); }); });
    connect(m_kind, &QComboBox::activated, this, [this] {
        edit(Kind, [&](Period& p) { p.kind = static_cast<PeriodKind>(m_kind->currentData().toInt()); });
    });
    connect(m_dated, &QCheckBox::toggled, this, &PeriodEditor::editDates);
    connect(m_start, &QDateEdit::editingFinished, this, &PeriodEditor::editDates);
    connect(m_end, &QDateEdit::editingFinished, this, &PeriodEditor::editDates);
    connect(add, &QPushButton::clicked, this, &PeriodEditor::addPeriod);
    connect(m_remove, &QPushButton::clicked, this, &PeriodEditor::removePeriod);
    m_confirm = EditorWidgets::askBeforeRemoving(this);
    load();
}

PeriodEditor::~PeriodEditor() = default;

void PeriodEditor::setConfirmation(std::function<bool(const QString&)> confirm)
{
    m_confirm = std::move(confirm);
}

void PeriodEditor::setDocument(ProjectDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(&m_document->project(), nullptr, this, nullptr);
    }
    m_document = document;
    m_period = NoId;
    if (m_document) {
        connect(m_document, &ProjectDocument::editRefused, this, [this](const QString& message) {
            if (!isVisible())
                return;
            m_refusal->setText(message);
            m_refusal->setVisible(!message.isEmpty());
        });
        connect(&m_document->project(), &Project::changed, this, [this](const ProjectChange& change) {
            if (change.subject == ProjectChange::Subject::Periods || change.subject == ProjectChange::Subject::File)
                load();
        });
        connect(m_document, &QObject::destroyed, this, [this] { m_document = nullptr; });
    }
    load();
}

void PeriodEditor::showPeriod(EntityId id)
{
    m_period = id;
    m_refusal->hide();
    load();
}

void PeriodEditor::load()
{
    const Period* period = m_document ? m_document->project().data().findPeriod(m_period) : nullptr;
    const bool writable = period && !m_document->project().isReadOnly();
    m_loading = true;
    for (QWidget* field : std::initializer_list<QWidget*>{m_label, m_kind, m_dated, m_remove})
        field->setEnabled(writable);
    const bool dated = period && period->start.isValid();
    m_start->setEnabled(writable && dated);
    m_end->setEnabled(writable && dated);
    m_title->setText(period ? tr("Period %1").arg(period->label) : tr("No period selected"));
    if (m_label->text() != (period ? period->label : QString()))
        m_label->setText(period ? period->label : QString());
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(period ? period->kind : PeriodKind::Free)));
    m_dated->setChecked(dated);
    if (dated) {
        m_start->setDate(period->start);
        m_end->setDate(period->end);
    }
    m_loading = false;
}

void PeriodEditor::edit(int attribute, const std::function<void(Period&)>& change)
{
    if (m_loading || !m_document)
        return;
    const Period* current = m_document->project().data().findPeriod(m_period);
    if (!current)
        return;
    Period after = *current;
    change(after);
    if (after == *current)
        return;
    const Period before = *current;
    if (!m_document->execute(std::make_unique<EditEntityCommand<Period>>(*m_document, before, after, attribute))
             .isEmpty())
        load();
}

void PeriodEditor::editDates()
{
    edit(Dates, [&](Period& p) {
        if (!m_dated->isChecked()) {
            p.start = {};
            p.end = {};
            return;
        }
        // Ticking the box starts from the dates the label implies ("2024" → the year), else today.
        const Period inferred = Period::fromLabel(p.label);
        const bool fresh = !p.start.isValid();
        p.start = fresh ? (inferred.start.isValid() ? inferred.start : QDate::currentDate()) : m_start->date();
        p.end = fresh ? (inferred.end.isValid() ? inferred.end : p.start) : m_end->date();
    });
}

EntityId PeriodEditor::addPeriod()
{
    if (!m_document || m_document->project().isReadOnly())
        return NoId;
    // The year after the last period, when that is a year; else a free label.
    const auto& periods = m_document->project().periods();
    QString label = tr("New period");
    bool isYear = false;
    const int lastYear = periods.isEmpty() ? 0 : periods.constLast().label.toInt(&isYear);
    if (isYear && lastYear > 1900 && lastYear < 2200)
        label = QString::number(lastYear + 1);
    for (int n = 2; m_document->project().data().findPeriodByLabel(label); ++n)
        label = tr("New period %1").arg(n);
    auto command = std::make_unique<AddEntityCommand<Period>>(*m_document, Period::fromLabel(label));
    AddEntityCommand<Period>* added = command.get();
    if (!m_document->execute(std::move(command)).isEmpty())
        return NoId;
    const EntityId id = added->addedId();
    showPeriod(id);
    Q_EMIT periodAdded(id);
    return id;
}

void PeriodEditor::removePeriod()
{
    if (!m_document)
        return;
    const Period* period = m_document->project().data().findPeriod(m_period);
    if (!period)
        return;
    int values = 0;
    for (const Measurement& m : m_document->project().measurements())
        values += m.key.periodId == m_period;
    if (values > 0 && !m_confirm(tr("Remove the period \"%1\" and its %n measurement(s)? You can undo it with Ctrl+Z.",
                                    nullptr, values)
                                     .arg(period->label)))
        return;
    if (m_document->execute(std::make_unique<RemoveEntityCommand<Period>>(*m_document, m_period)).isEmpty()) {
        m_period = NoId;
        load();
        Q_EMIT periodRemoved();
    }
}

} // namespace balise::ui
