#include "GroupWeighting.h"

#include <algorithm>
#include <cmath>

namespace balise::engine {
namespace {

GroupWeightResult failure(WeightError error, int stakeholder = -1)
{
    GroupWeightResult result;
    result.error = error;
    result.stakeholder = stakeholder;
    return result;
}

// Per item σ/mean of the stakeholders' weights (rows), with the mean and maximum over items.
void weightDisagreement(int n, const std::vector<std::vector<double>>& rows, GroupWeightResult& result)
{
    const auto K = static_cast<double>(rows.size());
    result.itemVariation.assign(static_cast<size_t>(n), 0.0);
    for (size_t i = 0; i < static_cast<size_t>(n); ++i) {
        double mean = 0.0;
        for (const auto& row : rows)
            mean += row[i];
        mean /= K;
        double squares = 0.0;
        for (const auto& row : rows)
            squares += (row[i] - mean) * (row[i] - mean);
        result.itemVariation[i] = mean > 0.0 ? std::sqrt(squares / K) / mean : 0.0;
    }
    double sum = 0.0;
    for (double v : result.itemVariation) {
        sum += v;
        result.maxVariation = std::max(result.maxVariation, v);
    }
    result.meanVariation = sum / n;
}

GroupWeightResult combinePairwise(int n, std::span<const StakeholderJudgement> stakeholders,
                                  std::vector<double> consistency)
{
    const auto N = static_cast<size_t>(n);
    const auto K = static_cast<double>(stakeholders.size());
    GroupWeightResult result;
    result.pairwise = true;
    result.stakeholderConsistency = std::move(consistency);
    result.combinedMatrix.assign(N * N, 1.0);
    for (size_t i = 0; i < N; ++i)
        for (size_t j = i + 1; j < N; ++j) {
            double meanLog = 0.0;
            for (const auto& s : stakeholders)
                meanLog += std::log(s.values[i * N + j]);
            meanLog /= K;
            double squares = 0.0;
            for (const auto& s : stakeholders) {
                const double d = std::log(s.values[i * N + j]) - meanLog;
                squares += d * d;
            }
            // Writing the lower triangle as the exact reciprocal keeps the combined matrix reciprocal
            // whatever the rounding of each stakeholder's lower triangle.
            result.combinedMatrix[i * N + j] = std::exp(meanLog);
            result.combinedMatrix[j * N + i] = std::exp(-meanLog);
            result.judgementDispersion.push_back(std::exp(std::sqrt(squares / K)));
        }
    double sum = 0.0;
    for (double d : result.judgementDispersion) {
        sum += d;
        result.maxDispersion = std::max(result.maxDispersion, d);
    }
    if (!result.judgementDispersion.empty())
        result.meanDispersion = sum / static_cast<double>(result.judgementDispersion.size());
    result.combined = analysePairwise(n, result.combinedMatrix);
    if (!result.combined.ok()) {
        result.error = WeightError::InvalidMatrix;
        result.ahpError = result.combined.error;
        return result;
    }
    result.weights = result.combined.weights;
    return result;
}

} // namespace

GroupWeightResult combineStakeholders(int n, std::span<const StakeholderJudgement> stakeholders)
{
    if (stakeholders.empty() || n < 1)
        return failure(WeightError::Empty);
    std::vector<std::vector<double>> normalisedRows;
    std::vector<double> consistency;
    bool allPairwise = true;
    for (size_t k = 0; k < stakeholders.size(); ++k) {
        const StakeholderJudgement& s = stakeholders[k];
        const int who = static_cast<int>(k);
        if (s.kind == StakeholderJudgement::Kind::Pairwise) {
            const AhpResult own = analysePairwise(n, s.values);
            if (!own.ok()) {
                GroupWeightResult result = failure(WeightError::InvalidMatrix, who);
                result.ahpError = own.error;
                result.item = own.row;
                result.column = own.column;
                return result;
            }
            consistency.push_back(own.consistencyRatio);
            normalisedRows.push_back(own.weights);
        } else {
            allPairwise = false;
            if (s.values.size() != static_cast<size_t>(n))
                return failure(WeightError::SizeMismatch, who);
            const WeightResult own = directPoints(s.values);
            if (!own.ok()) {
                GroupWeightResult result = failure(own.error, who);
                result.weightError = own.error;
                result.item = own.item;
                return result;
            }
            consistency.push_back(0.0);
            normalisedRows.push_back(own.weights);
        }
    }
    if (allPairwise)
        return combinePairwise(n, stakeholders, std::move(consistency));

    GroupWeightResult result;
    result.stakeholderConsistency = std::move(consistency);
    result.weights.assign(static_cast<size_t>(n), 0.0);
    for (const auto& row : normalisedRows)
        for (size_t i = 0; i < row.size(); ++i)
            result.weights[i] += row[i] / static_cast<double>(normalisedRows.size());
    weightDisagreement(n, normalisedRows, result);
    return result;
}

} // namespace balise::engine
