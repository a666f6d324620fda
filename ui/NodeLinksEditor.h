#pragma once

#include "Ids.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace balise::ui {

class ProjectDocument;

// What an objective (or criterion) of the framework serves in the vade-mecum: the priority needs,
// principles and fields of attention it answers, ticked in a list. The quality audit reads these
// links (an indicator under no linked node has its relevance in doubt). Each change is one undoable
// edit of the node.
class NodeLinksEditor : public QWidget
{
    Q_OBJECT

public:
    explicit NodeLinksEditor(QWidget* parent = nullptr);

    void setDocument(ProjectDocument* document);
    void showNode(EntityId id);

    QTreeWidget* list() const { return m_list; }

private:
    void load();
    void commit();

    ProjectDocument* m_document = nullptr;
    EntityId m_node = NoId;
    bool m_loading = false;
    bool m_committing = false; // while commit() runs the command, so the list is not rebuilt under it
    QLabel* m_intro;
    QTreeWidget* m_list;
};

} // namespace balise::ui
