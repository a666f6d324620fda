#pragma once

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace balise {
class ProjectEvaluation;
struct UncertaintyOutcome;
struct UncertaintyRequest;
} // namespace balise

namespace balise::ui {

class RankStatisticsModel;
class ReplicationsModel;
class UncertaintyRunner;

// How robust the ranking is: the user sets the Monte Carlo run (replications, weight noise, seed,
// whether the aggregation and the normalisation are drawn, whether to compute sensitivity indices)
// and starts it; it runs in the background with a progress bar and Cancel. The results — each
// service's rank interval as a chart and a table, P(first), and the indices — replace the previous
// ones only when the run completes; a later edit of the project marks them as out of date.
class UncertaintyView : public QWidget
{
    Q_OBJECT

public:
    explicit UncertaintyView(QWidget* parent = nullptr);
    ~UncertaintyView() override;

    void setEvaluation(ProjectEvaluation* evaluation);

    // The request the form describes.
    UncertaintyRequest request() const;
    void setReplications(int replications);
    void run();
    // The same without a worker thread, for a picture of the view (--screenshot): returns when done.
    void runInForeground();
    void cancel();
    bool isRunning() const;

    // The results of the last run while the project has not changed since; null otherwise. Reports
    // take their rank intervals from it.
    const UncertaintyOutcome* currentOutcome() const { return m_current.get(); }

    RankStatisticsModel* model() const { return m_model; }
    ReplicationsModel* replicationList() const { return m_replicationList; }
    QCustomPlot* chart() const { return m_chart; }
    UncertaintyRunner* runner() const { return m_runner; }

private:
    void fillPeriods();
    void showOutcome(const UncertaintyOutcome& outcome);
    void redrawChart();
    void setRunning(bool running);

    ProjectEvaluation* m_evaluation = nullptr;
    UncertaintyRunner* m_runner;
    RankStatisticsModel* m_model;
    ReplicationsModel* m_replicationList;
    QComboBox* m_period;
    QSpinBox* m_replications;
    QSpinBox* m_noise;
    QSpinBox* m_seed;
    QCheckBox* m_drawAggregation;
    QCheckBox* m_drawNormalisation;
    QCheckBox* m_sensitivity;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTableView* m_table;
    QLabel* m_indices;
    QCustomPlot* m_chart;
    std::unique_ptr<UncertaintyOutcome> m_current;
};

} // namespace balise::ui
