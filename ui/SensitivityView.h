#pragma once

#include "OneAtATime.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QSpinBox;

namespace balise {
class ProjectEvaluation;
} // namespace balise

namespace balise::ui {

class CoalescedRefresh;

// Sensitivity to the weights, one at a time: each weight moved by −X and +X (siblings renormalised),
// and how far a service's overall score moves — a tornado chart, widest swing at the top — with the
// rank changes it causes. Recomputed after every edit (it takes milliseconds).
class SensitivityView : public QWidget
{
    Q_OBJECT

public:
    explicit SensitivityView(QWidget* parent = nullptr);
    ~SensitivityView() override;

    void setEvaluation(ProjectEvaluation* evaluation);
    void setChange(int percent);
    void showService(int service);

    const engine::OneAtATimeResult& result() const { return m_result; }
    QCustomPlot* tornado() const { return m_tornado; }
    QLabel* summary() const { return m_summary; }

private:
    void fillChoices();
    void recompute();
    void redraw();

    ProjectEvaluation* m_evaluation = nullptr;
    QComboBox* m_period;
    QComboBox* m_service;
    QSpinBox* m_change;
    QCustomPlot* m_tornado;
    QLabel* m_summary;
    engine::OneAtATimeResult m_result;
    QStringList m_nodeLabels;              // per moved node
    CoalescedRefresh* m_refresh = nullptr; // child of this view
};

} // namespace balise::ui
