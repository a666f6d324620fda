#pragma once

#include <span>
#include <vector>

// Analytic hierarchy process (Saaty): sibling weights from pairwise comparisons (DESIGN §3).
namespace balise::engine {

enum class AhpError
{
    None,
    Empty,         // no item
    NotSquare,     // the matrix does not hold n × n values
    NotPositive,   // a judgement is zero, negative or not a number (row, column)
    OutOfScale,    // a judgement outside Saaty's scale [1/9, 9] (row, column)
    NotReciprocal, // a_ji is not 1/a_ij, or a diagonal entry is not 1 (row, column)
    NoConvergence  // the power iteration did not settle (cannot happen for a valid matrix; kept as a guard)
};

// A reciprocal pairwise matrix of n items, row-major: a[i·n + j] says how much more important item i is
// than item j, on Saaty's 1–9 scale (1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme) or its
// reciprocals. Values in between (2, 4, …, and the geometric means of group judgements) are allowed.
struct AhpResult
{
    AhpError error = AhpError::None;
    int row = -1; // the judgement an error is about
    int column = -1;

    std::vector<double> weights; // principal eigenvector, normalised to sum 1
    double lambdaMax = 0.0;
    double consistencyIndex = 0.0; // CI = (λmax − n)/(n − 1)
    double randomIndex = 0.0;      // Saaty's RI for n
    double consistencyRatio = 0.0; // CR = CI/RI, 0 for n ≤ 2 (always consistent)
    int iterations = 0;

    // When CR > 0.10: the judgement that departs most from the weights (i < j), what it says and what
    // a judgement consistent with the weights would say (w_i / w_j). Otherwise -1.
    int worstRow = -1;
    int worstColumn = -1;
    double worstJudgement = 0.0;
    double consistentJudgement = 0.0;

    bool ok() const { return error == AhpError::None; }
    bool consistent() const { return consistencyRatio <= acceptableConsistencyRatio; }

    static constexpr double acceptableConsistencyRatio = 0.10;
};

inline constexpr double reciprocalTolerance = 1e-9;
inline constexpr double powerIterationTolerance = 1e-12;

// Saaty's random index for n = 1..15 (0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48,
// 1.56, 1.57, 1.59); beyond 15 the table stops and the n = 15 value is used (it has levelled off).
double saatyRandomIndex(int n);

// Checks the matrix: n ≥ 1, n × n positive values within [1/9, 9], a_ii = 1 and a_ji·a_ij = 1 within
// reciprocalTolerance. The first problem found is returned (row by row).
AhpResult validatePairwise(int n, std::span<const double> matrix);

// Validates, then weighs:
// - weights: principal right eigenvector by power iteration (w ← A·w, rescaled to sum 1, from the
//   uniform vector) until no component moves by more than 1e-12; a positive matrix has a simple
//   dominant eigenvalue (Perron), so the iteration converges;
// - λmax = Σᵢ (A·w)ᵢ, which equals λ when A·w = λ·w and Σ w = 1;
// - CI = (λmax − n)/(n − 1), CR = CI/RI (0 for n ≤ 2, where any reciprocal matrix is consistent);
// - when CR > 0.10, the most inconsistent pair: argmax over i < j of |ln(a_ij · w_j / w_i)|. For a
//   consistent matrix a_ij = w_i/w_j exactly, so the log-ratio measures how many "times" a judgement
//   is off from what the weights imply, symmetrically for over- and under-statement and independently
//   of which of the pair is written first (the reciprocal entry gives the same value).
AhpResult analysePairwise(int n, std::span<const double> matrix);

} // namespace balise::engine
