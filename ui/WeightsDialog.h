#pragma once

#include "Ids.h"
#include "WeightingRecord.h"

#include <QDialog>
#include <QList>
#include <vector>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace balise::ui {

class ProjectDocument;

// Weighs the children of one node (or the objectives) with the method the user prefers — points,
// equal weights, a 100-point budget, a ranking (rank order centroid) or pairwise comparison (AHP on
// Saaty's 1–9 scale) — shows the resulting shares live, and for AHP the consistency ratio and, when it
// is above 0.10, the judgement that contradicts the others. Apply gives the children those weights in
// one undoable step, together with the method and what was entered for it (a WeightingRecord), which
// the dialog shows again when it is next opened for the same node.
class WeightsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Method
    {
        Points,
        Equal,
        Budget,
        Ranking,
        Pairwise,
        Group // several stakeholders' points, combined by their mean, with their disagreement
    };

    WeightsDialog(ProjectDocument& document, EntityId parent, QWidget* parentWidget = nullptr);

    // The shares the current method gives (empty while its input is invalid), and why not.
    const std::vector<double>& shares() const { return m_shares; }
    QString problem() const;
    void setMethod(Method method);
    // For tests and scripted use: a judgement of the pairwise matrix (row's item against column's),
    // as typed ("3", "1/5").
    void setJudgement(int row, int column, const QString& text);
    void setInputs(Method method, const QList<double>& values);
    // For tests: one stakeholder's points in the group table (adding stakeholders as needed).
    void setStakeholderPoints(int stakeholder, const QList<double>& points);
    // The group method's per-child disagreement (σ/mean of the stakeholders' shares), empty otherwise.
    const std::vector<double>& disagreement() const { return m_disagreement; }

    // Applies the shares as the children's weights; false (with the reason shown) when invalid.
    bool applyWeights();
    // What the dialog would record: the method shown and every input typed, by child.
    WeightingRecord typedRecord() const;
    Method method() const;

private:
    QTableWidget* makeInputTable(const QString& header, const QList<double>& initial);
    void recompute();
    void fillPairwise();
    void addStakeholder();
    bool recomputeGroup();
    void restore(const WeightingRecord& record);

    ProjectDocument& m_document;
    EntityId m_parent;
    QList<EntityId> m_children;
    QStringList m_labels;
    QTabWidget* m_methods;
    QTableWidget* m_points;
    QTableWidget* m_budget;
    QTableWidget* m_ranking;
    QTableWidget* m_pairwise;
    QTableWidget* m_group;
    QTableWidget* m_result;
    QLabel* m_status;
    std::vector<double> m_shares;
    std::vector<double> m_disagreement;
    QString m_problem;
    bool m_filling = false;
};

} // namespace balise::ui
