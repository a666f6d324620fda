#pragma once

#include "ParallelRuns.h"
#include "RandomStream.h"

#include <concepts>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace balise::engine {

struct SaltelliOptions
{
    int baseSamples = 1000; // N ≥ 1; the design makes N·(d + 2) model runs
    std::uint64_t seed = 1;
    RunControl control;
};

// Variance-based sensitivity indices of a model's output to each of its d inputs (or groups of inputs).
struct SaltelliResult
{
    bool cancelled = false; // then nothing else is filled
    int baseSamples = 0;
    int evaluations = 0; // N·(d + 2): the design's size (runs known to repeat another are not redone)
    double mean = 0.0;
    double variance = 0.0; // of the output over A and B; 0 → the indices are undefined (NaN)
    // Base samples whose d + 2 outputs are not all equal: only these carry information on the indices.
    // When an output rarely moves (a ranking that changes in a few runs), the estimates rest on these
    // few samples and can fall far outside [0, 1]; reports warn when there are fewer than
    // `fewInformativeSamples`.
    int informativeSamples = 0;
    static constexpr int fewInformativeSamples = 50;
    std::vector<double> firstOrder; // Sᵢ per input
    std::vector<double> total;      // S_Tᵢ per input
};

// Sobol' indices by the Saltelli design: two independent N × d sample matrices A and B, and for every
// input i the matrix A_B⁽ⁱ⁾ equal to A except for column i taken from B (Saltelli et al., "Variance
// based sensitivity analysis of model output", Computer Physics Communications 181, 2010). With
// f centred on the mean of f(A) ∪ f(B) and V their variance:
//   first order  Sᵢ  = (1/N) Σⱼ f(B)ⱼ·(f(A_B⁽ⁱ⁾)ⱼ − f(A)ⱼ) / V        (Saltelli 2010, table 2 (b))
//   total        S_Tᵢ = (1/2N) Σⱼ (f(A)ⱼ − f(A_B⁽ⁱ⁾)ⱼ)² / V          (Jansen 1999, table 2 (f))
// Centring does not change what the first-order estimator estimates but lowers its variance when the
// output's mean is large against its spread (SALib does the same). Base samples are pseudo-random:
// sample j (its row of A and of B) is drawn from RandomStream(seed, j), so results do not depend on the
// number of threads.
//
// The estimator is generic: a model is anything that draws a point and evaluates it (see estimate()).
class Saltelli
{
public:
    // One thread's evaluator: draws base sample j's rows of A and B from `stream` and writes f(A),
    // f(B), f(A_B⁽¹⁾) … f(A_B⁽ᵈ⁾) into `outputs` (d + 2 values).
    using SampleEvaluator = std::function<void(RandomStream& stream, std::span<double> outputs)>;
    // Called once per thread, on it, so per-thread scratch memory can live in the evaluator.
    using EvaluatorFactory = std::function<SampleEvaluator()>;

    // Throws std::invalid_argument for N < 1 or d < 1.
    static SaltelliResult estimate(int inputs, const EvaluatorFactory& makeEvaluator, const SaltelliOptions& options);

    // A model with a point type and per-thread workspace:
    //   typename Model::Point, typename Model::Workspace (default-constructible),
    //   int inputCount() const,
    //   void draw(RandomStream&, Point&) const           — every input of one point,
    //   void take(Point& target, const Point& source, int input) const — copy one input,
    //   double evaluate(const Point&, Workspace&) const.
    // When Point has ==, a run of A_B⁽ⁱ⁾ equal to A or B (a discrete input drawn twice the same) reuses
    // their output instead of running the model again.
    template <typename Model> static SaltelliResult estimate(const Model& model, const SaltelliOptions& options)
    {
        const int d = model.inputCount();
        return estimate(
            d,
            [&model, d]() -> SampleEvaluator {
                auto scratch = std::make_shared<Scratch<Model>>();
                return [&model, d, scratch](RandomStream& stream, std::span<double> outputs) {
                    auto& [a, b, mixed, workspace] = *scratch;
                    model.draw(stream, a);
                    model.draw(stream, b);
                    outputs[0] = model.evaluate(a, workspace);
                    outputs[1] = model.evaluate(b, workspace);
                    for (int i = 0; i < d; ++i) {
                        mixed = a;
                        model.take(mixed, b, i);
                        double& out = outputs[static_cast<size_t>(2 + i)];
                        if constexpr (std::equality_comparable<typename Model::Point>) {
                            if (mixed == a) {
                                out = outputs[0];
                                continue;
                            }
                            if (mixed == b) {
                                out = outputs[1];
                                continue;
                            }
                        }
                        out = model.evaluate(mixed, workspace);
                    }
                };
            },
            options);
    }

    // The estimators above on the outputs of the design: N rows of f(A), f(B), f(A_B⁽¹⁾) … f(A_B⁽ᵈ⁾).
    static SaltelliResult indices(int inputs, std::span<const double> outputs);

private:
    template <typename Model> struct Scratch
    {
        typename Model::Point a, b, mixed;
        typename Model::Workspace workspace;
    };
};

} // namespace balise::engine
