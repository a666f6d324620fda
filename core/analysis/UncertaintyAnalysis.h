#pragma once

#include "EvaluationSetup.h"
#include "MonteCarlo.h"
#include "RankSensitivity.h"

#include <QCoreApplication>
#include <atomic>
#include <optional>
#include <vector>

namespace balise {

// What the user asks of an uncertainty analysis of one period's ranking.
struct UncertaintyRequest
{
    int period = -1; // index into the setup's periods; -1: the last one
    int replications = 1000;
    engine::UncertaintySpace space;
    std::uint64_t seed = 1;
    bool sensitivity = false;      // also Saltelli indices, with `replications` base samples
    bool listReplications = false; // keep every replication's parameters
    int threads = 0;               // 0: every core
};

// Its results, with what they are about.
struct UncertaintyOutcome
{
    bool cancelled = false;
    QString periodLabel;
    QStringList serviceNames;
    QStringList nodeCodes; // per node, for the replications' multipliers
    std::vector<std::optional<engine::NormalisationMethod>> normalisations; // candidate 0 = the framework's own
    engine::MonteCarloResult monteCarlo;
    std::optional<engine::SaltelliResult> sensitivity;
    std::vector<engine::RankSensitivity::Input> sensitivityInputs;
};

// The uncertainty analysis of a project (Monte Carlo on the weights, optionally the aggregation and
// the normalisation, and Saltelli's indices), run from an evaluation setup. Plain computation: the
// command line runs it in the foreground, the workbench on a worker thread with progress and cancel.
class UncertaintyAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(UncertaintyAnalysis)

public:
    // The normalisations Monte Carlo may draw: the framework's own (nominal), then each method that the
    // framework does not already use for every quantitative indicator (a duplicate would be drawn
    // twice as often). Only the first when `draw` is false.
    static std::vector<std::optional<engine::NormalisationMethod>>
    normalisationCandidates(const engine::EvaluationInput& input, bool draw);

    // Why the request cannot run on this setup, as one sentence; empty when it can.
    static QString refusal(const EvaluationSetup& setup, const UncertaintyRequest& request);

    // Runs the analysis. `progress` (optional) is called from worker threads with the share done (the
    // Monte Carlo first, then Saltelli's runs); `cancel` (optional) stops it promptly, giving an
    // outcome with `cancelled` set. Throws std::invalid_argument when refusal() is not empty.
    static UncertaintyOutcome run(const EvaluationSetup& setup, const UncertaintyRequest& request,
                                  const std::atomic<bool>* cancel = nullptr,
                                  const engine::ProgressCallback& progress = {});
};

} // namespace balise
