#pragma once

#include "EngineTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <limits>

namespace balise {

class Project;
struct EvaluationSetup;
struct UncertaintyOutcome;
namespace engine {
struct EvaluationResult;
}

// One service in a comparison.
struct ComparisonRow
{
    static constexpr double none = std::numeric_limits<double>::quiet_NaN();

    int service = -1; // engine index
    QString name;
    QString operatorName;
    double score = none;
    double change = none; // points since the previous period
    double coverage = none;
    engine::Light light = engine::Light::Insufficient;
    int rank = 0; // among all the project's services; 0: no score
    QList<double> objectiveScores;
    QList<engine::Light> objectiveLights;
    // From the last uncertainty analysis of the same period, when there is one.
    bool hasInterval = false;
    double rankLow = none;  // 5th percentile of the rank
    double rankHigh = none; // 95th percentile
    double pFirst = none;
};

// The comparison of chosen services in one period (DESIGN §9): their ranking, their scores objective by
// objective and, when an uncertainty analysis of that period was run, how far each rank could move.
struct ServiceComparison
{
    QString territory;
    QString projectTitle;
    QString periodLabel;
    QString previousPeriodLabel;
    QStringList objectiveCodes;
    QStringList objectiveNames;
    QList<ComparisonRow> rows; // best first; services without a score last, by name
    int replications = 0;      // of the uncertainty analysis the intervals come from; 0: none
    int allServices = 0;       // how many services the project evaluates
};

class ServiceComparisonBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ServiceComparisonBuilder)

public:
    // `services`: engine indices to compare (empty: every service). `uncertainty` may be null; its
    // intervals are used only when it is about the same period and the same services.
    static ServiceComparison build(const Project& project, const EvaluationSetup& setup,
                                   const engine::EvaluationResult& result, int period, const QList<int>& services,
                                   const UncertaintyOutcome* uncertainty);
};

} // namespace balise
