#pragma once

#include "ProjectItemRef.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace balise {
class Project;
struct ProjectChange;
} // namespace balise

namespace balise::ui {

// The project tree on the left of the workbench: Vade-mecum, Framework, Data services, Periods,
// Measurements and Impact accounts, each with its items. Column 0 names the item, column 1 holds the
// weight of framework nodes.
//
// The model reads the Project it is given but does not own it (the ProjectDocument does). It keeps
// its own small tree of rows, rebuilt from the project whenever Project::changed fires; at this
// stage a change resets the model (finer-grained row signals come with the editors).
class ProjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn = 0,
        WeightColumn = 1,
        ColumnCount = 2
    };
    enum Role
    {
        ItemRefRole = Qt::UserRole + 1, // QVariant holding a ProjectItemRef
        ItemKindRole,                   // int: ProjectItemRef::Kind
        EntityIdRole                    // qint64: ProjectItemRef::id
    };

    explicit ProjectTreeModel(QObject* parent = nullptr);
    ~ProjectTreeModel() override;

    // Shows `project` (nullptr: nothing). The project must outlive its use here or be destroyed as a
    // QObject: the model forgets it when it is destroyed.
    void setProject(const Project* project);
    const Project* project() const { return m_project; }

    ProjectItemRef itemAt(const QModelIndex& index) const;
    // The row showing `ref` (column 0), or an invalid index when the project has no such item.
    QModelIndex indexOf(const ProjectItemRef& ref) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;

    void rebuild();
    void onProjectChanged(const balise::ProjectChange& change);
    Node* nodeOf(const QModelIndex& index) const;

    void addVadeMecum(Node& root);
    void addFramework(Node& root);
    void addServices(Node& root);
    void addPeriods(Node& root);
    void addMeasurements(Node& root);
    void addImpactAccounts(Node& root);

    Node& addNode(Node& parent, ProjectItemRef ref, QString text);

    const Project* m_project = nullptr; // not owned; forgotten when destroyed (see setProject)
    // Every row's node, owned flat so that a deep framework never recurses through destructors;
    // nodes point to their parent and children. m_root is the invisible root (first element).
    std::vector<std::unique_ptr<Node>> m_nodes;
    Node* m_root = nullptr;
    QMetaObject::Connection m_changedConnection;
    QMetaObject::Connection m_destroyedConnection;
};

} // namespace balise::ui
