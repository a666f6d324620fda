#pragma once

#include "ProjectItemRef.h"

#include <QList>
#include <QTreeView>

namespace balise::ui {

class ProjectTreeModel;

// The tree view of the project. Besides showing a ProjectTreeModel it keeps the user's place across
// model resets — the current item and which rows were expanded — since at this stage every change to
// the project resets the model. Does not own the model.
class ProjectTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit ProjectTreeView(QWidget* parent = nullptr);

    void setProjectModel(ProjectTreeModel* model);
    ProjectTreeModel* projectModel() const { return m_model; }

    ProjectItemRef currentItem() const;
    // Makes `item` current, expanding its ancestors and scrolling to it; false when it is not in the tree.
    bool selectItem(const ProjectItemRef& item);
    // The expansion a freshly opened project gets: the whole framework and the sections after it open,
    // the vade-mecum closed.
    void expandDefault();

Q_SIGNALS:
    // The current item changed, or was shown anew after a reset (the details may have changed).
    void currentItemChanged(const balise::ui::ProjectItemRef& item);

private:
    void rememberPlace();
    void restorePlace();

    ProjectTreeModel* m_model = nullptr;
    ProjectItemRef m_rememberedCurrent;
    QList<ProjectItemRef> m_rememberedExpanded;
};

} // namespace balise::ui
