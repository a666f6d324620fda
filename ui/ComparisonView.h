#pragma once

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QTreeView;

namespace balise {
class ProjectEvaluation;
} // namespace balise

namespace balise::ui {

class AdequacyModel;
class RankHistoryModel;
class ScoreTableModel;

// The comparison of the data services for one period: the scores at every node of the framework
// with ranks and traffic lights (a tree-table), and the objectives' scores side by side as grouped
// bars, and how each service's rank moved over the periods. Follows the document's kept evaluation:
// an edit anywhere shows here at once.
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonView(QWidget* parent = nullptr);
    ~ComparisonView() override;

    void setEvaluation(ProjectEvaluation* evaluation);

    ScoreTableModel* model() const { return m_model; }
    QTreeView* table() const { return m_table; }
    QCustomPlot* chart() const { return m_chart; }
    RankHistoryModel* rankHistory() const { return m_rankHistory; }
    AdequacyModel* adequacy() const { return m_adequacy; }

private:
    void fillPeriods();
    void redrawChart();

    ProjectEvaluation* m_evaluation = nullptr;
    ScoreTableModel* m_model;
    QComboBox* m_periods;
    QTreeView* m_table;
    QCustomPlot* m_chart;
    RankHistoryModel* m_rankHistory;
    AdequacyModel* m_adequacy;
};

} // namespace balise::ui
