#include "ProjectTreeView.h"

#include "ProjectTreeModel.h"

#include <QHeaderView>

namespace balise::ui {

ProjectTreeView::ProjectTreeView(QWidget* parent) : QTreeView(parent)
{
    setObjectName(QStringLiteral("projectTreeView"));
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(false);
}

void ProjectTreeView::setProjectModel(ProjectTreeModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    setModel(model);
    if (!model)
        return;
    header()->setSectionResizeMode(ProjectTreeModel::NameColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(ProjectTreeModel::WeightColumn, QHeaderView::ResizeToContents);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &ProjectTreeView::rememberPlace);
    connect(model, &QAbstractItemModel::modelReset, this, &ProjectTreeView::restorePlace);
    // setModel() made a new selection model.
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { Q_EMIT currentItemChanged(m_model->itemAt(current)); });
}

ProjectItemRef ProjectTreeView::currentItem() const
{
    return m_model ? m_model->itemAt(currentIndex()) : ProjectItemRef();
}

bool ProjectTreeView::selectItem(const ProjectItemRef& item)
{
    if (!m_model)
        return false;
    const QModelIndex index = m_model->indexOf(item);
    if (!index.isValid())
        return false;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        expand(parent);
    if (index == currentIndex()) // a reset does not clear the current index when it stays valid
        Q_EMIT currentItemChanged(item);
    else
        setCurrentIndex(index);
    scrollTo(index);
    return true;
}

void ProjectTreeView::expandDefault()
{
    if (!m_model)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex section = m_model->index(row, 0);
        switch (m_model->itemAt(section).kind) {
        case ProjectItemRef::Kind::FrameworkSection:
            expandRecursively(section);
            break;
        case ProjectItemRef::Kind::VadeMecumSection:
            // Its eight groups would push the framework down; it is one click away.
            break;
        default:
            expand(section);
        }
    }
}

void ProjectTreeView::rememberPlace()
{
    m_rememberedCurrent = currentItem();
    m_rememberedExpanded.clear();
    // Every row is walked: the model holds a few thousand rows at most (6 sections, a framework of a
    // few hundred nodes, one row per service and period).
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (isExpanded(index)) {
                m_rememberedExpanded.append(m_model->itemAt(index));
                pending.append(index);
            }
        }
    }
}

void ProjectTreeView::restorePlace()
{
    for (const ProjectItemRef& item : std::as_const(m_rememberedExpanded))
        if (const QModelIndex index = m_model->indexOf(item); index.isValid())
            expand(index);
    m_rememberedExpanded.clear();
    const ProjectItemRef previous = m_rememberedCurrent;
    m_rememberedCurrent = {};
    if (!previous.isValid())
        return;
    // An item that is gone (removed by the change) gives way to its section.
    if (!selectItem(previous))
        selectItem(previous.section());
}

} // namespace balise::ui
