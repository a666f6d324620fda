#pragma once

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QTableView;

namespace balise {
class ProjectEvaluation;
} // namespace balise

namespace balise::ui {

class CoalescedRefresh;
class ScorecardNodesModel;

// The scorecard of one data service: its overall score with light, rank and coverage; a radar of its
// objectives against the average of all services; the trend of its overall and objective scores over
// the periods; its three strongest and three weakest indicators; and, node by node, the score, light,
// change since the previous period and progress towards the target. Follows every edit.
class ScorecardView : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardView(QWidget* parent = nullptr);
    ~ScorecardView() override;

    void setEvaluation(ProjectEvaluation* evaluation);
    // Shows the service at this index of the evaluation's services (-1: the first).
    void showService(int service);

    // The service and period shown, by name and label (empty when none): what Print and Export PDF report on.
    QString currentServiceName() const;
    QString currentPeriodLabel() const;

    QLabel* headline() const { return m_headline; }
    QCustomPlot* radar() const { return m_radar; }
    QCustomPlot* trend() const { return m_trend; }
    QLabel* strengths() const { return m_strengths; }
    ScorecardNodesModel* nodes() const { return m_nodes; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillChoices();
    void redraw();
    void drawRadar(int period, int service);
    void drawTrend(int service);

    ProjectEvaluation* m_evaluation = nullptr;
    QComboBox* m_service;
    QComboBox* m_period;
    QLabel* m_headline;
    QCustomPlot* m_radar;
    QCustomPlot* m_trend;
    QLabel* m_strengths;
    ScorecardNodesModel* m_nodes;
    QTableView* m_nodeTable;
    CoalescedRefresh* m_refresh = nullptr; // child of this view
};

} // namespace balise::ui
