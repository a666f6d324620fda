#pragma once

#include "EvaluationSetup.h"
#include "ProjectData.h"

#include <QCoreApplication>

namespace balise {

// Turns a project into the engine's flat arrays (the adapter between the model and balise::engine):
// framework in depth-first order, raw weights, one IndicatorRule per indicator, thresholds per node,
// values [period][indicator][service] from the measurements, and the way back to ids and names.
class EvaluationBuilder
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationBuilder)

public:
    // Why the project cannot be evaluated (no indicator, no service, no period), as one sentence for
    // the user; empty when it can.
    static QString unavailableReason(const ProjectData& data);

    // Throws std::invalid_argument for a period id that is not in the project; a project for which
    // unavailableReason() is not empty gives a setup the engine can run but with nothing to show.
    static EvaluationSetup build(const ProjectData& data, const EvaluationOptions& options = {});

    // build() in two steps, for those who keep a setup and refresh only what a change touched
    // (ProjectEvaluation): everything but the values (which are left empty), then the values from the
    // measurements, for the services, indicators and periods the setup names.
    static EvaluationSetup buildStructure(const ProjectData& data, const EvaluationOptions& options = {});
    static void fillValues(const ProjectData& data, EvaluationSetup& setup);

    // The engine value of a measurement: the value, or the level index of a qualitative indicator;
    // NaN for a missing measurement and for a level the indicator does not have.
    static double engineValue(const Measurement& measurement, const IndicatorSpec& spec);

    static engine::NormalisationMethod toEngine(Normalization method, Normalization fallback);
    static engine::AggregationMethod toEngine(Aggregation method);
    static engine::Goal toEngine(Direction direction);
    // The indicator's own level scores when every level has one, else even spacing on 0–100.
    static std::vector<double> levelScores(const IndicatorSpec& spec);
};

} // namespace balise
