#include "Normalisation.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace balise::engine {
namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

double clamp100(double x)
{
    return std::clamp(x, 0.0, 100.0);
}

bool present(double x)
{
    return !std::isnan(x);
}

NormalisationNotes minMax(Goal goal, std::span<const double> values, std::span<double> scores)
{
    NormalisationNotes notes;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (double x : values)
        if (present(x)) {
            lo = std::min(lo, x);
            hi = std::max(hi, x);
        }
    const bool constant = !(hi > lo);
    notes.nonDiscriminating = constant && hi >= lo; // at least one value, all equal
    for (size_t i = 0; i < values.size(); ++i) {
        const double x = values[i];
        if (!present(x))
            scores[i] = NaN;
        else if (constant)
            scores[i] = 50.0;
        else
            scores[i] = goal == Goal::LowerIsBetter ? 100.0 * (hi - x) / (hi - lo) : 100.0 * (x - lo) / (hi - lo);
    }
    return notes;
}

NormalisationNotes zScore(Goal goal, std::span<const double> values, std::span<double> scores)
{
    NormalisationNotes notes;
    double sum = 0.0;
    int n = 0;
    for (double x : values)
        if (present(x)) {
            sum += x;
            ++n;
        }
    const double mean = n > 0 ? sum / n : 0.0;
    double squares = 0.0;
    for (double x : values)
        if (present(x))
            squares += (x - mean) * (x - mean);
    const double sigma = n > 0 ? std::sqrt(squares / n) : 0.0;
    notes.nonDiscriminating = n > 0 && sigma == 0.0;
    const double sign = goal == Goal::LowerIsBetter ? -1.0 : 1.0;
    for (size_t i = 0; i < values.size(); ++i) {
        const double x = values[i];
        if (!present(x))
            scores[i] = NaN;
        else if (sigma == 0.0)
            scores[i] = 50.0;
        else
            scores[i] = clamp100(50.0 + 10.0 * sign * (x - mean) / sigma);
    }
    return notes;
}

NormalisationNotes percentileRank(Goal goal, std::span<const double> values, std::span<double> scores)
{
    NormalisationNotes notes;
    std::vector<size_t> order;
    for (size_t i = 0; i < values.size(); ++i)
        if (present(values[i]))
            order.push_back(i);
    const double sign = goal == Goal::LowerIsBetter ? -1.0 : 1.0;
    // Worst first: ascending in "goodness".
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return sign * values[a] < sign * values[b]; });
    for (size_t i = 0; i < values.size(); ++i)
        scores[i] = NaN;
    const size_t n = order.size();
    if (n == 0)
        return notes;
    notes.nonDiscriminating = values[order.front()] == values[order.back()];
    for (size_t start = 0; start < n;) {
        size_t end = start + 1;
        while (end < n && values[order[end]] == values[order[start]])
            ++end;
        // Ranks start+1 … end share their mean.
        const double meanRank = (static_cast<double>(start + 1) + static_cast<double>(end)) / 2.0;
        const double score = n == 1 ? 50.0 : 100.0 * (meanRank - 1.0) / static_cast<double>(n - 1);
        for (size_t k = start; k < end; ++k)
            scores[order[k]] = score;
        start = end;
    }
    return notes;
}

double bandScore(const IndicatorRule& rule, double x)
{
    const double low = std::min(rule.bandLow, rule.bandHigh);
    const double high = std::max(rule.bandLow, rule.bandHigh);
    double tolerance = rule.bandTolerance;
    if (!(tolerance > 0.0))
        tolerance = high > low ? high - low : 1.0;
    const double distance = x < low ? low - x : (x > high ? x - high : 0.0);
    return clamp100(100.0 * (1.0 - distance / tolerance));
}

} // namespace

std::vector<double> evenLevelScores(int count)
{
    std::vector<double> scores(static_cast<size_t>(std::max(count, 0)));
    for (int i = 0; i < count; ++i)
        scores[static_cast<size_t>(i)] = count == 1 ? 100.0 : 100.0 * i / (count - 1);
    return scores;
}

NormalisationNotes normalise(const IndicatorRule& rule, std::span<const double> values, std::span<double> scores)
{
    if (values.size() != scores.size())
        throw std::invalid_argument("one score per value is needed");
    NormalisationNotes notes;
    if (rule.isQualitative()) {
        const auto levels = static_cast<double>(rule.levelScores.size());
        for (size_t i = 0; i < values.size(); ++i) {
            const double x = values[i];
            scores[i] = present(x) && x >= 0 && x < levels && x == std::floor(x)
                            ? rule.levelScores[static_cast<size_t>(x)]
                            : NaN;
        }
        return notes;
    }
    if (rule.goal == Goal::TargetBand && present(rule.bandLow) && present(rule.bandHigh)) {
        for (size_t i = 0; i < values.size(); ++i)
            scores[i] = present(values[i]) ? bandScore(rule, values[i]) : NaN;
        return notes;
    }
    switch (rule.method) {
    case NormalisationMethod::Goalposts:
        if (present(rule.baseline) && present(rule.target) && rule.target != rule.baseline) {
            for (size_t i = 0; i < values.size(); ++i)
                scores[i] = present(values[i])
                                ? clamp100(100.0 * (values[i] - rule.baseline) / (rule.target - rule.baseline))
                                : NaN;
            return notes;
        }
        notes = minMax(rule.goal, values, scores);
        notes.fellBackToMinMax = true;
        return notes;
    case NormalisationMethod::MinMax:
        return minMax(rule.goal, values, scores);
    case NormalisationMethod::ZScore:
        return zScore(rule.goal, values, scores);
    case NormalisationMethod::Rank:
        return percentileRank(rule.goal, values, scores);
    }
    return notes;
}

} // namespace balise::engine
