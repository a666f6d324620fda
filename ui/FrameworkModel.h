#pragma once

#include "Ids.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace balise {
struct FrameworkNode;
struct ProjectChange;
} // namespace balise

namespace balise::ui {

class ProjectDocument;

// The framework grid: objectives, criteria and indicators as an editable tree-table. Reads the nodes
// from the document's project; every edit (setData, a drop) becomes an undoable command executed by
// the document, and the model follows the project's change notifications, row by row, whoever made
// the change (the grid, an undo, an import).
//
// The model keeps its own copy of the tree's shape (ids per parent): Qt's begin/end protocol needs the
// old shape at the moment the project announces the new one.
class FrameworkModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Code,
        Weight,
        Share, // the node's share of its parent, from the weights (read-only)
        Direction,
        Unit,
        Baseline,
        Target,
        Owner,
        Actions,
        ColumnCount
    };
    // Data roles beyond Qt's.
    enum Role
    {
        NodeIdRole = Qt::UserRole + 1, // EntityId (qint64)
        NodeKindRole,                  // NodeKind as int
    };

    explicit FrameworkModel(QObject* parent = nullptr);
    ~FrameworkModel() override;

    // The document to show (nullptr: none). The model does not own it.
    void setDocument(ProjectDocument* document);
    ProjectDocument* document() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    QModelIndex indexOf(EntityId id, int column = Name) const;
    EntityId idOf(const QModelIndex& index) const;
    const FrameworkNode* nodeAt(const QModelIndex& index) const;

    // The last reason an edit was refused (empty when the last edit succeeded), for the view to show
    // in place.
    QString lastRefusal() const { return m_lastRefusal; }

private:
    void follow(const ProjectChange& change);
    void rebuild();
    void shapeSubtree(EntityId id);
    void forgetSubtree(EntityId id);
    bool shapeMatchesUnder(EntityId parent) const;
    QVariant displayData(const FrameworkNode& node, int column) const;
    QVariant editData(const FrameworkNode& node, int column) const;
    bool edit(const FrameworkNode& before, int column, const QVariant& value);
    EntityId dropTarget(const QMimeData* data, const QModelIndex& parent) const;

    QPointer<ProjectDocument> m_document;
    // Children of each inner node in sibling order; NoId holds the top-level nodes.
    QHash<EntityId, QList<EntityId>> m_children;
    QHash<EntityId, EntityId> m_parentOf;
    QString m_lastRefusal;
};

} // namespace balise::ui
