#pragma once

#include "EvaluationSetup.h"
#include "MonteCarlo.h"
#include "RankSensitivity.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>
#include <optional>

namespace balise::cli {

// What `balise analyze` was asked to do.
struct AnalysisRequest
{
    int replications = 1000; // also Saltelli's N (base samples) with --sensitivity
    engine::UncertaintySpace space;
    std::uint64_t seed = 1;
    int threads = 0;
    bool sensitivity = false;
    bool listReplications = false;
};

// The results of `balise analyze` in its three formats. csv: one row per service in the project's
// order, header service,nominal_rank,mean_rank,median_rank,q05_rank,q95_rank,p_first, numbers with '.'
// and full precision, empty cells for a service that has no rank. json: the same plus the options, the
// sensitivity indices and, when asked, every replication's parameters. table: for a person, services by
// nominal rank, numbers in the user's locale.
class AnalysisReport
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisReport)

public:
    // All must outlive the report.
    AnalysisReport(const EvaluationSetup& setup, const engine::CompositeModel& model,
                   const std::vector<std::optional<engine::NormalisationMethod>>& normalisations,
                   const AnalysisRequest& request)
        : m_setup(setup), m_model(model), m_normalisations(normalisations), m_request(request)
    {}

    engine::MonteCarloResult uncertainty;
    std::optional<engine::SaltelliResult> sensitivity;
    std::vector<engine::RankSensitivity::Input> sensitivityInputs;

    void writeCsv(QTextStream& out) const;
    QJsonObject toJson(const QString& projectTitle, const QString& period) const;
    void writeTable(QTextStream& out) const;

    // "framework" for the framework's own normalisation, else the method's key (goalposts, minmax, …).
    static QString normalisationKey(const std::optional<engine::NormalisationMethod>& method);

private:
    QString drawnSummary() const;

    const EvaluationSetup& m_setup;
    const engine::CompositeModel& m_model;
    const std::vector<std::optional<engine::NormalisationMethod>>& m_normalisations;
    const AnalysisRequest& m_request;
};

} // namespace balise::cli
