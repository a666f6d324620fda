#pragma once

#include "Ids.h"

#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QTabWidget;
class QTreeView;

namespace balise {
struct ProjectChange;
} // namespace balise

namespace balise::ui {

class FrameworkModel;
class IndicatorForm;
class NodeLinksEditor;
class ItemDetailsView;
class ProjectDocument;

// The framework grid: objectives, criteria and indicators in an editable tree-table with a toolbar
// (add, remove, move), drag-and-drop to reorder, and the details of the current node below. Every
// edit goes through the document's undo stack; a refused edit is explained in a line under the grid.
class FrameworkEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FrameworkEditor(QWidget* parent = nullptr);
    ~FrameworkEditor() override;

    void setDocument(ProjectDocument* document);
    // Makes the node current; NoId: none, and the details show the whole framework.
    void selectNode(EntityId id);
    EntityId currentNode() const;

    FrameworkModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    ItemDetailsView* detailsView() const { return m_details; }
    IndicatorForm* indicatorForm() const { return m_indicatorForm; }
    NodeLinksEditor* linksEditor() const { return m_links; }

    // Asked before a removal that takes measurements or a subtree with it; returns true to go on.
    // Defaults to a question box; tests replace it.
    void setConfirmation(std::function<bool(const QString& question)> confirm);

    void addObjective();
    void addCriterion();
    void addIndicator();
    void removeCurrent();
    void moveCurrent(int delta); // −1: up, +1: down among its siblings
    // The clipboard holds a copied subtree as framework CSV lines, tab-separated: it pastes into a
    // spreadsheet, and lines copied from a spreadsheet (with their header) paste here.
    void copyCurrent();
    void cutCurrent();
    // Pastes under the current node (FrameworkPaste says where); false, with the reason shown, when
    // nothing was pasted.
    bool paste();
    // Opens the weighting of the current node's children (of its siblings for an indicator; of the
    // objectives when nothing is selected).
    void weighChildren();

private:
    void addNode(int kind, EntityId parent, int row);
    void updateActions();
    void showDetails();
    void showRefusal(const QString& message);
    QString freeCode(const QString& prefix) const;

    ProjectDocument* m_document = nullptr;
    FrameworkModel* m_model;
    QTreeView* m_view;
    ItemDetailsView* m_details;
    IndicatorForm* m_indicatorForm;
    NodeLinksEditor* m_links;
    QTabWidget* m_lower; // the summary of the current node, and the form of an indicator
    QLabel* m_refusal;
    QAction* m_addObjective;
    QAction* m_addCriterion;
    QAction* m_addIndicator;
    QAction* m_remove;
    QAction* m_moveUp;
    QAction* m_moveDown;
    QAction* m_weigh;
    QAction* m_copy;
    QAction* m_cut;
    QAction* m_paste;
    QAction* m_generate;
    std::function<bool(const QString&)> m_confirm;
};

} // namespace balise::ui
