#include "EvaluationBuilder.h"

#include <QHash>
#include <limits>
#include <stdexcept>

namespace balise {
namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

double orNaN(const std::optional<double>& value)
{
    return value ? *value : NaN;
}

std::optional<long long> dayOf(const QDate& date)
{
    return date.isValid() ? std::optional<long long>(date.toJulianDay()) : std::nullopt;
}

engine::IndicatorRule ruleOf(const IndicatorSpec& spec, Normalization projectDefault)
{
    engine::IndicatorRule rule;
    rule.goal = EvaluationBuilder::toEngine(spec.direction);
    rule.method = EvaluationBuilder::toEngine(spec.normalization, projectDefault);
    rule.baseline = orNaN(spec.baseline);
    rule.target = orNaN(spec.target);
    rule.bandLow = orNaN(spec.bandLow);
    rule.bandHigh = orNaN(spec.bandHigh);
    rule.bandTolerance = orNaN(spec.bandTolerance);
    if (spec.kind == IndicatorKind::Qualitative)
        rule.levelScores = EvaluationBuilder::levelScores(spec);
    return rule;
}

} // namespace

double EvaluationBuilder::engineValue(const Measurement& m, const IndicatorSpec& spec)
{
    if (m.state != MeasurementState::Present)
        return NaN;
    if (spec.kind == IndicatorKind::Qualitative)
        return m.level && *m.level >= 0 && *m.level < spec.levels.size() ? static_cast<double>(*m.level) : NaN;
    return orNaN(m.value);
}

QString EvaluationBuilder::unavailableReason(const ProjectData& data)
{
    if (data.framework.indicators().isEmpty())
        return tr("The framework has no indicator: there is nothing to score. Add indicators to the framework "
                  "first.");
    if (data.services.isEmpty())
        return tr("The project has no data service to score. Import measurements or a services file first.");
    if (data.periods.isEmpty())
        return tr("The project has no period. Import measurements first.");
    return QString();
}

engine::NormalisationMethod EvaluationBuilder::toEngine(Normalization method, Normalization fallback)
{
    switch (method) {
    case Normalization::Default:
        // The project's default; a default that is itself "default" means DESIGN's: goalposts.
        return fallback == Normalization::Default ? engine::NormalisationMethod::Goalposts
                                                  : toEngine(fallback, Normalization::Goalposts);
    case Normalization::Goalposts:
        return engine::NormalisationMethod::Goalposts;
    case Normalization::MinMax:
        return engine::NormalisationMethod::MinMax;
    case Normalization::ZScore:
        return engine::NormalisationMethod::ZScore;
    case Normalization::Rank:
        return engine::NormalisationMethod::Rank;
    }
    return engine::NormalisationMethod::Goalposts;
}

engine::AggregationMethod EvaluationBuilder::toEngine(Aggregation method)
{
    return method == Aggregation::Geometric ? engine::AggregationMethod::Geometric
                                            : engine::AggregationMethod::Arithmetic;
}

engine::Goal EvaluationBuilder::toEngine(Direction direction)
{
    switch (direction) {
    case Direction::HigherIsBetter:
        return engine::Goal::HigherIsBetter;
    case Direction::LowerIsBetter:
        return engine::Goal::LowerIsBetter;
    case Direction::TargetBand:
        return engine::Goal::TargetBand;
    }
    return engine::Goal::HigherIsBetter;
}

std::vector<double> EvaluationBuilder::levelScores(const IndicatorSpec& spec)
{
    std::vector<double> scores;
    scores.reserve(static_cast<size_t>(spec.levels.size()));
    for (const auto& level : spec.levels) {
        if (!level.score)
            return engine::evenLevelScores(static_cast<int>(spec.levels.size()));
        scores.push_back(*level.score);
    }
    return scores;
}

EvaluationSetup EvaluationBuilder::build(const ProjectData& data, const EvaluationOptions& options)
{
    EvaluationSetup setup = buildStructure(data, options);
    fillValues(data, setup);
    return setup;
}

EvaluationSetup EvaluationBuilder::buildStructure(const ProjectData& data, const EvaluationOptions& options)
{
    EvaluationSetup setup;
    const ProjectSettings& settings = data.settings;
    setup.defaultNormalization = settings.defaultNormalization == Normalization::Default
                                     ? Normalization::Goalposts
                                     : settings.defaultNormalization;
    if (options.normalization && *options.normalization != Normalization::Default)
        setup.normalizationOverride = options.normalization;
    setup.aggregation = options.aggregation.value_or(settings.defaultAggregation);

    // Framework, depth-first: parents before children, as FlatTree wants. Node 0 is the overall score.
    const QList<const FrameworkNode*> order = data.framework.depthFirst();
    QHash<EntityId, int> engineNode;
    std::vector<int> parents;
    std::vector<int> indicatorColumns;
    std::vector<double>& weights = setup.input.weights;
    std::vector<double>& redBelow = setup.input.redBelow;
    std::vector<double>& greenFrom = setup.input.greenFrom;
    weights.push_back(0.0);
    redBelow.push_back(settings.redBelow);
    greenFrom.push_back(settings.greenFrom);
    setup.nodeIds.append(NoId);
    setup.nodeCodes.append(QStringLiteral("_overall"));
    setup.nodeNames.append(tr("Overall score"));
    setup.nodeLevels.append(QStringLiteral("overall"));
    QList<const IndicatorSpec*> specs;
    for (const FrameworkNode* node : order) {
        const int index = static_cast<int>(parents.size()) + 1;
        engineNode.insert(node->id, index);
        parents.push_back(engineNode.value(node->parentId, 0));
        weights.push_back(node->weight);
        setup.nodeIds.append(node->id);
        setup.nodeCodes.append(node->code);
        setup.nodeNames.append(node->name);
        setup.nodeLevels.append(keyOf(node->kind));
        if (node->isIndicator()) {
            indicatorColumns.push_back(static_cast<int>(specs.size()));
            specs.append(&node->indicator);
            setup.indicatorIds.append(node->id);
            setup.input.rules.push_back(ruleOf(node->indicator, settings.defaultNormalization));
            redBelow.push_back(node->indicator.redBelow.value_or(settings.redBelow));
            greenFrom.push_back(node->indicator.greenFrom.value_or(settings.greenFrom));
        } else {
            indicatorColumns.push_back(-1);
            redBelow.push_back(settings.redBelow);
            greenFrom.push_back(settings.greenFrom);
        }
    }
    setup.input.tree = engine::FlatTree(std::move(parents), std::move(indicatorColumns));

    for (const DataService& service : data.services) {
        setup.serviceIds.append(service.id);
        setup.serviceNames.append(service.name);
    }
    const QList<EntityId> periodIds = [&] {
        if (!options.periods.isEmpty())
            return options.periods;
        QList<EntityId> all;
        for (const Period& period : data.periods)
            all.append(period.id);
        return all;
    }();
    for (const EntityId id : periodIds) {
        const Period* period = data.findPeriod(id);
        if (!period)
            throw std::invalid_argument("the period to evaluate is not in the project");
        setup.periodIds.append(id);
        setup.periodLabels.append(period->label);
        setup.dates.periodEnd.push_back(dayOf(period->end));
    }

    engine::EvaluationInput& input = setup.input;
    input.services = static_cast<int>(setup.serviceIds.size());
    input.periods = static_cast<int>(setup.periodIds.size());
    input.aggregation.minimumCoverage = settings.minimumCoverage;
    input.aggregation.method = toEngine(settings.defaultAggregation);
    if (options.aggregation)
        input.aggregationOverride = toEngine(*options.aggregation);
    if (setup.normalizationOverride)
        input.normalisationOverride = toEngine(*setup.normalizationOverride, Normalization::Goalposts);

    for (const IndicatorSpec* spec : specs) {
        setup.dates.baselineDate.push_back(dayOf(spec->baselineDate));
        setup.dates.targetDate.push_back(dayOf(spec->targetDate));
    }
    return setup;
}

void EvaluationBuilder::fillValues(const ProjectData& data, EvaluationSetup& setup)
{
    engine::EvaluationInput& input = setup.input;
    QHash<EntityId, int> periodRow;
    for (int p = 0; p < setup.periodIds.size(); ++p)
        periodRow.insert(setup.periodIds[p], p);
    QHash<EntityId, int> serviceColumn;
    for (int s = 0; s < setup.serviceIds.size(); ++s)
        serviceColumn.insert(setup.serviceIds[s], s);
    QHash<EntityId, int> indicatorColumn;
    QList<const IndicatorSpec*> specs;
    for (int i = 0; i < setup.indicatorIds.size(); ++i) {
        indicatorColumn.insert(setup.indicatorIds[i], i);
        specs.append(&data.framework.find(setup.indicatorIds[i])->indicator);
    }
    input.values.assign(static_cast<size_t>(input.periods) * static_cast<size_t>(specs.size()) *
                            static_cast<size_t>(input.services),
                        NaN);
    // One pass over the measurements (a project may hold a million), placing each where it belongs.
    for (const Measurement& m : data.measurements) {
        const auto p = periodRow.constFind(m.key.periodId);
        const auto i = indicatorColumn.constFind(m.key.indicatorId);
        const auto s = serviceColumn.constFind(m.key.serviceId);
        if (p == periodRow.cend() || i == indicatorColumn.cend() || s == serviceColumn.cend())
            continue;
        input.values[input.valueIndex(*p, *i, *s)] = engineValue(m, *specs[*i]);
    }
}

} // namespace balise
