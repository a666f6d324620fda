#include "Saltelli.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace balise::engine {

SaltelliResult Saltelli::estimate(int inputs, const EvaluatorFactory& makeEvaluator, const SaltelliOptions& options)
{
    if (options.baseSamples < 1)
        throw std::invalid_argument("at least one base sample is needed");
    if (inputs < 1)
        throw std::invalid_argument("at least one uncertain input is needed");
    const auto width = static_cast<size_t>(inputs + 2);
    // N rows of d + 2 outputs: 1,000 samples of 2 inputs take 32 kB.
    std::vector<double> outputs(static_cast<size_t>(options.baseSamples) * width);
    const std::int64_t made = ParallelRuns::run(options.baseSamples, options.control, [&] {
        auto evaluator = std::make_shared<SampleEvaluator>(makeEvaluator());
        return [evaluator, &outputs, &options, width](std::int64_t sample) {
            RandomStream stream(options.seed, static_cast<std::uint64_t>(sample));
            (*evaluator)(stream, std::span<double>(outputs.data() + static_cast<size_t>(sample) * width, width));
        };
    });
    if (made < options.baseSamples) {
        SaltelliResult cancelled;
        cancelled.cancelled = true;
        return cancelled;
    }
    return indices(inputs, outputs);
}

SaltelliResult Saltelli::indices(int inputs, std::span<const double> outputs)
{
    const auto d = static_cast<size_t>(inputs);
    const size_t width = d + 2;
    if (inputs < 1 || outputs.empty() || outputs.size() % width != 0)
        throw std::invalid_argument("the outputs must be N rows of d + 2 values");
    const size_t N = outputs.size() / width;
    auto row = [&](size_t j) {
        return outputs.data() + j * width;
    };

    SaltelliResult result;
    result.baseSamples = static_cast<int>(N);
    result.evaluations = static_cast<int>(N * width);
    // Sums in sample order on one thread: the same bits whatever the number of threads that ran the model.
    double sum = 0.0;
    for (size_t j = 0; j < N; ++j)
        sum += row(j)[0] + row(j)[1];
    const double mean = sum / static_cast<double>(2 * N);
    double squares = 0.0;
    for (size_t j = 0; j < N; ++j) {
        const double a = row(j)[0] - mean;
        const double b = row(j)[1] - mean;
        squares += a * a + b * b;
    }
    const double variance = squares / static_cast<double>(2 * N);
    for (size_t j = 0; j < N; ++j)
        result.informativeSamples += std::any_of(row(j) + 1, row(j) + width, [&](double f) { return f != row(j)[0]; });
    result.mean = mean;
    result.variance = variance;
    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
    // A constant output has no variance to share out: the indices are undefined, not 0.
    const bool defined = variance > 1e-12 * std::max(1.0, mean * mean);
    result.firstOrder.assign(d, NaN);
    result.total.assign(d, NaN);
    if (!defined)
        return result;
    for (size_t i = 0; i < d; ++i) {
        double first = 0.0;
        double total = 0.0;
        for (size_t j = 0; j < N; ++j) {
            const double fa = row(j)[0];
            const double fb = row(j)[1] - mean;
            const double fab = row(j)[2 + i];
            first += fb * (fab - fa);
            total += (fa - fab) * (fa - fab);
        }
        result.firstOrder[i] = first / static_cast<double>(N) / variance;
        result.total[i] = total / static_cast<double>(2 * N) / variance;
    }
    return result;
}

} // namespace balise::engine
