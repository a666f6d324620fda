#include "UncertaintyAnalysis.h"

#include <cmath>
#include <stdexcept>

namespace balise {

std::vector<std::optional<engine::NormalisationMethod>>
UncertaintyAnalysis::normalisationCandidates(const engine::EvaluationInput& input, bool draw)
{
    std::vector<std::optional<engine::NormalisationMethod>> candidates{std::nullopt};
    if (!draw)
        return candidates;
    for (auto method : {engine::NormalisationMethod::Goalposts, engine::NormalisationMethod::MinMax,
                        engine::NormalisationMethod::ZScore, engine::NormalisationMethod::Rank}) {
        bool everywhere = !input.normalisationOverride || *input.normalisationOverride == method;
        for (const auto& rule : input.rules)
            if (!rule.isQualitative() && rule.goal != engine::Goal::TargetBand)
                everywhere = everywhere && rule.method == method;
        if (!everywhere)
            candidates.emplace_back(method);
    }
    return candidates;
}

QString UncertaintyAnalysis::refusal(const EvaluationSetup& setup, const UncertaintyRequest& request)
{
    if (setup.input.periods == 0 || setup.input.services == 0 || setup.input.tree.indicatorCount() == 0)
        return tr("There is nothing to analyse: the project needs indicators, services and a period.");
    if (request.period >= setup.input.periods)
        return tr("The period to analyse is not in the project.");
    if (request.replications < 1)
        return tr("At least one replication is needed.");
    if (!(request.space.weightNoise >= 0.0 && request.space.weightNoise < 1.0))
        return tr("The weight noise must be at least 0 and below 100 %.");
    if (setup.input.services > engine::MonteCarlo::MaxServices)
        return tr("An uncertainty analysis compares at most %1 services.").arg(engine::MonteCarlo::MaxServices);
    return {};
}

UncertaintyOutcome UncertaintyAnalysis::run(const EvaluationSetup& setup, const UncertaintyRequest& request,
                                            const std::atomic<bool>* cancel, const engine::ProgressCallback& progress)
{
    if (const QString why = refusal(setup, request); !why.isEmpty())
        throw std::invalid_argument(why.toStdString());
    const int period = request.period < 0 ? setup.input.periods - 1 : request.period;
    UncertaintyOutcome outcome;
    outcome.periodLabel = setup.periodLabels.value(period);
    outcome.serviceNames = setup.serviceNames;
    outcome.nodeCodes = setup.nodeCodes;
    outcome.normalisations = normalisationCandidates(setup.input, request.space.drawNormalisation);
    const auto model = engine::CompositeModel::fromEvaluation(setup.input, period, outcome.normalisations);

    // The Monte Carlo is most of the work when no indices are asked; with them, Saltelli's N·(d + 2)
    // runs weigh about d + 2 times as much.
    const double monteCarloShare = request.sensitivity ? 1.0 / 4.0 : 1.0;
    engine::MonteCarloOptions options;
    options.replications = request.replications;
    options.space = request.space;
    options.seed = request.seed;
    options.keepParameters = request.listReplications;
    options.control.threads = request.threads;
    options.control.cancel = cancel;
    if (progress)
        options.control.progress = [&](double done) {
            progress(done * monteCarloShare);
        };
    outcome.monteCarlo = engine::MonteCarlo(model).run(options);
    if (outcome.monteCarlo.cancelled) {
        outcome.cancelled = true;
        return outcome;
    }
    if (request.sensitivity) {
        engine::SaltelliOptions saltelli;
        saltelli.baseSamples = request.replications;
        saltelli.seed = request.seed;
        saltelli.control.threads = request.threads;
        saltelli.control.cancel = cancel;
        if (progress)
            saltelli.control.progress = [&](double done) {
                progress(monteCarloShare + done * (1.0 - monteCarloShare));
            };
        const engine::RankSensitivity analysis(model, request.space);
        outcome.sensitivityInputs = analysis.inputs();
        outcome.sensitivity = analysis.run(saltelli);
        if (outcome.sensitivity->cancelled) {
            outcome.cancelled = true;
            return outcome;
        }
    }
    return outcome;
}

} // namespace balise
