#include "IncrementalRanking.h"
#include "MonteCarlo.h"
#include "SyntheticModel.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <cmath>
#include <limits>
#include <numeric>
#include <set>
#include <thread>

using namespace balise::engine;
using balise::test::SyntheticModel;
using Catch::Detail::Approx;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

bool same(double x, double y)
{
    return x == y || (std::isnan(x) && std::isnan(y));
}

// Every statistic, bit for bit: reproducibility means identical, not close.
bool sameStatistics(const MonteCarloResult& a, const MonteCarloResult& b)
{
    if (a.services.size() != b.services.size())
        return false;
    for (size_t s = 0; s < a.services.size(); ++s) {
        const auto& x = a.services[s];
        const auto& y = b.services[s];
        if (x.nominalRank != y.nominalRank || x.rankedReplications != y.rankedReplications ||
            !same(x.meanRank, y.meanRank) || !same(x.medianRank, y.medianRank) || !same(x.q05Rank, y.q05Rank) ||
            !same(x.q95Rank, y.q95Rank) || x.pFirst != y.pFirst)
            return false;
    }
    return true;
}

MonteCarloOptions options(int replications, double noise, std::uint64_t seed, int threads)
{
    MonteCarloOptions o;
    o.replications = replications;
    o.space.weightNoise = noise;
    o.seed = seed;
    o.control.threads = threads;
    return o;
}

// The model's scores against aggregate() itself, for the same multipliers.
void checkAgainstKernel(const SyntheticModel& m, AggregationMethod method, double minimumCoverage,
                        const std::vector<double>& multipliers)
{
    const CompositeModel model = m.model(method, minimumCoverage);
    CompositeModel::Workspace workspace;
    std::vector<double> fast(static_cast<size_t>(m.services));
    model.overallScores(multipliers, method, 0, workspace, fast);

    std::vector<double> raw = m.weights;
    for (size_t n = 0; n < raw.size(); ++n)
        raw[n] *= multipliers[n];
    std::vector<double> scores = m.scores;
    std::vector<double> coverage(scores.size());
    aggregate(m.tree, siblingShares(m.tree, raw), {method, minimumCoverage}, m.services, scores, coverage);
    for (int s = 0; s < m.services; ++s) {
        INFO("service " << s);
        if (std::isnan(scores[static_cast<size_t>(s)]))
            CHECK(std::isnan(fast[static_cast<size_t>(s)]));
        else
            CHECK(fast[static_cast<size_t>(s)] == Approx(scores[static_cast<size_t>(s)]).margin(1e-9));
    }
}

} // namespace

TEST_CASE("Random streams depend only on the seed and the stream index", "[engine]")
{
    RandomStream a(42, 7);
    RandomStream b(42, 7);
    RandomStream c(42, 8);
    RandomStream d(43, 7);
    std::set<std::uint64_t> firsts;
    for (int i = 0; i < 100; ++i) {
        const std::uint64_t x = a.next();
        CHECK(x == b.next());
        firsts.insert(x);
        firsts.insert(c.next());
        firsts.insert(d.next());
    }
    CHECK(firsts.size() == 300); // no collision between neighbouring streams or seeds
    RandomStream u(1, 0);
    double lo = 1, hi = 0, sum = 0;
    for (int i = 0; i < 10000; ++i) {
        const double x = u.uniform(0.75, 1.25);
        lo = std::min(lo, x);
        hi = std::max(hi, x);
        sum += x;
    }
    CHECK(lo >= 0.75);
    CHECK(hi < 1.25);
    CHECK(sum / 10000 == Approx(1.0).epsilon(0.01));
}

TEST_CASE("The composite model agrees with the aggregation kernel, complete or not", "[engine]")
{
    // 30 % missing values: some services complete, most going through the tree pass.
    for (double missing : {0.0, 0.05, 0.3}) {
        const SyntheticModel m = SyntheticModel::make(3, 2, 4, 25, missing, 11);
        std::vector<double> ones(m.weights.size(), 1.0);
        std::vector<double> moved(m.weights.size());
        RandomStream stream(5, 0);
        for (double& x : moved)
            x = stream.uniform(0.6, 1.4);
        for (auto method : {AggregationMethod::Arithmetic, AggregationMethod::Geometric})
            for (double threshold : {0.0, 0.5, 0.9}) {
                INFO("missing " << missing << ", threshold " << threshold);
                checkAgainstKernel(m, method, threshold, ones);
                checkAgainstKernel(m, method, threshold, moved);
            }
    }
}

TEST_CASE("The composite model handles zero weights and an empty objective like the kernel", "[engine]")
{
    SyntheticModel m = SyntheticModel::make(2, 2, 3, 6, 0.0, 3);
    m.weights[3] = 0.0;        // an indicator of weight 0 (node 3 is the first indicator)
    m.scores[3 * 6 + 2] = NaN; // missing, but it never counts
    // A third objective with no indicator at all: no coverage.
    std::vector<int> parents(m.tree.parents().begin() + 1, m.tree.parents().end());
    std::vector<int> columns;
    for (int node = 1; node < m.tree.nodeCount(); ++node)
        columns.push_back(m.tree.indicatorOf(node));
    parents.push_back(0);
    columns.push_back(-1);
    m.tree = FlatTree(parents, columns);
    m.weights.push_back(0.2);
    m.scores.resize(m.scores.size() + 6, NaN);
    const std::vector<double> ones(m.weights.size(), 1.0);
    for (auto method : {AggregationMethod::Arithmetic, AggregationMethod::Geometric})
        for (double threshold : {0.5, 0.95}) {
            INFO("threshold " << threshold);
            checkAgainstKernel(m, method, threshold, ones);
        }
    CHECK(m.model().completeServiceCount() == 0); // the empty objective makes everyone incomplete
    CompositeModel::Workspace workspace;
    std::vector<double> scores(6);
    std::vector<double> bad = ones;
    bad[2] = 0.0;
    CHECK_THROWS_AS(m.model().overallScores(bad, AggregationMethod::Arithmetic, 0, workspace, scores),
                    std::invalid_argument);
}

TEST_CASE("Incremental ranking gives exactly the evaluation's competition ranks", "[engine]")
{
    RandomStream stream(9, 0);
    IncrementalRanking ranking;
    std::vector<double> scratch;
    for (int trial = 0; trial < 200; ++trial) {
        const int n = 1 + static_cast<int>(stream.below(60));
        std::vector<double> scores(static_cast<size_t>(n));
        for (double& s : scores) {
            // Ties, near-ties within the tolerance, and missing scores.
            const int kind = stream.below(4);
            s = kind == 0 ? NaN : kind == 1 ? 50.0 + 4e-10 * stream.below(4) : std::floor(stream.uniform(0, 20));
        }
        // Hints good and bad: the ranks must not depend on them.
        std::vector<int> hint(static_cast<size_t>(n));
        std::iota(hint.begin(), hint.end(), 0);
        if (trial % 3 == 1)
            std::reverse(hint.begin(), hint.end());
        else if (trial % 3 == 2)
            hint = IncrementalRanking::orderOf(scores);
        std::vector<int> expected(static_cast<size_t>(n)), got(static_cast<size_t>(n));
        rankServices(scores, expected, scratch);
        ranking.rank(scores, hint, got);
        CHECK(got == expected);
    }
    // The hint: best first, missing last.
    CHECK(IncrementalRanking::orderOf(std::vector<double>{3, NaN, 9, 5}) == std::vector<int>{2, 3, 0, 1});
}

TEST_CASE("Rank quantiles interpolate linearly between order statistics", "[engine]")
{
    const std::vector<double> four{1, 2, 3, 4};
    CHECK(MonteCarlo::quantile(four, 0.05) == Approx(1.15)); // h = 3·0.05 = 0.15
    CHECK(MonteCarlo::quantile(four, 0.5) == Approx(2.5));
    CHECK(MonteCarlo::quantile(four, 0.95) == Approx(3.85));
    CHECK(MonteCarlo::quantile(four, 0.0) == 1.0);
    CHECK(MonteCarlo::quantile(four, 1.0) == 4.0);
    CHECK(MonteCarlo::quantile(std::vector<double>{7}, 0.05) == 7.0);
    CHECK(std::isnan(MonteCarlo::quantile(std::vector<double>{}, 0.5)));
    // 20 values 1..20: q05 = x[0.95] = 1.95, q95 = x[18.05] = 19.05 (0-based)
    std::vector<double> twenty;
    for (int i = 1; i <= 20; ++i)
        twenty.push_back(i);
    CHECK(MonteCarlo::quantile(twenty, 0.05) == Approx(1.95));
    CHECK(MonteCarlo::quantile(twenty, 0.95) == Approx(19.05));
}

TEST_CASE("Monte Carlo statistics follow from the replications, hand case", "[engine]")
{
    // Two indicators under the root. A = (50, 50) scores 50 either way; B = (2, 100) scores 51 with the
    // arithmetic mean but √(3·101) − 1 ≈ 16.4 with the geometric one: the method decides who is first.
    const FlatTree tree({0, 0}, {0, 1});
    const std::vector<double> scores{0, 0, 50, 2, 50, 100}; // node-major: root, I1, I2 × (A, B)
    const CompositeModel model(tree, {1, 1, 1}, {scores}, 2, {});
    MonteCarloOptions o = options(101, 0.0, 3, 2);
    o.space.drawAggregation = true;
    o.keepParameters = true;
    const MonteCarloResult result = MonteCarlo(model).run(o);
    REQUIRE_FALSE(result.cancelled);
    REQUIRE(result.parameters.size() == 101);
    std::vector<double> ranksOfA;
    for (const auto& p : result.parameters)
        ranksOfA.push_back(p.method == AggregationMethod::Geometric ? 1.0 : 2.0);
    const auto geometric = std::count(ranksOfA.begin(), ranksOfA.end(), 1.0);
    CHECK(geometric > 30);
    CHECK(geometric < 71);
    std::sort(ranksOfA.begin(), ranksOfA.end());
    const auto& a = result.services[0];
    const auto& b = result.services[1];
    CHECK(a.nominalRank == 2);
    CHECK(b.nominalRank == 1);
    CHECK(a.rankedReplications == 101);
    CHECK(a.pFirst == Approx(static_cast<double>(geometric) / 101));
    CHECK(a.pFirst + b.pFirst == Approx(1.0));
    CHECK(a.meanRank == Approx((2.0 * (101 - geometric) + geometric) / 101));
    CHECK(a.medianRank == MonteCarlo::quantile(ranksOfA, 0.5));
    CHECK(a.q05Rank == 1.0);
    CHECK(a.q95Rank == 2.0);
    CHECK(b.meanRank == Approx(3.0 - a.meanRank));
}

TEST_CASE("Monte Carlo gives identical results with 1, 2 and 4 threads, and others with another seed", "[engine]")
{
    const SyntheticModel m = SyntheticModel::make(3, 3, 4, 40, 0.05);
    const CompositeModel model = m.model();
    MonteCarloOptions o = options(400, 0.25, 2024, 1);
    o.keepParameters = true;
    const MonteCarloResult one = MonteCarlo(model).run(o);
    o.control.threads = 2;
    const MonteCarloResult two = MonteCarlo(model).run(o);
    o.control.threads = 4;
    const MonteCarloResult four = MonteCarlo(model).run(o);
    CHECK(sameStatistics(one, two));
    CHECK(sameStatistics(one, four));
    CHECK(one.parameters == four.parameters);
    // Replication r is the same in a longer run.
    o.replications = 500;
    const MonteCarloResult longer = MonteCarlo(model).run(o);
    CHECK(std::equal(one.parameters.begin(), one.parameters.end(), longer.parameters.begin()));

    o.replications = 400;
    o.seed = 2025;
    const MonteCarloResult other = MonteCarlo(model).run(o);
    CHECK_FALSE(sameStatistics(one, other));
    // The ranking moves: not every service keeps its nominal rank in every replication.
    bool moved = false;
    for (const auto& s : one.services)
        moved = moved || s.q05Rank != s.q95Rank;
    CHECK(moved);
}

TEST_CASE("Without noise and without drawing the method every replication is the nominal ranking", "[engine]")
{
    const SyntheticModel m = SyntheticModel::make(2, 3, 3, 30);
    const CompositeModel model = m.model(AggregationMethod::Geometric);
    MonteCarloOptions o = options(50, 0.0, 1, 2);
    o.space.drawAggregation = false;
    o.keepParameters = true;
    const MonteCarloResult result = MonteCarlo(model).run(o);
    for (const auto& p : result.parameters) {
        CHECK(p.method == AggregationMethod::Geometric);
        CHECK(std::all_of(p.multipliers.begin(), p.multipliers.end(), [](double x) { return x == 1.0; }));
    }
    for (const auto& s : result.services) {
        CHECK(s.nominalRank >= 1);
        CHECK(s.meanRank == s.nominalRank);
        CHECK(s.medianRank == s.nominalRank);
        CHECK(s.q05Rank == s.nominalRank);
        CHECK(s.q95Rank == s.nominalRank);
        CHECK(s.pFirst == (s.nominalRank == 1 ? 1.0 : 0.0));
    }
}

TEST_CASE("Services without an overall score get no rank", "[engine]")
{
    SyntheticModel m = SyntheticModel::make(1, 1, 2, 3);
    for (int node = 0; node < m.tree.nodeCount(); ++node)
        if (m.tree.indicatorOf(node) >= 0)
            m.scores[static_cast<size_t>(node) * 3 + 1] = NaN; // service 1 has no data at all
    const CompositeModel model = m.model();
    const MonteCarloResult result = MonteCarlo(model).run(options(20, 0.2, 1, 1));
    const auto& none = result.services[1];
    CHECK(none.nominalRank == 0);
    CHECK(none.rankedReplications == 0);
    CHECK(std::isnan(none.meanRank));
    CHECK(std::isnan(none.medianRank));
    CHECK(none.pFirst == 0.0);
    CHECK(result.services[0].rankedReplications == 20);
    CHECK(result.services[0].q95Rank <= 2.0); // ranked among the two scored services only
}

TEST_CASE("Monte Carlo refuses invalid requests", "[engine]")
{
    const SyntheticModel m = SyntheticModel::make(1, 1, 2, 3);
    const CompositeModel model = m.model();
    CHECK_THROWS_AS(MonteCarlo(model).run(options(0, 0.2, 1, 1)), std::invalid_argument);
    CHECK_THROWS_AS(MonteCarlo(model).run(options(10, -0.1, 1, 1)), std::invalid_argument);
    CHECK_THROWS_AS(MonteCarlo(model).run(options(10, 1.0, 1, 1)), std::invalid_argument);
    CHECK_THROWS_AS(MonteCarlo(model).run(options(10, NaN, 1, 1)), std::invalid_argument);
}

TEST_CASE("Monte Carlo reports progress and stops promptly when cancelled", "[engine]")
{
    const SyntheticModel m = SyntheticModel::make(3, 3, 5, 60);
    const CompositeModel model = m.model();
    std::vector<double> fractions;
    MonteCarloOptions o = options(300, 0.25, 1, 2);
    o.control.progress = [&](double f) {
        fractions.push_back(f);
    }; // never two calls at once
    const MonteCarloResult full = MonteCarlo(model).run(o);
    CHECK_FALSE(full.cancelled);
    CHECK(full.completedReplications == 300);
    REQUIRE_FALSE(fractions.empty());
    CHECK(fractions.size() <= 101);
    CHECK(std::is_sorted(fractions.begin(), fractions.end()));
    CHECK(fractions.back() == 1.0);

    // Cancelled from another thread (as the GUI does) while a very long run is under way.
    std::atomic<bool> cancel{false};
    o.replications = 50'000'000;
    o.control.progress = {};
    o.control.cancel = &cancel;
    std::jthread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        cancel = true;
    });
    const auto start = std::chrono::steady_clock::now();
    const MonteCarloResult stopped = MonteCarlo(model).run(o);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    CHECK(stopped.cancelled);
    CHECK(stopped.services.empty());
    CHECK(stopped.completedReplications > 0);
    CHECK(stopped.completedReplications < o.replications);
    // Generous on a loaded machine: the point is "stops", not "in 10 ms" (that is measured by the bench).
    CHECK(elapsed < std::chrono::seconds(5));

    std::atomic<bool> already{true};
    o.control.cancel = &already;
    CHECK(MonteCarlo(model).run(o).completedReplications == 0);
}
