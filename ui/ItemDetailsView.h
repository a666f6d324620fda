#pragma once

#include "ProjectItemRef.h"

#include <QTextBrowser>

namespace balise {
class Project;
} // namespace balise

namespace balise::ui {

// The centre of the workbench at this stage: every attribute of the item selected in the project
// tree, read-only. Pages are built by the *Details classes as escaped HTML, so user text is shown
// exactly as typed. The view does not follow the project by itself: whoever selects items (the main
// window) calls showItem() again after a change.
class ItemDetailsView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ItemDetailsView(QWidget* parent = nullptr);

    // Shows `item` of `project`; nullptr or an invalid item empties the view. The project is only read
    // during the call.
    void showItem(const Project* project, const ProjectItemRef& item);
    const ProjectItemRef& item() const { return m_item; }

    static QString pageFor(const Project& project, const ProjectItemRef& item);

private:
    ProjectItemRef m_item;
};

} // namespace balise::ui
