#pragma once

#include "Evaluation.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace balise::cli {

// The input of `balise bench`: the reference workload of ../shared/bench (composite-indicator files in
// the COINr layout, copied to bench/data/ in the repository) turned into an engine EvaluationInput.
//
// Hierarchy file `iCode,Level,Parent,Direction,Weight,Type`: level 1 = indicators, 2 = criteria,
// 3 = objectives, 4 = the overall index (empty parent), weights relative within each parent. Data file
// `uCode,i001,…`: one row per service. The evaluation is the reference one: min-max normalisation
// across services, direction-aware, then weighted arithmetic means up the tree.
class BenchWorkload
{
    Q_DECLARE_TR_FUNCTIONS(BenchWorkload)

public:
    engine::EvaluationInput input; // one period
    QStringList serviceCodes;
    QStringList indicatorCodes; // per indicator column
    QString description;        // where it comes from, for the report

    // Reads the two files; nullopt with one sentence in *error when they cannot be used.
    static std::optional<BenchWorkload> read(const QString& hierarchyPath, const QString& dataPath, QString* error);

    // A synthetic workload of the reference's shape (10 indicators per criterion, 5 criteria per
    // objective, a third of the indicators skewed, a fifth lower-is-better), deterministic, for sizes
    // that have no reference file.
    static BenchWorkload synthetic(int services, int indicators);

    // The reference file pair for a size (hierarchy_U200_M300.csv, data_U200_M300.csv) in the first of
    // the usual places that has both: ./bench/data, then bench/data in the folders above the
    // executable (a build folder inside the source tree). Empty when none has them.
    static QString findReferenceFolder(int services, int indicators);
    static QString hierarchyFileName(int services, int indicators);
    static QString dataFileName(int services, int indicators);

    // The same data over `periods` periods: period 0 is the original, each later one multiplies every
    // value by a deterministic factor in [0.98, 1.02] (a realistic year-on-year drift).
    static engine::EvaluationInput overPeriods(const engine::EvaluationInput& input, int periods);
};

} // namespace balise::cli
