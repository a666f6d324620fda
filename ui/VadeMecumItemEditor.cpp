#include "VadeMecumItemEditor.h"

#include "EditorWidgets.h"
#include "Project.h"
#include "ProjectChange.h"
#include "ProjectDocument.h"
#include "commands/VadeMecumCommands.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace balise::ui {
namespace {

using Item = VadeMecumItems::Item;
using Part = VadeMecumItems::Part;

QString introOf(Part part)
{
    switch (part) {
    case Part::Needs:
        return VadeMecumItemEditor::tr("The territory's priority needs, domain by domain: the objectives of the "
                                       "framework should answer them.");
    case Part::Principles:
        return VadeMecumItemEditor::tr("What the territory asks of every operator of a data service, whatever "
                                       "the service.");
    case Part::Fields:
        return VadeMecumItemEditor::tr("What to watch in every service: for its users, for public policy, for the "
                                       "local economy.");
    case Part::Resources:
        return VadeMecumItemEditor::tr("What the territory offers operators — introductions, a test ground, "
                                       "financial support, a label — and on what conditions.");
    case Part::Sections:
        break;
    }
    return VadeMecumItemEditor::tr("Anything else the territory wants to say: context, governance, calendar.");
}

// What links to an item, for the question asked before removing it.
int citations(const Project& project, Part part, EntityId id)
{
    const LinkTarget target = part == Part::Needs        ? LinkTarget::Need
                              : part == Part::Principles ? LinkTarget::Principle
                                                         : LinkTarget::Field;
    int count = 0;
    if (part == Part::Needs || part == Part::Principles || part == Part::Fields)
        for (const FrameworkNode& node : project.framework().nodes())
            for (const VadeMecumLink& link : node.links)
                count += link.target == target && link.id == id;
    if (part == Part::Needs)
        for (const auto& section : project.questionnaire().sections)
            for (const auto& question : section.questions)
                count += question.needId == id;
    return count;
}

} // namespace

VadeMecumItemEditor::VadeMecumItemEditor(QWidget* parent)
    : QWidget(parent), m_heading(EditorWidgets::title(this)), m_intro(new QLabel(this)), m_form(new QFormLayout),
      m_title(new QLineEdit(this)), m_choice(new QComboBox(this)), m_priority(new QComboBox(this)),
      m_text(new QPlainTextEdit(this)), m_conditions(new QPlainTextEdit(this)), m_add(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_up(new QPushButton(tr("Move &up"), this)),
      m_down(new QPushButton(tr("Move do&wn"), this)),
      m_refusal(EditorWidgets::refusalLine(this, QStringLiteral("vadeMecumRefusal")))
{
    setObjectName(QStringLiteral("vadeMecumItemEditor"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setForegroundRole(QPalette::PlaceholderText);
    m_title->setObjectName(QStringLiteral("vadeMecumTitle"));
    m_text->setObjectName(QStringLiteral("vadeMecumText"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(120);
    m_text->setMaximumHeight(260);
    m_conditions->setObjectName(QStringLiteral("vadeMecumConditions"));
    m_conditions->setTabChangesFocus(true);
    m_conditions->setPlaceholderText(tr("One condition per line, e.g. \"share the usage data every quarter\""));
    m_conditions->setMaximumHeight(120);
    for (balise::Priority priority : allValues<balise::Priority>())
        m_priority->addItem(labelOf(priority), static_cast<int>(priority));

    m_form->addRow(tr("&Title:"), m_title);
    m_form->addRow(tr("&Kind:"), m_choice);
    m_form->addRow(tr("&Priority:"), m_priority);
    m_form->addRow(tr("&Description:"), m_text);
    m_form->addRow(tr("&Conditions:"), m_conditions);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addLayout(m_form);
    layout->addWidget(m_refusal);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_title, &QLineEdit::editingFinished, this,
            [this] { edit(Title, [&](Item& item) { item.title = m_title->text(); }); });
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this] { edit(Text, [&](Item& item) { item.text = m_text->toPlainText(); }); });
    connect(m_conditions, &QPlainTextEdit::textChanged, this, [this] {
        edit(Conditions, [&](Item& item) {
            QStringList conditions;
            for (const QString& line : m_conditions->toPlainText().split(QLatin1Char('\n')))
                if (!line.trimmed().isEmpty())
                    conditions.append(line.trimmed());
            item.conditions = conditions;
        });
    });
    connect(m_choice, &QComboBox::activated, this,
            [this] { edit(Choice, [&](Item& item) { item.choice = m_choice->currentData().toInt(); }); });
    connect(m_priority, &QComboBox::activated, this,
            [this] { edit(Priority, [&](Item& item) { item.secondChoice = m_priority->currentData().toInt(); }); });
    m_confirm = EditorWidgets::askBeforeRemoving(this);
    connect(m_add, &QPushButton::clicked, this, &VadeMecumItemEditor::addItem);
    connect(m_remove, &QPushButton::clicked, this, &VadeMecumItemEditor::removeItem);
    connect(m_up, &QPushButton::clicked, this, [this] { moveItem(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveItem(+1); });
    load();
}

VadeMecumItemEditor::~VadeMecumItemEditor() = default;

void VadeMecumItemEditor::setConfirmation(std::function<bool(const QString&)> confirm)
{
    m_confirm = std::move(confirm);
}

void VadeMecumItemEditor::setDocument(ProjectDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(&m_document->project(), nullptr, this, nullptr);
    }
    m_document = document;
    m_item = NoId;
    if (m_document) {
        connect(m_document, &ProjectDocument::editRefused, this, &VadeMecumItemEditor::showRefusal);
        connect(&m_document->project(), &Project::changed, this, [this](const ProjectChange& change) {
            if (change.subject == ProjectChange::Subject::VadeMecum || change.subject == ProjectChange::Subject::File)
                load();
        });
        connect(m_document, &QObject::destroyed, this, [this] { m_document = nullptr; });
    }
    load();
}

void VadeMecumItemEditor::showItem(Part part, EntityId id)
{
    m_part = part;
    m_item = id;
    m_refusal->hide();
    fillChoices();
    load();
}

void VadeMecumItemEditor::fillChoices()
{
    m_choice->clear();
    switch (m_part) {
    case Part::Needs:
        for (balise::Domain domain : allValues<balise::Domain>())
            m_choice->addItem(labelOf(domain), static_cast<int>(domain));
        break;
    case Part::Fields:
        for (FieldFamily family : allValues<FieldFamily>())
            m_choice->addItem(labelOf(family), static_cast<int>(family));
        break;
    case Part::Resources:
        for (ResourceKind kind : allValues<ResourceKind>())
            m_choice->addItem(labelOf(kind), static_cast<int>(kind));
        break;
    case Part::Principles:
    case Part::Sections:
        break;
    }
    auto* choiceLabel = qobject_cast<QLabel*>(m_form->labelForField(m_choice));
    if (choiceLabel)
        choiceLabel->setText(m_part == Part::Needs    ? tr("D&omain:")
                             : m_part == Part::Fields ? tr("&Family:")
                                                      : tr("&Kind:"));
    if (auto* textLabel = qobject_cast<QLabel*>(m_form->labelForField(m_text)))
        textLabel->setText(VadeMecumItems::textLabel(m_part));
    m_form->setRowVisible(m_choice, VadeMecumItems::hasChoice(m_part));
    m_form->setRowVisible(m_priority, m_part == Part::Needs);
    m_form->setRowVisible(m_conditions, m_part == Part::Resources);
}

void VadeMecumItemEditor::load()
{
    const VadeMecum* vm = m_document ? &m_document->project().vadeMecum() : nullptr;
    const int index = vm ? VadeMecumItems::indexOf(*vm, m_part, m_item) : -1;
    if (index < 0)
        m_item = NoId;
    const bool writable = m_document && !m_document->project().isReadOnly();
    const Item item = index >= 0 ? VadeMecumItems::at(*vm, m_part, index) : Item{};
    m_loading = true;
    m_heading->setText(index >= 0 ? item.title : VadeMecumItems::singular(m_part));
    m_intro->setText(introOf(m_part));
    for (QWidget* field :
         {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_choice), static_cast<QWidget*>(m_priority),
          static_cast<QWidget*>(m_text), static_cast<QWidget*>(m_conditions)})
        field->setEnabled(writable && index >= 0);
    if (m_title->text() != item.title)
        m_title->setText(item.title);
    if (m_text->toPlainText() != item.text)
        m_text->setPlainText(item.text);
    const QString conditions = item.conditions.join(QLatin1Char('\n'));
    // Only when the stored conditions differ from what is typed: a blank line being typed stays.
    QStringList typed;
    for (const QString& line : m_conditions->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            typed.append(line.trimmed());
    if (typed != item.conditions)
        m_conditions->setPlainText(conditions);
    m_choice->setCurrentIndex(std::max(0, m_choice->findData(item.choice)));
    m_priority->setCurrentIndex(std::max(0, m_priority->findData(item.secondChoice)));
    const int count = vm ? VadeMecumItems::count(*vm, m_part) : 0;
    m_add->setText(tr("&Add: %1").arg(VadeMecumItems::singular(m_part).toLower()));
    m_add->setEnabled(writable);
    m_remove->setText(tr("&Remove this item…"));
    m_remove->setEnabled(writable && index >= 0);
    m_up->setEnabled(writable && index > 0);
    m_down->setEnabled(writable && index >= 0 && index + 1 < count);
    m_loading = false;
}

bool VadeMecumItemEditor::change(const VadeMecum& after, qint64 mergeKey, const QString& text)
{
    const VadeMecum before = m_document->project().vadeMecum();
    if (after == before)
        return true;
    const QString refused =
        m_document->execute(std::make_unique<EditVadeMecumCommand>(*m_document, before, after, mergeKey, text));
    if (!refused.isEmpty())
        load(); // the fields show what is stored again
    return refused.isEmpty();
}

void VadeMecumItemEditor::edit(Field field, const std::function<void(Item&)>& apply)
{
    if (m_loading || !m_document || m_item == NoId)
        return;
    VadeMecum after = m_document->project().vadeMecum();
    const int index = VadeMecumItems::indexOf(after, m_part, m_item);
    if (index < 0)
        return;
    Item item = VadeMecumItems::at(after, m_part, index);
    apply(item);
    VadeMecumItems::put(after, m_part, index, item);
    // One field of one item typed in several goes: one undo step.
    change(after, m_item * 16 + field, tr("Edit %1").arg(item.title));
}

EntityId VadeMecumItemEditor::addItem()
{
    if (!m_document || m_document->project().isReadOnly())
        return NoId;
    VadeMecum after = m_document->project().vadeMecum();
    Item item;
    item.title = VadeMecumItems::newTitle(m_part);
    if (m_part == Part::Needs) {
        item.choice = static_cast<int>(Domain::Other);
        item.secondChoice = static_cast<int>(balise::Priority::Medium);
    }
    if (m_part == Part::Resources)
        item.choice = static_cast<int>(ResourceKind::Other);
    // After the current item, else last.
    const int current = VadeMecumItems::indexOf(after, m_part, m_item);
    const int count = VadeMecumItems::count(after, m_part);
    VadeMecumItems::put(after, m_part, count, item);
    if (current >= 0)
        VadeMecumItems::move(after, m_part, count, current + 1);
    if (!change(after, 0, tr("Add %1").arg(item.title)))
        return NoId;
    // The new item is the one the stored list has at that place.
    const VadeMecum& stored = m_document->project().vadeMecum();
    const EntityId id = VadeMecumItems::at(stored, m_part, current >= 0 ? current + 1 : count).id;
    showItem(m_part, id);
    Q_EMIT itemAdded(m_part, id);
    m_title->setFocus();
    m_title->selectAll();
    return id;
}

void VadeMecumItemEditor::removeItem()
{
    if (!m_document || m_item == NoId)
        return;
    VadeMecum after = m_document->project().vadeMecum();
    const int index = VadeMecumItems::indexOf(after, m_part, m_item);
    if (index < 0)
        return;
    const QString title = VadeMecumItems::at(after, m_part, index).title;
    const int cited = citations(m_document->project(), m_part, m_item);
    if (cited > 0 &&
        !m_confirm(
            tr("Remove \"%1\"? %n objective(s) or question(s) cite it and will lose that link. You can undo it with "
               "Ctrl+Z.",
               nullptr, cited)
                .arg(title)))
        return;
    VadeMecumItems::remove(after, m_part, index);
    if (change(after, 0, tr("Remove %1").arg(title))) {
        m_item = NoId;
        load();
        Q_EMIT itemRemoved(m_part);
    }
}

void VadeMecumItemEditor::moveItem(int delta)
{
    if (!m_document || m_item == NoId)
        return;
    VadeMecum after = m_document->project().vadeMecum();
    const int index = VadeMecumItems::indexOf(after, m_part, m_item);
    const int target = index + delta;
    if (index < 0 || target < 0 || target >= VadeMecumItems::count(after, m_part))
        return;
    VadeMecumItems::move(after, m_part, index, target);
    change(after, 0, tr("Move %1").arg(VadeMecumItems::at(after, m_part, target).title));
}

void VadeMecumItemEditor::showRefusal(const QString& message)
{
    if (!isVisible() && !m_refusal->isVisible())
        return;
    m_refusal->setText(message);
    m_refusal->setVisible(!message.isEmpty());
}

} // namespace balise::ui
