#include "RankSensitivity.h"
#include "Saltelli.h"
#include "SyntheticModel.h"

#include <array>
#include <catch2/catch.hpp>
#include <cmath>

using namespace balise::engine;
using balise::test::SyntheticModel;
using Catch::Detail::Approx;

namespace {

// y = Σ aᵢ·xᵢ with independent xᵢ ~ U(0, 1): Var(y) = Σ aᵢ²/12, so Sᵢ = S_Tᵢ = aᵢ² / Σ aⱼ².
struct LinearModel
{
    using Point = std::array<double, 3>;
    struct Workspace
    {};
    std::array<double, 3> a{1.0, 2.0, 3.0};

    int inputCount() const { return 3; }
    void draw(RandomStream& stream, Point& point) const
    {
        for (double& x : point)
            x = stream.uniform();
    }
    void take(Point& target, const Point& source, int input) const
    {
        target[static_cast<size_t>(input)] = source[static_cast<size_t>(input)];
    }
    double evaluate(const Point& x, Workspace&) const { return 100.0 + a[0] * x[0] + a[1] * x[1] + a[2] * x[2]; }
};

// y = x₁ + x₂·x₃ with xᵢ ~ U(−1, 1): Var = 1/3 + 1/9 = 4/9; S₁ = S_T₁ = 3/4, S₂ = S₃ = 0 and
// S_T₂ = S_T₃ = 1/4 (all of their effect is the interaction).
struct InteractionModel
{
    using Point = std::array<double, 3>;
    struct Workspace
    {};
    int inputCount() const { return 3; }
    void draw(RandomStream& stream, Point& point) const
    {
        for (double& x : point)
            x = stream.uniform(-1.0, 1.0);
    }
    void take(Point& target, const Point& source, int input) const
    {
        target[static_cast<size_t>(input)] = source[static_cast<size_t>(input)];
    }
    double evaluate(const Point& x, Workspace&) const { return x[0] + x[1] * x[2]; }
};

SaltelliOptions saltelli(int n, int threads, std::uint64_t seed = 1)
{
    SaltelliOptions o;
    o.baseSamples = n;
    o.seed = seed;
    o.control.threads = threads;
    return o;
}

} // namespace

TEST_CASE("Saltelli indices of a linear model match the analytical values", "[engine]")
{
    const SaltelliResult r = Saltelli::estimate(LinearModel{}, saltelli(20000, 2));
    REQUIRE_FALSE(r.cancelled);
    CHECK(r.evaluations == 20000 * 5);
    CHECK(r.variance == Approx(14.0 / 12.0).epsilon(0.03));
    const double expected[] = {1.0 / 14, 4.0 / 14, 9.0 / 14};
    for (int i = 0; i < 3; ++i) {
        INFO("input " << i);
        CHECK(r.firstOrder[static_cast<size_t>(i)] == Approx(expected[i]).margin(0.03));
        CHECK(r.total[static_cast<size_t>(i)] == Approx(expected[i]).margin(0.03));
    }
}

TEST_CASE("Saltelli total indices see interactions that first-order indices do not", "[engine]")
{
    const SaltelliResult r = Saltelli::estimate(InteractionModel{}, saltelli(20000, 2));
    CHECK(r.firstOrder[0] == Approx(0.75).margin(0.03));
    CHECK(r.total[0] == Approx(0.75).margin(0.03));
    for (size_t i : {1u, 2u}) {
        CHECK(r.firstOrder[i] == Approx(0.0).margin(0.03));
        CHECK(r.total[i] == Approx(0.25).margin(0.03));
    }
}

TEST_CASE("Saltelli results do not depend on the number of threads", "[engine]")
{
    const SaltelliResult one = Saltelli::estimate(LinearModel{}, saltelli(3000, 1));
    const SaltelliResult two = Saltelli::estimate(LinearModel{}, saltelli(3000, 2));
    const SaltelliResult four = Saltelli::estimate(LinearModel{}, saltelli(3000, 4));
    CHECK(one.firstOrder == two.firstOrder);
    CHECK(one.total == four.total);
    CHECK(one.mean == four.mean);
    const SaltelliResult other = Saltelli::estimate(LinearModel{}, saltelli(3000, 2, 99));
    CHECK(other.firstOrder != one.firstOrder);
}

TEST_CASE("A constant output has undefined indices — invalid designs are refused", "[engine]")
{
    LinearModel flat;
    flat.a = {0.0, 0.0, 0.0};
    const SaltelliResult r = Saltelli::estimate(flat, saltelli(100, 1));
    CHECK(r.variance == 0.0);
    CHECK(std::isnan(r.firstOrder[0]));
    CHECK(std::isnan(r.total[2]));
    CHECK(r.informativeSamples == 0);
    CHECK_THROWS_AS(Saltelli::estimate(LinearModel{}, saltelli(0, 1)), std::invalid_argument);
    CHECK_THROWS_AS(Saltelli::indices(2, std::vector<double>{1, 2, 3}), std::invalid_argument);
}

TEST_CASE("Saltelli counts the base samples that carry information", "[engine]")
{
    // Rows of f(A), f(B), f(A_B1), f(A_B2): the output moves in rows 1 and 3 only.
    const std::vector<double> outputs{0, 0, 0, 0, /**/ 0, 1, 0, 1, /**/ 2, 2, 2, 2, /**/ 0, 0, 3, 0};
    const SaltelliResult r = Saltelli::indices(2, outputs);
    CHECK(r.baseSamples == 4);
    CHECK(r.informativeSamples == 2);
    const SaltelliResult linear = Saltelli::estimate(LinearModel{}, saltelli(500, 2));
    CHECK(linear.informativeSamples == 500);
}

TEST_CASE("Saltelli stops when cancelled", "[engine]")
{
    std::atomic<bool> cancel{true};
    SaltelliOptions o = saltelli(1000, 2);
    o.control.cancel = &cancel;
    const SaltelliResult r = Saltelli::estimate(LinearModel{}, o);
    CHECK(r.cancelled);
    CHECK(r.firstOrder.empty());
}

TEST_CASE("Rank sensitivity of the composite indicator to its weights and aggregation method", "[engine]")
{
    const SyntheticModel m = SyntheticModel::make(3, 3, 4, 40, 0.02);
    const CompositeModel model = m.model();
    UncertaintySpace space;
    space.weightNoise = 0.25;
    space.drawAggregation = true;
    const RankSensitivity sensitivity(model, space);
    REQUIRE(sensitivity.inputs().size() == 2);
    CHECK(RankSensitivity::keyOf(sensitivity.inputs()[0]) == "weights");
    CHECK(RankSensitivity::keyOf(sensitivity.inputs()[1]) == "aggregation");
    const SaltelliResult one = sensitivity.run(saltelli(300, 1, 5));
    const SaltelliResult two = sensitivity.run(saltelli(300, 2, 5));
    CHECK(one.firstOrder == two.firstOrder);
    CHECK(one.total == two.total);
    CHECK(one.mean > 0.0); // ranks do move
    for (size_t i = 0; i < 2; ++i) {
        CHECK(one.firstOrder[i] > -0.2);
        CHECK(one.total[i] < 1.2);
        CHECK(one.total[i] >= 0.0);
    }

    // Without weight noise only the method moves ranks: the weights explain nothing, the method all.
    space.weightNoise = 0.0;
    const SaltelliResult method = RankSensitivity(model, space).run(saltelli(2000, 2, 5));
    CHECK(method.firstOrder[0] == 0.0);
    CHECK(method.total[0] == 0.0);
    CHECK(method.firstOrder[1] == Approx(1.0).margin(0.1));
    CHECK(method.total[1] == Approx(1.0).margin(0.1));

    // The nominal run's output is 0: no rank moves when nothing is drawn.
    RankSensitivity::Workspace workspace;
    const UncertaintySpace still{0.0, false, false};
    CHECK(RankSensitivity(model, still).evaluate(MonteCarlo::nominal(model), workspace) == 0.0);
}
