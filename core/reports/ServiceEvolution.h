#pragma once

#include "EngineTypes.h"
#include "Enums.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace balise {

class Project;
struct EvaluationSetup;
namespace engine {
struct EvaluationResult;
}

// One node of the framework for one service over the periods shown.
struct EvolutionLine
{
    QString code;
    QString name;
    NodeKind kind = NodeKind::Objective;
    int depth = 0;              // 0 for the overall score and the objectives
    std::vector<double> scores; // per period shown; NaN: insufficient
    std::vector<engine::Light> lights;
    QStringList values; // indicators: the value as read (unit, level label); "" when missing
};

// How one service moved over the periods (DESIGN §9): its overall score, rank and light in each
// period, each objective's score, and each indicator's value — over the last `maxPeriods` periods.
struct ServiceEvolution
{
    static constexpr int maxPeriods = 6;

    QString serviceName;
    QString operatorName;
    QStringList periods;    // shown, oldest first
    QStringList allPeriods; // every period, for the trend chart
    EvolutionLine overall;
    std::vector<int> ranks; // per period shown; 0: not ranked
    int services = 0;
    std::vector<std::vector<double>> overallTrend; // [0]: overall, then one per objective, every period
    QStringList trendNames;
    QList<EvolutionLine> objectives;
    QList<EvolutionLine> indicators; // depth-first, under their objectives
};

class ServiceEvolutionBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ServiceEvolutionBuilder)

public:
    static ServiceEvolution build(const Project& project, const EvaluationSetup& setup,
                                  const engine::EvaluationResult& result, int service);
};

} // namespace balise
