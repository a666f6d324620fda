#include "SyntheticModel.h"

#include "RandomStream.h"

#include <limits>

namespace balise::test {

SyntheticModel SyntheticModel::make(int objectives, int criteria, int indicators, int services, double missing,
                                    unsigned seed)
{
    SyntheticModel m;
    std::vector<int> parents;
    std::vector<int> columns;
    engine::RandomStream stream(seed, 0);
    m.weights.push_back(1.0);
    int column = 0;
    for (int o = 0; o < objectives; ++o) {
        parents.push_back(0);
        columns.push_back(-1);
        m.weights.push_back(stream.uniform(0.5, 1.5));
        const int objective = static_cast<int>(parents.size());
        for (int c = 0; c < criteria; ++c) {
            parents.push_back(objective);
            columns.push_back(-1);
            m.weights.push_back(stream.uniform(0.5, 1.5));
            const int criterion = static_cast<int>(parents.size());
            for (int i = 0; i < indicators; ++i) {
                parents.push_back(criterion);
                columns.push_back(column++);
                m.weights.push_back(stream.uniform(0.5, 1.5));
            }
        }
    }
    m.tree = engine::FlatTree(parents, columns);
    m.services = services;
    const auto S = static_cast<size_t>(services);
    m.scores.assign(static_cast<size_t>(m.tree.nodeCount()) * S, std::numeric_limits<double>::quiet_NaN());
    for (int node = 0; node < m.tree.nodeCount(); ++node)
        if (m.tree.indicatorOf(node) >= 0)
            for (size_t s = 0; s < S; ++s) {
                const double x = stream.uniform(0.0, 100.0);
                if (stream.uniform() >= missing)
                    m.scores[static_cast<size_t>(node) * S + s] = x;
            }
    return m;
}

engine::CompositeModel SyntheticModel::model(engine::AggregationMethod method, double minimumCoverage) const
{
    return engine::CompositeModel(tree, weights, {scores}, services, {method, minimumCoverage});
}

} // namespace balise::test
