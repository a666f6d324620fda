#include "ImpactAccounting.h"

#include <cmath>

namespace balise::engine {
namespace {

ImpactResult failure(ImpactError error, int index = -1)
{
    ImpactResult result;
    result.error = error;
    result.index = index;
    return result;
}

int signOf(double x)
{
    return (x > 0.0) - (x < 0.0);
}

// Rates where the NPV is sampled to find a sign change: fine steps where rates usually are (up to
// 100 %), coarser beyond. Two roots closer than a step can be missed; realistic flows do not do that.
std::vector<double> scanGrid()
{
    std::vector<double> grid;
    for (int i = 0; i <= 1990; ++i) // −0.99 … 1.00 by 0.001
        grid.push_back(lowestRate + 0.001 * i);
    for (int i = 1; i <= 900; ++i) // 1.01 … 10.00 by 0.01
        grid.push_back(1.0 + 0.01 * i);
    return grid;
}

} // namespace

double netPresentValue(double investment, std::span<const double> flows, double rate)
{
    double npv = -investment;
    double factor = 1.0;
    for (double flow : flows) {
        factor /= 1.0 + rate;
        npv += flow * factor;
    }
    return npv;
}

std::optional<double> internalRateOfReturn(double investment, std::span<const double> flows, bool* ambiguous)
{
    static const std::vector<double> grid = scanGrid();
    std::optional<double> root;
    int changes = 0;
    // The last sample with a non-zero NPV: a sign change is counted between two non-zero samples of
    // opposite signs, so that an exact zero on the grid is neither missed nor counted twice.
    double lastRate = 0.0;
    double lastValue = 0.0;
    for (double rate : grid) {
        const double value = netPresentValue(investment, flows, rate);
        // Near −99 % long series overflow: such samples say nothing reliable about the sign.
        if (value == 0.0 || !std::isfinite(value))
            continue;
        if (lastValue != 0.0 && signOf(value) != signOf(lastValue)) {
            ++changes;
            if (!root) {
                // Bisection keeps NPV(lo) and NPV(hi) of opposite signs; 60 halvings of a 0.01 bracket go
                // far below 1e-12.
                double lo = lastRate;
                double hi = rate;
                double atLo = lastValue;
                while (hi - lo > 1e-12) {
                    const double mid = 0.5 * (lo + hi);
                    const double atMid = netPresentValue(investment, flows, mid);
                    if (atMid == 0.0) {
                        lo = hi = mid;
                    } else if (signOf(atMid) == signOf(atLo)) {
                        lo = mid;
                        atLo = atMid;
                    } else {
                        hi = mid;
                    }
                }
                root = 0.5 * (lo + hi);
            }
        }
        lastRate = rate;
        lastValue = value;
    }
    if (ambiguous)
        *ambiguous = changes > 1;
    return root;
}

ImpactResult computeImpacts(const ImpactInput& input)
{
    if (!std::isfinite(input.investment))
        return failure(ImpactError::NotFinite);
    if (!std::isfinite(input.discountRate) || input.discountRate <= -1.0)
        return failure(ImpactError::BadDiscountRate);
    for (size_t l = 0; l < input.lines.size(); ++l)
        if (!std::isfinite(input.lines[l].valuePerUnit))
            return failure(ImpactError::NotFinite, static_cast<int>(l));
    for (size_t t = 0; t < input.volumes.size(); ++t) {
        if (!std::isfinite(input.volumes[t]))
            return failure(ImpactError::NotFinite, static_cast<int>(t));
        if (input.volumes[t] < 0.0)
            return failure(ImpactError::NegativeVolume, static_cast<int>(t));
    }

    ImpactResult result;
    const size_t T = input.volumes.size();
    result.society.assign(T, 0.0);
    result.user.assign(T, 0.0);
    result.total.assign(T, 0.0);
    result.lineValues.reserve(input.lines.size() * T);
    for (const ImpactLineInput& line : input.lines) {
        const bool society = line.bearer == ImpactBearer::Society;
        (society ? result.unitSociety : result.unitUser) += line.valuePerUnit;
        for (size_t t = 0; t < T; ++t) {
            const double value = line.valuePerUnit * input.volumes[t];
            result.lineValues.push_back(value);
            (society ? result.society : result.user)[t] += value;
        }
    }
    result.unitTotal = result.unitSociety + result.unitUser;
    for (size_t t = 0; t < T; ++t) {
        result.total[t] = result.society[t] + result.user[t];
        result.netSociety += result.society[t];
        result.netUser += result.user[t];
    }
    result.net = result.netSociety + result.netUser;
    result.npv = netPresentValue(input.investment, result.total, input.discountRate);
    result.irr = internalRateOfReturn(input.investment, result.total, &result.irrAmbiguous);
    return result;
}

} // namespace balise::engine
