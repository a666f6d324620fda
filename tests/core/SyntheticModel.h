#pragma once

#include "CompositeModel.h"

#include <vector>

namespace balise::test {

// A framework of `objectives` × `criteria` × `indicators` (per parent) with random raw weights in
// [0.5, 1.5] and `services` services with random 0–100 scores, drawn from a fixed seed; a share
// `missing` of the scores is NaN. The same arguments always give the same model.
struct SyntheticModel
{
    engine::FlatTree tree;
    std::vector<double> weights;
    std::vector<double> scores; // node-major nodes × services, indicator rows filled
    int services = 0;

    static SyntheticModel make(int objectives, int criteria, int indicators, int services, double missing = 0.0,
                               unsigned seed = 7);
    engine::CompositeModel model(engine::AggregationMethod method = engine::AggregationMethod::Arithmetic,
                                 double minimumCoverage = 0.5) const;
};

} // namespace balise::test
