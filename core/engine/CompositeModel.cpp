#include "CompositeModel.h"

#include "IncrementalRanking.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace balise::engine {
namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

size_t at(int row, int column, size_t columns)
{
    return static_cast<size_t>(row) * columns + static_cast<size_t>(column);
}

} // namespace

CompositeModel::CompositeModel(FlatTree tree, std::vector<double> rawWeights,
                               const std::vector<std::vector<double>>& candidates, int services,
                               AggregationSettings settings)
    : m_tree(std::move(tree)), m_rawWeights(std::move(rawWeights)), m_services(services),
      m_candidates(static_cast<int>(candidates.size())), m_settings(settings)
{
    const int n = m_tree.nodeCount();
    const auto S = static_cast<size_t>(std::max(services, 0));
    if (services < 0)
        throw std::invalid_argument("the number of services cannot be negative");
    if (static_cast<int>(m_rawWeights.size()) != n)
        throw std::invalid_argument("one weight per node (root included) is needed");
    m_rawWeights[0] = 1.0;
    for (double w : m_rawWeights)
        if (!(w >= 0.0) || !std::isfinite(w))
            throw std::invalid_argument("weights must be finite and ≥ 0");
    if (candidates.empty())
        throw std::invalid_argument("at least one normalisation is needed");
    for (const auto& block : candidates)
        if (block.size() != static_cast<size_t>(n) * S)
            throw std::invalid_argument("each normalisation must be a nodes × services block");

    // A node "counts" when it and all its ancestors have a weight > 0; a counting node is "sound" for a
    // service when it is a present indicator, or an inner node with at least one counting child and
    // all its counting children sound. Sound at the root ⇔ coverage 1 at every counting node, for any
    // positive multipliers: the service is complete.
    std::vector<char> counts(static_cast<size_t>(n), 0);
    counts[0] = 1;
    for (int node = 1; node < n; ++node)
        counts[static_cast<size_t>(node)] =
            counts[static_cast<size_t>(m_tree.parent(node))] && m_rawWeights[static_cast<size_t>(node)] > 0.0;
    std::vector<char> sound(static_cast<size_t>(n));
    // Above 100 % coverage nothing ever has a score: leave every service to the exact tree pass.
    const bool anyComplete = m_settings.minimumCoverage <= 1.0;
    for (int s = 0; s < services; ++s) {
        for (int node = n - 1; node >= 0; --node) {
            if (m_tree.indicatorOf(node) >= 0) {
                bool present = true;
                for (const auto& block : candidates)
                    present = present && !std::isnan(block[at(node, s, S)]);
                sound[static_cast<size_t>(node)] = present;
                continue;
            }
            bool any = false;
            bool all = true;
            for (int child : m_tree.children(node))
                if (m_rawWeights[static_cast<size_t>(child)] > 0.0) {
                    any = true;
                    all = all && sound[static_cast<size_t>(child)];
                }
            sound[static_cast<size_t>(node)] = any && all;
        }
        (anyComplete && sound[0] ? m_complete : m_incomplete).push_back(s);
    }

    for (int node = 1; node < n; ++node)
        if (m_tree.indicatorOf(node) >= 0 && counts[static_cast<size_t>(node)])
            m_rowNode.push_back(node);

    const size_t C = m_complete.size();
    const size_t L = m_incomplete.size();
    for (const auto& block : candidates) {
        for (int geometric = 0; geometric < 2; ++geometric) {
            auto transform = [geometric](double x) {
                return geometric ? std::log(x + 1.0) : x;
            };
            std::vector<double> complete(m_rowNode.size() * C);
            for (size_t r = 0; r < m_rowNode.size(); ++r)
                for (size_t k = 0; k < C; ++k) {
                    const double x = block[at(m_rowNode[r], m_complete[k], S)];
                    complete[r * C + k] = std::isnan(x) ? 0.0 : transform(x);
                }
            m_completeMatrix.push_back(std::move(complete));
            std::vector<double> incomplete(static_cast<size_t>(n) * L, NaN);
            for (int node = 0; node < n; ++node)
                if (m_tree.indicatorOf(node) >= 0)
                    for (size_t k = 0; k < L; ++k)
                        incomplete[at(node, static_cast<int>(k), L)] = transform(block[at(node, m_incomplete[k], S)]);
            m_incompleteMatrix.push_back(std::move(incomplete));
        }
    }
}

CompositeModel CompositeModel::fromEvaluation(const EvaluationInput& input, int period,
                                              const std::vector<std::optional<NormalisationMethod>>& normalisations)
{
    input.check();
    if (period < 0 || period >= input.periods)
        throw std::invalid_argument("no such period");
    // normaliseAll() works on whole inputs: hand it a one-period view of this period's values.
    EvaluationInput one;
    one.tree = input.tree;
    one.weights = input.weights;
    one.rules = input.rules;
    one.services = input.services;
    one.periods = 1;
    const size_t block = static_cast<size_t>(input.tree.indicatorCount()) * static_cast<size_t>(input.services);
    const auto first = input.values.begin() + static_cast<std::ptrdiff_t>(static_cast<size_t>(period) * block);
    one.values.assign(first, first + static_cast<std::ptrdiff_t>(block));
    std::vector<std::vector<double>> candidates;
    for (const auto& method : normalisations) {
        std::vector<double> scores(static_cast<size_t>(input.tree.nodeCount()) * static_cast<size_t>(input.services));
        normaliseAll(one, method ? method : input.normalisationOverride, scores, {});
        candidates.push_back(std::move(scores));
    }
    if (candidates.empty())
        throw std::invalid_argument("at least one normalisation is needed");
    return CompositeModel(input.tree, input.weights, candidates, input.services, input.effectiveAggregation());
}

std::vector<double> CompositeModel::scoresWith(AggregationMethod method, int candidate) const
{
    Workspace workspace;
    std::vector<double> multipliers(static_cast<size_t>(nodeCount()), 1.0);
    std::vector<double> scores(static_cast<size_t>(m_services));
    overallScores(multipliers, method, candidate, workspace, scores);
    return scores;
}

std::vector<std::vector<int>> CompositeModel::rankingHints() const
{
    std::vector<std::vector<int>> hints;
    for (int candidate = 0; candidate < m_candidates; ++candidate)
        for (auto method : {AggregationMethod::Arithmetic, AggregationMethod::Geometric})
            hints.push_back(IncrementalRanking::orderOf(scoresWith(method, candidate)));
    return hints;
}

void CompositeModel::overallScores(std::span<const double> multipliers, AggregationMethod method, int candidate,
                                   Workspace& workspace, std::span<double> scores) const
{
    if (static_cast<int>(multipliers.size()) != nodeCount() || static_cast<int>(scores.size()) != m_services)
        throw std::invalid_argument("one multiplier per node and one score per service are needed");
    if (candidate < 0 || candidate >= m_candidates)
        throw std::invalid_argument("no such normalisation candidate");
    sharesAndPaths(multipliers, workspace);
    const bool geometric = method == AggregationMethod::Geometric;
    const int matrix = 2 * candidate + (geometric ? 1 : 0);
    if (!m_complete.empty())
        completeScores(matrix, geometric, workspace, scores);
    if (!m_incomplete.empty())
        incompleteScores(matrix, geometric, workspace, scores);
}

void CompositeModel::sharesAndPaths(std::span<const double> multipliers, Workspace& workspace) const
{
    const int n = nodeCount();
    workspace.shares.assign(static_cast<size_t>(n), 0.0);
    workspace.path.assign(static_cast<size_t>(n), 0.0);
    workspace.shares[0] = 1.0;
    workspace.path[0] = 1.0;
    for (int node = 0; node < n; ++node) {
        const auto children = m_tree.children(node);
        double total = 0.0;
        for (int child : children) {
            const double m = multipliers[static_cast<size_t>(child)];
            if (!(m > 0.0) || !std::isfinite(m))
                throw std::invalid_argument("weight multipliers must be finite and > 0");
            total += m_rawWeights[static_cast<size_t>(child)] * m;
        }
        if (total <= 0.0)
            continue; // siblings all weigh 0: shares of 0, as siblingShares() gives them
        const double parentPath = workspace.path[static_cast<size_t>(node)];
        for (int child : children) {
            const double share =
                m_rawWeights[static_cast<size_t>(child)] * multipliers[static_cast<size_t>(child)] / total;
            workspace.shares[static_cast<size_t>(child)] = share;
            // Pre-order: a node's path is final before its children are visited.
            workspace.path[static_cast<size_t>(child)] = parentPath * share;
        }
    }
}

void CompositeModel::completeScores(int matrix, bool geometric, Workspace& workspace, std::span<double> scores) const
{
    const size_t C = m_complete.size();
    const size_t rows = m_rowNode.size();
    const double* x = m_completeMatrix[static_cast<size_t>(matrix)].data();
    workspace.leafWeight.resize(rows);
    for (size_t r = 0; r < rows; ++r)
        workspace.leafWeight[r] = workspace.path[static_cast<size_t>(m_rowNode[r])];
    const double* w = workspace.leafWeight.data();
    workspace.complete.assign(C, 0.0);
    double* y = workspace.complete.data();

    // The hot loop: y += Σ wᵣ·xᵣ over rows, four rows at a time so that y is loaded and stored a
    // quarter as often; the inner loop runs over contiguous services and vectorises.
    size_t r = 0;
    for (; r + 4 <= rows; r += 4) {
        const double w0 = w[r], w1 = w[r + 1], w2 = w[r + 2], w3 = w[r + 3];
        const double* x0 = x + r * C;
        const double* x1 = x0 + C;
        const double* x2 = x1 + C;
        const double* x3 = x2 + C;
        for (size_t k = 0; k < C; ++k)
            y[k] += (w0 * x0[k] + w1 * x1[k]) + (w2 * x2[k] + w3 * x3[k]);
    }
    for (; r < rows; ++r) {
        const double wr = w[r];
        const double* xr = x + r * C;
        for (size_t k = 0; k < C; ++k)
            y[k] += wr * xr[k];
    }
    for (size_t k = 0; k < C; ++k)
        scores[static_cast<size_t>(m_complete[k])] = geometric ? std::exp(y[k]) - 1.0 : y[k];
}

void CompositeModel::incompleteScores(int matrix, bool geometric, Workspace& workspace, std::span<double> scores) const
{
    // aggregate()'s backward pass, restricted to the incomplete services and working on ln(score + 1)
    // throughout for the geometric mean (a node's value passed up is its mean, not exp then log).
    const int n = nodeCount();
    const size_t L = m_incomplete.size();
    const size_t cells = static_cast<size_t>(n) * L;
    const double* leaves = m_incompleteMatrix[static_cast<size_t>(matrix)].data();
    workspace.sum.assign(cells, 0.0);
    workspace.present.assign(cells, 0.0);
    workspace.coverage.assign(cells, 0.0);
    workspace.value.assign(leaves, leaves + cells);
    // A coverage of 0.5 computed as 0.3 + 0.2 must still reach a 50 % threshold (as in aggregate()).
    const double threshold = m_settings.minimumCoverage - 1e-9;

    for (int node = 0; node < n; ++node)
        if (m_tree.indicatorOf(node) >= 0)
            for (size_t k = 0; k < L; ++k)
                workspace.coverage[at(node, static_cast<int>(k), L)] =
                    std::isnan(workspace.value[at(node, static_cast<int>(k), L)]) ? 0.0 : 1.0;

    auto finish = [&](int node) {
        const size_t row = static_cast<size_t>(node) * L;
        for (size_t k = 0; k < L; ++k) {
            const double w = workspace.present[row + k];
            workspace.value[row + k] =
                workspace.coverage[row + k] < threshold || w <= 0.0 ? NaN : workspace.sum[row + k] / w;
        }
    };
    for (int node = n - 1; node >= 1; --node) {
        if (m_tree.indicatorOf(node) < 0)
            finish(node);
        const double share = workspace.shares[static_cast<size_t>(node)];
        if (share == 0.0)
            continue; // adds nothing to its parent's coverage, sum or present weight
        const size_t row = static_cast<size_t>(node) * L;
        const size_t up = static_cast<size_t>(m_tree.parent(node)) * L;
        for (size_t k = 0; k < L; ++k) {
            workspace.coverage[up + k] += share * workspace.coverage[row + k];
            const double v = workspace.value[row + k];
            if (!std::isnan(v)) {
                workspace.sum[up + k] += share * v;
                workspace.present[up + k] += share;
            }
        }
    }
    finish(0);
    for (size_t k = 0; k < L; ++k) {
        const double v = workspace.value[k];
        scores[static_cast<size_t>(m_incomplete[k])] = geometric && !std::isnan(v) ? std::exp(v) - 1.0 : v;
    }
}

} // namespace balise::engine
