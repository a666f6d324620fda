#pragma once

#include <optional>
#include <span>
#include <vector>

// The impact account [bilan des impacts] of DESIGN §2: cost/benefit lines per unit of activity split
// between society and the user, times a volume per period, then net present value and internal rate
// of return against an investment (the guide's Copenhagen example: € per km cycled).
namespace balise::engine {

enum class ImpactBearer
{
    Society,
    User
};

struct ImpactLineInput
{
    double valuePerUnit = 0.0; // benefit > 0, cost < 0
    ImpactBearer bearer = ImpactBearer::Society;
};

struct ImpactInput
{
    std::vector<ImpactLineInput> lines;
    std::vector<double> volumes; // activity per period, periods in chronological order
    double investment = 0.0;     // spent at the start (t = 0), positive
    double discountRate = 0.04;  // per period, 0.04 = 4 %
};

enum class ImpactError
{
    None,
    NotFinite,      // a unit value, a volume or the investment is NaN or infinite (index)
    NegativeVolume, // a volume below zero (index = period)
    BadDiscountRate // the rate is not finite or not above −100 %
};

struct ImpactResult
{
    ImpactError error = ImpactError::None;
    int index = -1; // the line or period at fault

    // Per unit of activity, summed over lines: e.g. 0.16 society + 0.47 user = 0.63 € per km.
    double unitSociety = 0.0;
    double unitUser = 0.0;
    double unitTotal = 0.0;
    // valuePerUnit × volume, line-major: lineValues[line · periods + period].
    std::vector<double> lineValues;
    // Totals per period.
    std::vector<double> society;
    std::vector<double> user;
    std::vector<double> total;
    // Sums over all periods, undiscounted.
    double netSociety = 0.0;
    double netUser = 0.0;
    double net = 0.0;
    // NPV = −investment + Σ_{t=1..T} total_t / (1 + r)^t: the investment is spent at t = 0 and each
    // period's flow arrives at the end of that period.
    double npv = 0.0;
    // The rate r in (−0.99, 10] that makes the NPV zero. Absent when the NPV keeps one sign over that
    // range (e.g. the flows never repay the investment, or there is no investment and every flow is
    // positive): no rate of return then exists. When the flows change sign several times there may be
    // several rates; the lowest is given and irrAmbiguous is set.
    std::optional<double> irr;
    bool irrAmbiguous = false;

    bool ok() const { return error == ImpactError::None; }
};

inline constexpr double lowestRate = -0.99;
inline constexpr double highestRate = 10.0;

// Net present value of `flows` (periods 1..T) after `investment` at t = 0, at `rate` per period.
double netPresentValue(double investment, std::span<const double> flows, double rate);

// The lowest root of NPV(r) = 0 in (lowestRate, highestRate], found by scanning the range for a sign
// change and bisecting that bracket to 1e-12; `ambiguous` is set when there is more than one sign
// change. Empty when there is none.
std::optional<double> internalRateOfReturn(double investment, std::span<const double> flows, bool* ambiguous = nullptr);

ImpactResult computeImpacts(const ImpactInput& input);

} // namespace balise::engine
