#include "NodeLinksEditor.h"

#include "Project.h"
#include "ProjectChange.h"
#include "ProjectDocument.h"
#include "commands/FrameworkCommands.h"

#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace balise::ui {
namespace {

// The EditNodeCommand attribute of a change of links (the grid's columns use small numbers).
constexpr int linksAttribute = 1000;
constexpr int targetRole = Qt::UserRole + 1;
constexpr int idRole = Qt::UserRole + 2;

} // namespace

NodeLinksEditor::NodeLinksEditor(QWidget* parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("nodeLinksEditor"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_list->setObjectName(QStringLiteral("nodeLinks"));
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    connect(m_list, &QTreeWidget::itemChanged, this, [this] { commit(); });
    load();
}

void NodeLinksEditor::setDocument(ProjectDocument* document)
{
    if (m_document)
        disconnect(&m_document->project(), nullptr, this, nullptr);
    m_document = document;
    m_node = NoId;
    if (m_document) {
        connect(&m_document->project(), &Project::changed, this, [this](const ProjectChange& change) {
            using Subject = ProjectChange::Subject;
            // A change this list made itself is already on screen; rebuilding the list now would delete
            // the item whose itemChanged signal is still being delivered (Qt reads it afterwards).
            if (m_committing)
                return;
            if (change.subject == Subject::Framework || change.subject == Subject::VadeMecum ||
                change.subject == Subject::File)
                load();
        });
        connect(m_document, &QObject::destroyed, this, [this] { m_document = nullptr; });
    }
    load();
}

void NodeLinksEditor::showNode(EntityId id)
{
    m_node = id;
    load();
}

void NodeLinksEditor::load()
{
    m_loading = true;
    m_list->clear();
    const FrameworkNode* node = m_document ? m_document->project().framework().find(m_node) : nullptr;
    if (!node) {
        m_intro->setText(tr("Select an objective to say which needs, principles and fields of attention of the "
                            "vade-mecum it serves."));
        m_loading = false;
        return;
    }
    const VadeMecum& vm = m_document->project().vadeMecum();
    m_intro->setText(vm.needs.isEmpty() && vm.principles.isEmpty() && vm.fields.isEmpty()
                         ? tr("The vade-mecum has no need, principle or field of attention yet: write them first, "
                              "under Vade-mecum in the project tree.")
                         : tr("What %1 serves in the vade-mecum:").arg(node->code));
    const bool writable = !m_document->project().isReadOnly();
    auto group = [&](const QString& title) {
        auto* item = new QTreeWidgetItem(m_list, {title});
        item->setFlags(Qt::ItemIsEnabled);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        return item;
    };
    auto entry = [&](QTreeWidgetItem* parent, LinkTarget target, EntityId id, const QString& title) {
        auto* item = new QTreeWidgetItem(parent, {title});
        item->setFlags(writable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable);
        item->setData(0, targetRole, static_cast<int>(target));
        item->setData(0, idRole, static_cast<qlonglong>(id));
        const bool linked = node->links.contains(VadeMecumLink{target, id});
        item->setCheckState(0, linked ? Qt::Checked : Qt::Unchecked);
    };
    if (!vm.needs.isEmpty()) {
        QTreeWidgetItem* needs = group(tr("Priority needs"));
        for (const Need& need : vm.needs)
            entry(needs, LinkTarget::Need, need.id, tr("%1 (%2)").arg(need.title, labelOf(need.domain)));
    }
    if (!vm.principles.isEmpty()) {
        QTreeWidgetItem* principles = group(tr("Principles"));
        for (const Principle& principle : vm.principles)
            entry(principles, LinkTarget::Principle, principle.id, principle.title);
    }
    if (!vm.fields.isEmpty()) {
        QTreeWidgetItem* fields = group(tr("Fields of attention"));
        for (const FieldOfAttention& field : vm.fields)
            entry(fields, LinkTarget::Field, field.id, tr("%1 (%2)").arg(field.title, labelOf(field.family)));
    }
    m_list->expandAll();
    m_loading = false;
}

void NodeLinksEditor::commit()
{
    if (m_loading || !m_document)
        return;
    const FrameworkNode* current = m_document->project().framework().find(m_node);
    if (!current)
        return;
    FrameworkNode after = *current;
    after.links.clear();
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_list->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            const QTreeWidgetItem* item = group->child(c);
            if (item->checkState(0) == Qt::Checked)
                after.links.append({static_cast<LinkTarget>(item->data(0, targetRole).toInt()),
                                    static_cast<EntityId>(item->data(0, idRole).toLongLong())});
        }
    }
    if (after.links == current->links)
        return;
    const FrameworkNode before = *current;
    m_committing = true;
    const QString refused =
        m_document->execute(std::make_unique<EditNodeCommand>(*m_document, before, after, linksAttribute));
    m_committing = false;
    // Refused (a read-only project, a failed save): show the links as they are again, once the item's
    // signal has returned.
    if (!refused.isEmpty())
        QTimer::singleShot(0, this, &NodeLinksEditor::load);
}

} // namespace balise::ui
