#pragma once

#include "EngineTypes.h"
#include "Enums.h"
#include "Tracking.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <limits>
#include <vector>

namespace balise {

class Project;
struct EvaluationSetup;
namespace engine {
struct EvaluationResult;
}

// One line of a scorecard: a node of the framework as one service stands on it in one period.
struct ScorecardLine
{
    static constexpr double none = std::numeric_limits<double>::quiet_NaN();

    int node = -1; // engine node
    NodeKind kind = NodeKind::Objective;
    int depth = 0; // 0 for objectives
    QString code;
    QString name;
    QString owner;
    QStringList actions;
    double score = none;  // 0–100
    double change = none; // points since the previous period
    double coverage = none;
    engine::Light light = engine::Light::Insufficient;
    // Indicators only: the measured value and the target as the reader should see them (unit included,
    // a qualitative level by its label), the pace towards the target and the comment entered with the value.
    QString valueText;
    QString targetText;
    engine::Pace pace = engine::Pace::Unknown;
    QString comment;
};

// An objective and everything under it, for the detail pages.
struct ScorecardSection
{
    ScorecardLine objective;
    QList<ScorecardLine> lines; // criteria and indicators, depth-first
    std::vector<double> trend;  // the objective's score per period (NaN: insufficient)
};

// What the one-service scorecard shows (DESIGN §9), computed from an evaluation: the headline, the
// objectives, the strongest and weakest indicators, what to decide or watch, and one section per
// objective. Plain values, so that the PDF, the print preview and the tests read the same thing.
struct ServiceScorecard
{
    QString territory;
    QString projectTitle;
    QString serviceName;
    QString operatorName;
    QString periodLabel;
    QString previousPeriodLabel; // empty in the first period
    QStringList periodLabels;    // every period of the evaluation, for the trends

    ScorecardLine overall;
    int rank = 0; // 0: not ranked
    int rankedServices = 0;
    std::vector<double> overallTrend;

    QList<ScorecardLine> objectives;
    std::vector<double> objectiveAverages; // per objective: the mean of every service's score
    QList<ScorecardLine> strongest;        // at most three indicators, best first
    QList<ScorecardLine> weakest;          // at most three indicators, worst first
    // Indicators that call for a decision or watching: red, down by watchDrop points or more since
    // the previous period, or behind the pace to their target while not green; red ones first, then
    // by score.
    QList<ScorecardLine> watch;
    QList<ScorecardSection> sections;

    static constexpr double watchDrop = 5.0;
};

class ServiceScorecardBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ServiceScorecardBuilder)

public:
    // `setup` and `result` are an evaluation of `project`; `period` and `service` index them.
    static ServiceScorecard build(const Project& project, const EvaluationSetup& setup,
                                  const engine::EvaluationResult& result, int period, int service);
};

} // namespace balise
