#pragma once

#include "Aggregation.h"
#include "EngineTypes.h"
#include "FlatTree.h"
#include "Normalisation.h"

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace balise::engine {

// Everything one evaluation needs, as flat arrays (built from a project by analysis/EvaluationBuilder).
struct EvaluationInput
{
    FlatTree tree;
    std::vector<double> weights;      // raw weight of every node among its siblings (root included, ignored)
    std::vector<IndicatorRule> rules; // one per indicator column of the tree
    int services = 0;
    int periods = 0;
    // Raw values laid out [period][indicator][service]: NaN = missing; qualitative = level index.
    std::vector<double> values;
    AggregationSettings aggregation;
    // Traffic-light thresholds per node (root included): red < redBelow ≤ amber < greenFrom ≤ green.
    // Empty vectors mean the defaults of DESIGN §3 (40 and 70) for every node.
    std::vector<double> redBelow;
    std::vector<double> greenFrom;
    // Whole-run overrides. The normalisation override replaces the method of every quantitative
    // indicator; qualitative levels and target bands keep their own rule (they are not distances on a
    // scale that the methods could rescale). The aggregation override replaces aggregation.method.
    std::optional<NormalisationMethod> normalisationOverride;
    std::optional<AggregationMethod> aggregationOverride;

    size_t valueIndex(int period, int indicator, int service) const
    {
        return (static_cast<size_t>(period) * static_cast<size_t>(tree.indicatorCount()) +
                static_cast<size_t>(indicator)) *
                   static_cast<size_t>(services) +
               static_cast<size_t>(service);
    }
    AggregationSettings effectiveAggregation() const;
    // Throws std::invalid_argument when an array does not have the size the tree and counts demand.
    void check() const;
};

// Which nodes evaluate() ranks the services at. Ranks at an aggregated node (the overall score, an
// objective, a criterion) are what scorecards and the comparison show; ranks at an indicator order the
// services on one measure, which the exports and the detailed comparison ask for. Ranking is most of
// the cost of an evaluation (300 indicator rankings against 37 aggregated ones on the reference
// workload), so a caller that does not show indicator ranks can skip them.
enum class RankedNodes
{
    All,
    Aggregated // indicators get rank 0, as if unscored
};

struct EvaluationOptions
{
    RankedNodes rankedNodes = RankedNodes::All;
    // Periods are evaluated independently and may be spread over threads (0 = every core); a small
    // evaluation stays on the calling thread, where starting threads would cost more than it saves.
    int threads = 0;
};

// Scores of every node for every service in every period. The matrices are laid out
// [period][node][service]: one node-major block of nodeCount × services per period, node 0 being the
// overall score.
struct EvaluationResult
{
    int nodes = 0;
    int services = 0;
    int periods = 0;
    int indicators = 0;
    std::vector<double> scores;            // 0–100; NaN = insufficient data (or a missing indicator value)
    std::vector<double> coverage;          // share of weight present, 0–1 (within 1e-9 of 1 → exactly 1)
    std::vector<int> ranks;                // 1 = best, ties share the lowest rank; 0 = no score, no rank
    std::vector<NormalisationNotes> notes; // [period][indicator]
    // Traffic-light thresholds per node, as used: a light is a function of the score and these, so it is
    // derived when asked rather than stored (Insufficient exactly when the score is NaN).
    std::vector<double> redBelow;
    std::vector<double> greenFrom;

    size_t index(int period, int node, int service) const
    {
        return (static_cast<size_t>(period) * static_cast<size_t>(nodes) + static_cast<size_t>(node)) *
                   static_cast<size_t>(services) +
               static_cast<size_t>(service);
    }
    double score(int period, int node, int service) const { return scores[index(period, node, service)]; }
    double coverageOf(int period, int node, int service) const { return coverage[index(period, node, service)]; }
    Light light(int period, int node, int service) const;
    int rank(int period, int node, int service) const { return ranks[index(period, node, service)]; }
    const NormalisationNotes& note(int period, int indicator) const
    {
        return notes[static_cast<size_t>(period) * static_cast<size_t>(indicators) + static_cast<size_t>(indicator)];
    }
};

// Normalises every indicator in every period (DESIGN §3). Returns [period][node][service] with the
// same layout as EvaluationResult::scores: the rows of indicator nodes hold their 0–100 scores (NaN =
// missing) and every other row is NaN, so that one period's block can be handed to aggregate() as is
// (it fills the inner rows in place). `notes`, when not null, receives [period][indicator] notes.
// Uses input.normalisationOverride.
std::vector<double> normaliseAll(const EvaluationInput& input, std::vector<NormalisationNotes>* notes = nullptr);

// The same into caller-owned storage, with the normalisation method given explicitly (nullopt: each
// indicator's own), for callers that normalise several ways once and reuse the result (Monte Carlo).
// `scores` must hold periods × nodeCount × services values and `notes` periods × indicatorCount
// entries (or be empty to skip them).
void normaliseAll(const EvaluationInput& input, std::optional<NormalisationMethod> method, std::span<double> scores,
                  std::span<NormalisationNotes> notes);

// Normalises, aggregates with the sibling shares of the raw weights, and ranks the services.
EvaluationResult evaluate(const EvaluationInput& input, const EvaluationOptions& options = {});

// The same into an existing result, reusing its storage. Whoever re-evaluates often (the workbench
// after every edit, the benchmark) keeps one result: on the reference workload the 12-period matrices
// weigh 16 MB, and getting that much fresh memory from the system costs more than the evaluation.
void evaluate(const EvaluationInput& input, EvaluationResult& result, const EvaluationOptions& options = {});

// The light of a score: Insufficient for NaN; red below redBelow, green from greenFrom, amber between.
// A score within 1e-9 below a threshold counts as reaching it: a weighted mean of 70s may come out as
// 69.99999999999999 in floating point and must still be green.
Light lightOf(double score, double redBelow, double greenFrom);

// Competition ranks ("1224") of the services from their scores, higher is better: rank = 1 + the
// number of services whose score is higher by more than 1e-9 (so floating-point noise never splits a
// tie). NaN scores get rank 0. `scratch` is reused storage to keep the hot path allocation-free.
void rankServices(std::span<const double> scores, std::span<int> ranks, std::vector<double>& scratch);

} // namespace balise::engine
