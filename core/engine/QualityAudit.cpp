#include "QualityAudit.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

namespace balise::engine {
namespace {

bool present(double x)
{
    return !std::isnan(x);
}

// The data of one indicator: periods × services values, period-major.
struct Series
{
    const double* values = nullptr;
    size_t size = 0;
};

void auditValues(const Series& series, int periods, int services, const AuditThresholds& thresholds,
                 IndicatorAudit& audit)
{
    double sum = 0.0;
    int n = 0;
    for (size_t k = 0; k < series.size; ++k)
        if (present(series.values[k])) {
            sum += series.values[k];
            ++n;
        }
    audit.presentValues = n;
    if (n >= 2) {
        const double mean = sum / n;
        double squares = 0.0;
        for (size_t k = 0; k < series.size; ++k)
            if (present(series.values[k]))
                squares += (series.values[k] - mean) * (series.values[k] - mean);
        const double sigma = std::sqrt(squares / n);
        // σ = 0 covers every value equal, including all zero (where σ/|mean| is 0/0).
        audit.variation = sigma == 0.0 ? 0.0 : sigma / std::abs(mean);
        if (sigma == 0.0 || audit.variation < thresholds.lowVariation)
            audit.hints.push_back({AuditHintKind::LowVariation, audit.variation, thresholds.lowVariation, n, -1});
    }

    for (int t = 0; t < periods; ++t) {
        const double* row = series.values + static_cast<size_t>(t) * static_cast<size_t>(services);
        if (std::none_of(row, row + services, present))
            ++audit.missingPeriods;
    }
    if (audit.missingPeriods > thresholds.missingPeriodShare * periods)
        audit.hints.push_back(
            {AuditHintKind::MissingPeriods, static_cast<double>(audit.missingPeriods), 0.0, periods, -1});
}

// Pearson r over the positions where both series have a value; NaN when fewer than `minimumPairs`
// or when either is constant there (r is undefined). `pairs` receives the number of pairs.
double correlation(const Series& a, const Series& b, int minimumPairs, int& pairs)
{
    double sa = 0.0, sb = 0.0;
    pairs = 0;
    for (size_t k = 0; k < a.size; ++k)
        if (present(a.values[k]) && present(b.values[k])) {
            sa += a.values[k];
            sb += b.values[k];
            ++pairs;
        }
    if (pairs < std::max(minimumPairs, 2))
        return std::numeric_limits<double>::quiet_NaN();
    const double ma = sa / pairs;
    const double mb = sb / pairs;
    double cov = 0.0, va = 0.0, vb = 0.0;
    for (size_t k = 0; k < a.size; ++k)
        if (present(a.values[k]) && present(b.values[k])) {
            const double da = a.values[k] - ma;
            const double db = b.values[k] - mb;
            cov += da * db;
            va += da * da;
            vb += db * db;
        }
    if (va <= 0.0 || vb <= 0.0)
        return std::numeric_limits<double>::quiet_NaN();
    return std::clamp(cov / std::sqrt(va * vb), -1.0, 1.0);
}

void auditCosts(const AuditInput& input, AuditResult& result)
{
    double totalCost = 0.0;
    double totalWeight = 0.0;
    int costed = 0;
    for (const AuditIndicator& indicator : input.indicators)
        if (std::isfinite(indicator.collectionCost) && indicator.collectionCost >= 0.0) {
            totalCost += indicator.collectionCost;
            totalWeight += indicator.overallShare;
            ++costed;
        }
    if (costed < 2 || totalCost <= 0.0)
        return;
    for (size_t i = 0; i < input.indicators.size(); ++i) {
        const AuditIndicator& indicator = input.indicators[i];
        if (!(std::isfinite(indicator.collectionCost) && indicator.collectionCost >= 0.0))
            continue;
        IndicatorAudit& audit = result.indicators[i];
        audit.costShare = indicator.collectionCost / totalCost;
        audit.weightShare = totalWeight > 0.0 ? indicator.overallShare / totalWeight : 0.0;
        if (audit.costShare > input.thresholds.costFactor * audit.weightShare)
            audit.hints.push_back({AuditHintKind::CostlyForWeight, audit.costShare, audit.weightShare, 0, -1});
    }
}

} // namespace

QualityAxis qualityOf(AuditHintKind kind)
{
    switch (kind) {
    case AuditHintKind::LowVariation:
        return QualityAxis::Sensitivity;
    case AuditHintKind::MissingPeriods:
        return QualityAxis::Robustness;
    case AuditHintKind::Redundant:
        return QualityAxis::Utility;
    case AuditHintKind::Unlinked:
    case AuditHintKind::ZeroWeight:
        return QualityAxis::Relevance;
    case AuditHintKind::CostlyForWeight:
        return QualityAxis::Value;
    }
    return QualityAxis::Relevance;
}

bool IndicatorAudit::has(AuditHintKind kind) const
{
    return std::any_of(hints.begin(), hints.end(), [kind](const AuditHint& h) { return h.kind == kind; });
}

bool IndicatorAudit::doubts(QualityAxis quality) const
{
    return std::any_of(hints.begin(), hints.end(),
                       [quality](const AuditHint& h) { return qualityOf(h.kind) == quality; });
}

AuditResult auditIndicators(const AuditInput& input)
{
    const size_t count = input.indicators.size();
    const bool hasData = input.periods > 0 && input.services > 0;
    const size_t perIndicator = hasData ? static_cast<size_t>(input.periods) * static_cast<size_t>(input.services) : 0;
    if (hasData && input.values.size() != count * perIndicator)
        throw std::invalid_argument("audit values must be indicators × periods × services");
    const AuditThresholds& thresholds = input.thresholds;
    auto seriesOf = [&](size_t i) {
        return Series{input.values.data() + i * perIndicator, perIndicator};
    };

    AuditResult result;
    result.indicatorCount = static_cast<int>(count);
    result.tooManyIndicators = result.indicatorCount > thresholds.maxIndicatorsInFramework;
    result.indicators.resize(count);
    std::map<int, std::vector<int>> groups; // ordered by group number for a stable report
    for (size_t i = 0; i < count; ++i) {
        const AuditIndicator& indicator = input.indicators[i];
        IndicatorAudit& audit = result.indicators[i];
        audit.ratings = indicator.ratings;
        audit.unrated = static_cast<int>(
            std::count_if(indicator.ratings.begin(), indicator.ratings.end(), [](int r) { return r < 0; }));
        groups[indicator.group].push_back(static_cast<int>(i));
        if (hasData)
            auditValues(seriesOf(i), input.periods, input.services, thresholds, audit);
        if (input.checkLinks && !indicator.linked)
            audit.hints.push_back({AuditHintKind::Unlinked, 0.0, 0.0, 0, -1});
        if (!(indicator.overallShare > 0.0))
            audit.hints.push_back({AuditHintKind::ZeroWeight, indicator.parentShare, indicator.overallShare, 0, -1});
    }

    for (const auto& [group, members] : groups) {
        if (static_cast<int>(members.size()) > thresholds.maxIndicatorsPerGroup)
            result.crowdedGroups.push_back({group, static_cast<int>(members.size())});
        if (!hasData)
            continue;
        for (size_t a = 0; a < members.size(); ++a)
            for (size_t b = a + 1; b < members.size(); ++b) {
                const auto i = static_cast<size_t>(members[a]);
                const auto j = static_cast<size_t>(members[b]);
                int pairs = 0;
                const double r = correlation(seriesOf(i), seriesOf(j), thresholds.minimumPairs, pairs);
                if (!(std::abs(r) > thresholds.redundantCorrelation))
                    continue;
                result.indicators[i].hints.push_back(
                    {AuditHintKind::Redundant, r, thresholds.redundantCorrelation, pairs, members[b]});
                result.indicators[j].hints.push_back(
                    {AuditHintKind::Redundant, r, thresholds.redundantCorrelation, pairs, members[a]});
            }
    }
    auditCosts(input, result);
    return result;
}

} // namespace balise::engine
