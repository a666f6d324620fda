#pragma once

#include "Ids.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace balise {
class ProjectEvaluation;
} // namespace balise

namespace balise::ui {

// Scores of every service at every node of the framework, for one period: the overall score first,
// then objectives, criteria and indicators as a tree; one column per service after the node's name.
// A cell shows the score, the rank among the services and, when part of the weight was not measured,
// the coverage; its background is the traffic light. Reads the document's kept evaluation and follows
// it: an edit elsewhere updates the cells without resetting the tree.
class ScoreTableModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        ScoreRole = Qt::UserRole + 1, // double, NaN when insufficient
        RankRole,                     // int, 0 when unranked
        LightRole,                    // "red", "amber", "green" or "insufficient"
        CoverageRole                  // double 0..1
    };

    explicit ScoreTableModel(QObject* parent = nullptr);
    ~ScoreTableModel() override;

    void setEvaluation(ProjectEvaluation* evaluation);
    // The period shown, as an index into the evaluation's periods; -1: the last one.
    void setPeriodIndex(int period);
    int periodIndex() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The engine node of a row (0: the overall score).
    int nodeOf(const QModelIndex& index) const;

private:
    void reshape();
    void refreshCells();
    bool shapeChanged() const;

    QPointer<ProjectEvaluation> m_evaluation;
    int m_requestedPeriod = -1;
    int m_period = -1;
    // The tree as the evaluation's flat nodes: children of each node in order (the root's child is
    // node 0, the overall score, whose children are the objectives).
    QList<QList<int>> m_children; // indexed by node + 1; entry 0 holds the invisible root's rows
    QList<int> m_parent;          // per node: its parent node, -1 for node 0
    QList<int> m_row;             // per node: its row under its parent
    QStringList m_serviceNames;
};

} // namespace balise::ui
