#pragma once

#include "Aggregation.h"
#include "EngineTypes.h"
#include "Evaluation.h"
#include "FlatTree.h"

#include <optional>
#include <span>
#include <vector>

namespace balise::engine {

// The composite indicator of one period as a function of its uncertain inputs — the weights, the
// aggregation method, the normalisation — prepared once so that Monte Carlo, Saltelli and
// one-at-a-time runs evaluate it thousands of times at the cost of a matrix-vector product.
//
// Why this is exact. With every weight > 0 and no missing data, aggregating up the tree is linear in
// the leaves: the overall score is Σᵢ Wᵢ·xᵢ where Wᵢ is the product of the sibling shares on the path
// from the root to indicator i, and xᵢ the indicator's score (arithmetic mean) or ln(score + 1)
// (geometric mean, then exp(·) − 1: the geometric mean of geometric means is one geometric mean of the
// leaves). So a service whose weighted indicators are all present ("complete") costs one dot product
// per run over precomputed columns; the others ("incomplete": some weighted indicator missing, or a
// node whose children all weigh 0) go through a tree pass with the renormalisation, coverage and
// insufficient-data rules of aggregate(), also over precomputed ln(score + 1). Which services are
// complete cannot change between runs because runs only multiply weights by positive numbers.
//
// The scores agree with aggregate() up to floating-point rounding (about 1e-13); ranks use
// rankServices(), like the evaluation, whose 1e-9 tie tolerance absorbs that rounding.
class CompositeModel
{
public:
    // Scratch memory of one thread: make one per thread and reuse it across evaluations.
    struct Workspace
    {
        std::vector<double> shares;                        // per node
        std::vector<double> path;                          // per node: product of shares from the root
        std::vector<double> leafWeight;                    // per indicator row of the complete services' matrix
        std::vector<double> complete;                      // per complete service
        std::vector<double> sum, present, coverage, value; // nodes × incomplete services
    };

    // `candidates` are normalised scores of one period, each a node-major block of tree.nodeCount()
    // rows × `services` (the layout of normaliseAll(); only indicator rows are read; NaN = missing).
    // Candidate 0 is the nominal normalisation; the others are alternatives Monte Carlo may draw.
    // `rawWeights` has one weight ≥ 0 per node (the root's is ignored). Throws std::invalid_argument
    // on inconsistent sizes or a negative weight.
    CompositeModel(FlatTree tree, std::vector<double> rawWeights, const std::vector<std::vector<double>>& candidates,
                   int services, AggregationSettings settings);

    // The model of one period of an evaluation input, normalised once per entry of `normalisations`
    // (nullopt = each indicator's own rule, the evaluation's override applied), the first being nominal.
    static CompositeModel fromEvaluation(const EvaluationInput& input, int period,
                                         const std::vector<std::optional<NormalisationMethod>>& normalisations);

    const FlatTree& tree() const { return m_tree; }
    const std::vector<double>& rawWeights() const { return m_rawWeights; }
    int nodeCount() const { return m_tree.nodeCount(); }
    int services() const { return m_services; }
    int candidateCount() const { return m_candidates; }
    const AggregationSettings& settings() const { return m_settings; }
    int completeServiceCount() const { return static_cast<int>(m_complete.size()); }

    // Overall 0–100 score of every service (NaN = insufficient data) with the raw weights multiplied
    // node by node by `multipliers` (one per node, each > 0, the root's ignored) and renormalised among
    // siblings, aggregated with `method` over normalisation `candidate`. Throws std::invalid_argument
    // for a multiplier ≤ 0 (it would change which services are complete; remove a node instead).
    void overallScores(std::span<const double> multipliers, AggregationMethod method, int candidate,
                       Workspace& workspace, std::span<double> scores) const;

    // The nominal overall scores: multipliers all 1, the settings' method, candidate 0.
    std::vector<double> nominalScores() const { return scoresWith(m_settings.method, 0); }
    // Overall scores with the raw weights as given, another method or normalisation candidate.
    std::vector<double> scoresWith(AggregationMethod method, int candidate) const;
    // Orders of the services by those scores for every method and candidate (index 2·candidate + method,
    // 0 = arithmetic), as hints for IncrementalRanking.
    std::vector<std::vector<int>> rankingHints() const;

private:
    void sharesAndPaths(std::span<const double> multipliers, Workspace& workspace) const;
    void completeScores(int matrix, bool geometric, Workspace& workspace, std::span<double> scores) const;
    void incompleteScores(int matrix, bool geometric, Workspace& workspace, std::span<double> scores) const;

    FlatTree m_tree;
    std::vector<double> m_rawWeights;
    int m_services = 0;
    int m_candidates = 0;
    AggregationSettings m_settings;

    std::vector<int> m_complete;   // service indices, in order
    std::vector<int> m_incomplete; // service indices, in order
    // Rows of the complete services' matrices: the indicator nodes with a weight > 0 on their whole
    // path (the others never count), in pre-order.
    std::vector<int> m_rowNode;
    // Per candidate c and method m (index 2c + m, m = 0 arithmetic, 1 geometric): row-major
    // m_rowNode.size() × complete services, the score or ln(score + 1); missing values there are
    // replaced by 0 (they only ever meet a weight of 0).
    std::vector<std::vector<double>> m_completeMatrix;
    // Per candidate and method: node-major nodeCount × incomplete services, NaN = missing (only the
    // indicator rows are filled).
    std::vector<std::vector<double>> m_incompleteMatrix;
};

} // namespace balise::engine
