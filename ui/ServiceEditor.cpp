#include "ServiceEditor.h"

#include "EditorWidgets.h"
#include "Project.h"
#include "ProjectChange.h"
#include "ProjectDocument.h"
#include "ServiceAnswersEditor.h"
#include "commands/EntityCommands.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace balise::ui {

ServiceEditor::ServiceEditor(QWidget* parent)
    : QWidget(parent), m_title(EditorWidgets::title(this)), m_name(new QLineEdit(this)),
      m_operator(new QLineEdit(this)), m_domain(new QComboBox(this)), m_role(new QComboBox(this)),
      m_description(new QPlainTextEdit(this)), m_reached(new QLineEdit(this)), m_notReached(new QLineEdit(this)),
      m_remove(new QPushButton(tr("Remove this service…"), this)),
      m_refusal(EditorWidgets::refusalLine(this, QStringLiteral("serviceRefusal"))),
      m_answers(new ServiceAnswersEditor(this))
{
    setObjectName(QStringLiteral("serviceEditor"));
    for (balise::Domain domain : allValues<balise::Domain>())
        m_domain->addItem(labelOf(domain), static_cast<int>(domain));
    for (DataRole role : allValues<DataRole>())
        m_role->addItem(labelOf(role), static_cast<int>(role));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Operator:"), m_operator);
    form->addRow(tr("&Domain:"), m_domain);
    form->addRow(tr("Role of the &data:"), m_role);
    form->addRow(tr("D&escription:"), m_description);
    form->addRow(tr("Population &reached:"), m_reached);
    form->addRow(tr("Population &not reached:"), m_notReached);

    auto* postures = new QGroupBox(tr("Postures of the public actor"), this);
    auto* postureLayout = new QVBoxLayout(postures);
    for (Posture posture : allValues<Posture>()) {
        auto* box = new QCheckBox(labelOf(posture), postures);
        box->setProperty("posture", static_cast<int>(posture));
        postureLayout->addWidget(box);
        m_postures.append(box);
        connect(box, &QCheckBox::toggled, this, [this, posture](bool on) {
            edit(Postures + 0, [&](DataService& s) {
                s.postures = on ? (s.postures | static_cast<int>(posture)) : (s.postures & ~static_cast<int>(posture));
            });
        });
    }
    auto* profile = new QGroupBox(tr("Destabilisation profile (0 = none, 4 = strong)"), this);
    auto* profileLayout = new QFormLayout(profile);
    int axisIndex = 0;
    for (DestabilisationAxis axis : allValues<DestabilisationAxis>()) {
        auto* rating = new QComboBox(profile);
        rating->addItem(tr("not assessed"), -1);
        for (int level = 0; level <= 4; ++level)
            rating->addItem(QString::number(level), level);
        profileLayout->addRow(labelOf(axis), rating);
        m_destabilisation.append(rating);
        connect(rating, &QComboBox::activated, this, [this, rating, axisIndex] {
            const int level = rating->currentData().toInt();
            edit(Destabilisation + axisIndex, [&](DataService& s) {
                s.destabilisation[static_cast<size_t>(axisIndex)] =
                    level < 0 ? std::nullopt : std::optional<int>(level);
            });
        });
        ++axisIndex;
    }
    auto* groups = new QHBoxLayout;
    groups->addWidget(postures);
    groups->addWidget(profile, 1);

    auto* add = new QPushButton(tr("&Add a service"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch();
    buttons->addWidget(m_remove);

    // The description, the postures and destabilisation ratings, and the answers on three tabs:
    // together they would not fit a laptop's screen.
    auto* description = new QWidget(this);
    auto* descriptionLayout = new QVBoxLayout(description);
    descriptionLayout->addLayout(form);
    descriptionLayout->addStretch();
    auto* stances = new QWidget(this);
    auto* stancesLayout = new QVBoxLayout(stances);
    stancesLayout->addLayout(groups);
    stancesLayout->addStretch();
    auto* tabs = new QTabWidget(this);
    tabs->addTab(description, tr("Description"));
    tabs->addTab(stances, tr("Postures and destabilisation"));
    tabs->addTab(m_answers, tr("Answers to the operator questionnaire"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_refusal);
    layout->addLayout(buttons);

    connect(m_name, &QLineEdit::editingFinished, this,
            [this] { edit(Name, [&](DataService& s) { s.name = m_name->text(); }); });
    connect(m_operator, &QLineEdit::editingFinished, this,
            [this] { edit(Operator, [&](DataService& s) { s.operatorName = m_operator->text(); }); });
    connect(m_reached, &QLineEdit::editingFinished, this,
            [this] { edit(Reached, [&](DataService& s) { s.populationReached = m_reached->text(); }); });
    connect(m_notReached, &QLineEdit::editingFinished, this,
            [this] { edit(NotReached, [&](DataService& s) { s.populationNotReached = m_notReached->text(); }); });
    connect(m_description, &QPlainTextEdit::textChanged, this,
            [this] { edit(Description, [&](DataService& s) { s.description = m_description->toPlainText(); }); });
    connect(m_domain, &QComboBox::activated, this, [this] {
        edit(Domain, [&](DataService& s) { s.domain = static_cast<balise::Domain>(m_domain->currentData().toInt()); });
    });
    connect(m_role, &QComboBox::activated, this, [this] {
        edit(Role, [&](DataService& s) { s.dataRole = static_cast<DataRole>(m_role->currentData().toInt()); });
    });
    connect(add, &QPushButton::clicked, this, &ServiceEditor::addService);
    connect(m_remove, &QPushButton::clicked, this, &ServiceEditor::removeService);
    m_confirm = EditorWidgets::askBeforeRemoving(this);
    load();
}

ServiceEditor::~ServiceEditor() = default;

void ServiceEditor::setConfirmation(std::function<bool(const QString&)> confirm)
{
    m_confirm = std::move(confirm);
}

void ServiceEditor::setDocument(ProjectDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(&m_document->project(), nullptr, this, nullptr);
    }
    m_document = document;
    m_service = NoId;
    m_answers->setDocument(document);
    if (m_document) {
        connect(m_document, &ProjectDocument::editRefused, this, &ServiceEditor::showRefusal);
        connect(&m_document->project(), &Project::changed, this, [this](const ProjectChange& change) {
            if (change.subject == ProjectChange::Subject::Services || change.subject == ProjectChange::Subject::File)
                load();
        });
        connect(m_document, &QObject::destroyed, this, [this] { m_document = nullptr; });
    }
    load();
}

void ServiceEditor::showService(EntityId id)
{
    m_service = id;
    m_answers->showService(id);
    m_refusal->hide();
    load();
}

void ServiceEditor::load()
{
    const DataService* service = m_document ? m_document->project().data().findService(m_service) : nullptr;
    const bool writable = service && !m_document->project().isReadOnly();
    m_loading = true;
    const QList<QWidget*> fields{m_name, m_operator, m_domain, m_role, m_description, m_reached, m_notReached};
    for (QWidget* field : fields)
        field->setEnabled(writable);
    for (QCheckBox* box : m_postures)
        box->setEnabled(writable);
    for (QComboBox* rating : m_destabilisation)
        rating->setEnabled(writable);
    m_remove->setEnabled(writable);
    m_title->setText(service ? service->name : tr("No service selected"));
    auto set = [](QLineEdit* line, const QString& text) {
        if (line->text() != text)
            line->setText(text);
    };
    set(m_name, service ? service->name : QString());
    set(m_operator, service ? service->operatorName : QString());
    set(m_reached, service ? service->populationReached : QString());
    set(m_notReached, service ? service->populationNotReached : QString());
    if (m_description->toPlainText() != (service ? service->description : QString()))
        m_description->setPlainText(service ? service->description : QString());
    m_domain->setCurrentIndex(m_domain->findData(static_cast<int>(service ? service->domain : Domain::Other)));
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(service ? service->dataRole : DataRole::Lever)));
    for (QCheckBox* box : m_postures)
        box->setChecked(service && (service->postures & box->property("posture").toInt()) != 0);
    for (int axis = 0; axis < m_destabilisation.size(); ++axis) {
        // -1 stands for "not assessed" in the list (GCC 12 warns falsely about an optional built by ?:).
        int level = -1;
        if (service && service->destabilisation[static_cast<size_t>(axis)])
            level = *service->destabilisation[static_cast<size_t>(axis)];
        m_destabilisation[axis]->setCurrentIndex(m_destabilisation[axis]->findData(level));
    }
    m_loading = false;
}

void ServiceEditor::edit(int attribute, const std::function<void(DataService&)>& change)
{
    if (m_loading || !m_document)
        return;
    const DataService* current = m_document->project().data().findService(m_service);
    if (!current)
        return;
    DataService after = *current;
    change(after);
    if (after == *current)
        return;
    const DataService before = *current;
    if (!m_document->execute(std::make_unique<EditEntityCommand<DataService>>(*m_document, before, after, attribute))
             .isEmpty())
        load(); // refused: the field shows what is stored
}

EntityId ServiceEditor::addService()
{
    if (!m_document || m_document->project().isReadOnly())
        return NoId;
    DataService service;
    // A name not yet taken: "New service", "New service 2"…
    const QString base = tr("New service");
    service.name = base;
    for (int n = 2; m_document->project().data().findServiceByName(service.name); ++n)
        service.name = QStringLiteral("%1 %2").arg(base).arg(n);
    auto command = std::make_unique<AddEntityCommand<DataService>>(*m_document, service);
    AddEntityCommand<DataService>* added = command.get();
    if (!m_document->execute(std::move(command)).isEmpty())
        return NoId;
    const EntityId id = added->addedId();
    showService(id);
    Q_EMIT serviceAdded(id);
    m_name->setFocus();
    m_name->selectAll();
    return id;
}

void ServiceEditor::removeService()
{
    if (!m_document)
        return;
    const DataService* service = m_document->project().data().findService(m_service);
    if (!service)
        return;
    int values = 0;
    for (const Measurement& m : m_document->project().measurements())
        values += m.key.serviceId == m_service;
    if (values > 0 &&
        !m_confirm(tr("Remove \"%1\" and its %n measurement(s)? You can undo it with Ctrl+Z.", nullptr, values)
                       .arg(service->name)))
        return;
    if (m_document->execute(std::make_unique<RemoveEntityCommand<DataService>>(*m_document, m_service)).isEmpty()) {
        m_service = NoId;
        load();
        Q_EMIT serviceRemoved();
    }
}

void ServiceEditor::showRefusal(const QString& message)
{
    if (!isVisible() && !m_refusal->isVisible())
        return;
    m_refusal->setText(message);
    m_refusal->setVisible(!message.isEmpty());
}

} // namespace balise::ui
