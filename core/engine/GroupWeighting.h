#pragma once

#include "Ahp.h"
#include "Weighting.h"

#include <span>
#include <vector>

// Group weighting (DESIGN §3): several stakeholders weigh the same siblings, each either with weights
// or with a pairwise matrix, and the node gets one set of weights plus a measure of how much the
// stakeholders disagree, shown to the user beside the result.
namespace balise::engine {

// One stakeholder's say on the n siblings of a node.
struct StakeholderJudgement
{
    enum class Kind
    {
        Weights, // `values` holds n raw weights (≥ 0, not all zero; any scale)
        Pairwise // `values` holds an n × n reciprocal matrix, row-major (see Ahp.h)
    };
    Kind kind = Kind::Weights;
    std::vector<double> values;
};

struct GroupWeightResult
{
    WeightError error = WeightError::None;
    int stakeholder = -1;       // whose input is at fault
    WeightError weightError{};  // the detail for a stakeholder's weights
    AhpError ahpError{};        // the detail for a stakeholder's matrix (error == InvalidMatrix)
    int item = -1, column = -1; // the item (or judgement row, column) at fault

    bool pairwise = false;       // combined by AHP on the geometric-mean matrix
    std::vector<double> weights; // the group's weights, summing to 1

    // Weights combined (any stakeholder gave weights): per item the coefficient of variation of the
    // stakeholders' normalised weights, σ/mean (population σ; 0 when every stakeholder gives 0), and
    // over items their mean and maximum. 0 = full agreement; 0.5 = stakeholders typically differ
    // from the group weight by half of it.
    std::vector<double> itemVariation;
    double meanVariation = 0.0;
    double maxVariation = 0.0;

    // Matrices combined: the combined matrix (row-major), the AHP on it (weights, CR, worst pair), and
    // per judgement i < j (in row order) the geometric standard deviation of the stakeholders'
    // judgements, exp(σ of ln a_ij^k), with its mean and maximum over the judgements. It is the
    // multiplicative spread around the group's judgement: 1 = everyone agrees, 3 = judgements are
    // typically a factor 3 away from the group's (one says "3", another "1/3" gives 3 for two people).
    // Logs are used because judgements are ratios: "3" and "1/3" are symmetric disagreements.
    std::vector<double> combinedMatrix;
    AhpResult combined;
    std::vector<double> judgementDispersion;
    double meanDispersion = 1.0;
    double maxDispersion = 1.0;

    // Each stakeholder's own consistency ratio (0 for those who gave weights).
    std::vector<double> stakeholderConsistency;

    bool ok() const { return error == WeightError::None; }
};

// Combines the stakeholders' judgements on n items.
// - All gave pairwise matrices: element-wise geometric mean g_ij = (Π_k a_ij^k)^(1/K), which stays
//   reciprocal (g_ji = 1/g_ij) and on the 1/9–9 scale, then AHP on g (Aczél–Saaty: the only way to
//   combine ratio judgements that keeps reciprocity).
// - Otherwise (weights only, or a mix): every stakeholder's weights are normalised to sum 1 (a
//   matrix contributes its own AHP eigenvector) and the group weight is their arithmetic mean.
GroupWeightResult combineStakeholders(int n, std::span<const StakeholderJudgement> stakeholders);

} // namespace balise::engine
