#include "FrameworkFromVadeMecumDialog.h"

#include "EditorWidgets.h"
#include "FrameworkFromVadeMecum.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "commands/FrameworkCommands.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace balise::ui {
namespace {

constexpr int targetRole = Qt::UserRole + 1;
constexpr int idRole = Qt::UserRole + 2;

} // namespace

FrameworkFromVadeMecumDialog::FrameworkFromVadeMecumDialog(ProjectDocument& document, QWidget* parent)
    : QDialog(parent), m_document(document), m_list(new QTreeWidget(this)),
      m_refusal(EditorWidgets::refusalLine(this, QStringLiteral("generateRefusal")))
{
    setObjectName(QStringLiteral("frameworkFromVadeMecumDialog"));
    setWindowTitle(tr("Objectives from the vade-mecum"));
    auto* intro = new QLabel(tr("One objective per ticked need or field of attention, named after it and citing "
                                "it. Those no objective serves yet are ticked. Criteria and indicators are yours to "
                                "add."),
                             this);
    intro->setWordWrap(true);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    const Project& project = document.project();
    const VadeMecum& vm = project.vadeMecum();
    const QList<VadeMecumLink> open = FrameworkFromVadeMecum::uncited(vm, project.framework());
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
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setData(0, targetRole, static_cast<int>(target));
        item->setData(0, idRole, static_cast<qlonglong>(id));
        item->setCheckState(0, open.contains(VadeMecumLink{target, id}) ? Qt::Checked : Qt::Unchecked);
    };
    if (!vm.needs.isEmpty()) {
        QTreeWidgetItem* needs = group(tr("Priority needs"));
        for (const Need& need : vm.needs)
            entry(needs, LinkTarget::Need, need.id, tr("%1 (%2)").arg(need.title, labelOf(need.domain)));
    }
    if (!vm.fields.isEmpty()) {
        QTreeWidgetItem* fields = group(tr("Fields of attention"));
        for (const FieldOfAttention& field : vm.fields)
            entry(fields, LinkTarget::Field, field.id, tr("%1 (%2)").arg(field.title, labelOf(field.family)));
    }
    m_list->expandAll();
    if (m_list->topLevelItemCount() == 0) {
        m_refusal->setText(tr("The vade-mecum has no need or field of attention yet: write them first."));
        m_refusal->show();
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add the objectives"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);
    resize(560, 460);
    connect(buttons, &QDialogButtonBox::accepted, this, &FrameworkFromVadeMecumDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QList<FrameworkImportNode> FrameworkFromVadeMecumDialog::proposal() const
{
    QList<VadeMecumLink> chosen;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g)
        for (int c = 0; c < m_list->topLevelItem(g)->childCount(); ++c) {
            const QTreeWidgetItem* item = m_list->topLevelItem(g)->child(c);
            if (item->checkState(0) == Qt::Checked)
                chosen.append({static_cast<LinkTarget>(item->data(0, targetRole).toInt()),
                               static_cast<EntityId>(item->data(0, idRole).toLongLong())});
        }
    const Project& project = m_document.project();
    return FrameworkFromVadeMecum::propose(project.vadeMecum(), project.framework(), chosen);
}

bool FrameworkFromVadeMecumDialog::apply()
{
    const QList<FrameworkImportNode> objectives = proposal();
    if (objectives.isEmpty()) {
        m_refusal->setText(tr("Tick at least one need or field of attention."));
        m_refusal->show();
        return false;
    }
    const QString refused = m_document.execute(std::make_unique<PasteNodesCommand>(
        m_document, objectives,
        tr("Add %n objective(s) from the vade-mecum", nullptr, static_cast<int>(objectives.size()))));
    m_refusal->setText(refused);
    m_refusal->setVisible(!refused.isEmpty());
    return refused.isEmpty();
}

void FrameworkFromVadeMecumDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace balise::ui
