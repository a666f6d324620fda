#include "Enums.h"

#include <QCoreApplication>
#include <span>

namespace balise {
namespace {

template <typename E> struct EnumEntry
{
    E value;
    const char* key;
    const char* label; // source text for QCoreApplication::translate("Enums", …)
};

// Tables: the key column is what files store; never change an existing key.
constexpr EnumEntry<TerritoryKind> territoryKinds[] = {
    {TerritoryKind::Metropole, "metropole", QT_TRANSLATE_NOOP("Enums", "Metropolis")},
    {TerritoryKind::Ville, "ville", QT_TRANSLATE_NOOP("Enums", "Town")},
    {TerritoryKind::Bourg, "bourg", QT_TRANSLATE_NOOP("Enums", "Small town")},
    {TerritoryKind::Rural, "rural", QT_TRANSLATE_NOOP("Enums", "Rural area")},
};
constexpr EnumEntry<Domain> domains[] = {
    {Domain::Mobility, "mobility", QT_TRANSLATE_NOOP("Enums", "Mobility")},
    {Domain::Energy, "energy", QT_TRANSLATE_NOOP("Enums", "Energy")},
    {Domain::WasteCircularEconomy, "waste", QT_TRANSLATE_NOOP("Enums", "Waste and circular economy")},
    {Domain::Water, "water", QT_TRANSLATE_NOOP("Enums", "Water")},
    {Domain::Health, "health", QT_TRANSLATE_NOOP("Enums", "Health")},
    {Domain::Education, "education", QT_TRANSLATE_NOOP("Enums", "Education")},
    {Domain::Housing, "housing", QT_TRANSLATE_NOOP("Enums", "Housing")},
    {Domain::PublicFinances, "public-finances", QT_TRANSLATE_NOOP("Enums", "Public finances")},
    {Domain::Other, "other", QT_TRANSLATE_NOOP("Enums", "Other")},
};
constexpr EnumEntry<Priority> priorities[] = {
    {Priority::High, "high", QT_TRANSLATE_NOOP("Enums", "High")},
    {Priority::Medium, "medium", QT_TRANSLATE_NOOP("Enums", "Medium")},
    {Priority::Low, "low", QT_TRANSLATE_NOOP("Enums", "Low")},
};
constexpr EnumEntry<FieldFamily> fieldFamilies[] = {
    {FieldFamily::UserOriented, "user", QT_TRANSLATE_NOOP("Enums", "User-oriented")},
    {FieldFamily::PublicPolicy, "public-policy", QT_TRANSLATE_NOOP("Enums", "Public policy")},
    {FieldFamily::Economic, "economic", QT_TRANSLATE_NOOP("Enums", "Economic")},
};
constexpr EnumEntry<ResourceKind> resourceKinds[] = {
    {ResourceKind::Introductions, "introductions", QT_TRANSLATE_NOOP("Enums", "Introductions to local actors")},
    {ResourceKind::TestGround, "test-ground", QT_TRANSLATE_NOOP("Enums", "Test ground")},
    {ResourceKind::FinancialSupport, "financial-support", QT_TRANSLATE_NOOP("Enums", "Financial support")},
    {ResourceKind::Labelling, "labelling", QT_TRANSLATE_NOOP("Enums", "Labelling")},
    {ResourceKind::Other, "other", QT_TRANSLATE_NOOP("Enums", "Other")},
};
constexpr EnumEntry<QuestionKind> questionKinds[] = {
    {QuestionKind::FreeText, "text", QT_TRANSLATE_NOOP("Enums", "Free text")},
    {QuestionKind::YesNo, "yes-no", QT_TRANSLATE_NOOP("Enums", "Yes / no")},
    {QuestionKind::SingleChoice, "single-choice", QT_TRANSLATE_NOOP("Enums", "Single choice")},
    {QuestionKind::MultipleChoice, "multiple-choice", QT_TRANSLATE_NOOP("Enums", "Multiple choice")},
    {QuestionKind::Scale, "scale", QT_TRANSLATE_NOOP("Enums", "Scale")},
    {QuestionKind::Number, "number", QT_TRANSLATE_NOOP("Enums", "Number")},
};
constexpr EnumEntry<RevisionStatus> revisionStatuses[] = {
    {RevisionStatus::Draft, "draft", QT_TRANSLATE_NOOP("Enums", "Draft")},
    {RevisionStatus::Submitted, "submitted", QT_TRANSLATE_NOOP("Enums", "Submitted")},
    {RevisionStatus::PoliticallyValidated, "validated", QT_TRANSLATE_NOOP("Enums", "Politically validated")},
};
constexpr EnumEntry<NodeKind> nodeKinds[] = {
    {NodeKind::Objective, "objective", QT_TRANSLATE_NOOP("Enums", "Objective")},
    {NodeKind::Criterion, "criterion", QT_TRANSLATE_NOOP("Enums", "Criterion")},
    {NodeKind::Indicator, "indicator", QT_TRANSLATE_NOOP("Enums", "Indicator")},
};
constexpr EnumEntry<Direction> directions[] = {
    {Direction::HigherIsBetter, "higher", QT_TRANSLATE_NOOP("Enums", "Higher is better")},
    {Direction::LowerIsBetter, "lower", QT_TRANSLATE_NOOP("Enums", "Lower is better")},
    {Direction::TargetBand, "band", QT_TRANSLATE_NOOP("Enums", "Within a target band")},
};
constexpr EnumEntry<IndicatorKind> indicatorKinds[] = {
    {IndicatorKind::Quantitative, "quantitative", QT_TRANSLATE_NOOP("Enums", "Quantitative")},
    {IndicatorKind::Qualitative, "qualitative", QT_TRANSLATE_NOOP("Enums", "Qualitative")},
};
constexpr EnumEntry<Normalization> normalizations[] = {
    {Normalization::Default, "default", QT_TRANSLATE_NOOP("Enums", "Framework default")},
    {Normalization::Goalposts, "goalposts", QT_TRANSLATE_NOOP("Enums", "Distance to target")},
    {Normalization::MinMax, "minmax", QT_TRANSLATE_NOOP("Enums", "Min-max")},
    {Normalization::ZScore, "zscore", QT_TRANSLATE_NOOP("Enums", "Z-score")},
    {Normalization::Rank, "rank", QT_TRANSLATE_NOOP("Enums", "Percentile rank")},
};
constexpr EnumEntry<Aggregation> aggregations[] = {
    {Aggregation::Arithmetic, "arithmetic", QT_TRANSLATE_NOOP("Enums", "Weighted arithmetic mean")},
    {Aggregation::Geometric, "geometric", QT_TRANSLATE_NOOP("Enums", "Weighted geometric mean")},
};
constexpr EnumEntry<DataRole> dataRoles[] = {
    {DataRole::RawMaterial, "raw-material", QT_TRANSLATE_NOOP("Enums", "Raw material")},
    {DataRole::Lever, "lever", QT_TRANSLATE_NOOP("Enums", "Lever")},
    {DataRole::StrategicAsset, "strategic-asset", QT_TRANSLATE_NOOP("Enums", "Strategic asset")},
};
constexpr EnumEntry<PeriodKind> periodKinds[] = {
    {PeriodKind::Year, "year", QT_TRANSLATE_NOOP("Enums", "Year")},
    {PeriodKind::Quarter, "quarter", QT_TRANSLATE_NOOP("Enums", "Quarter")},
    {PeriodKind::Month, "month", QT_TRANSLATE_NOOP("Enums", "Month")},
    {PeriodKind::Free, "free", QT_TRANSLATE_NOOP("Enums", "Free range")},
};
constexpr EnumEntry<MeasurementState> measurementStates[] = {
    {MeasurementState::Present, "present", QT_TRANSLATE_NOOP("Enums", "Present")},
    {MeasurementState::Missing, "missing", QT_TRANSLATE_NOOP("Enums", "Missing")},
    {MeasurementState::NotApplicable, "not-applicable", QT_TRANSLATE_NOOP("Enums", "Not applicable")},
};
constexpr EnumEntry<ImpactBearer> impactBearers[] = {
    {ImpactBearer::Society, "society", QT_TRANSLATE_NOOP("Enums", "Society")},
    {ImpactBearer::User, "user", QT_TRANSLATE_NOOP("Enums", "User")},
};
constexpr EnumEntry<WeightingMethod> weightingMethods[] = {
    {WeightingMethod::Points, "points", QT_TRANSLATE_NOOP("Enums", "Points")},
    {WeightingMethod::Equal, "equal", QT_TRANSLATE_NOOP("Enums", "Equal weights")},
    {WeightingMethod::Budget, "budget", QT_TRANSLATE_NOOP("Enums", "100-point budget")},
    {WeightingMethod::Ranking, "ranking", QT_TRANSLATE_NOOP("Enums", "Ranking (rank order centroid)")},
    {WeightingMethod::Pairwise, "pairwise", QT_TRANSLATE_NOOP("Enums", "Pairwise comparison (AHP)")},
    {WeightingMethod::Group, "group", QT_TRANSLATE_NOOP("Enums", "Several stakeholders")},
};
constexpr EnumEntry<Posture> postures[] = {
    {Posture::Regulator, "regulator", QT_TRANSLATE_NOOP("Enums", "Regulator")},
    {Posture::DataClient, "data-client", QT_TRANSLATE_NOOP("Enums", "Data client")},
    {Posture::DataReuser, "data-reuser", QT_TRANSLATE_NOOP("Enums", "Data re-user")},
    {Posture::Investor, "investor", QT_TRANSLATE_NOOP("Enums", "Investor")},
    {Posture::CommonsCreator, "commons-creator", QT_TRANSLATE_NOOP("Enums", "Commons creator")},
};
constexpr EnumEntry<Quality> qualities[] = {
    {Quality::Robustness, "robustness", QT_TRANSLATE_NOOP("Enums", "Robustness")},
    {Quality::Sensitivity, "sensitivity", QT_TRANSLATE_NOOP("Enums", "Sensitivity")},
    {Quality::Simplicity, "simplicity", QT_TRANSLATE_NOOP("Enums", "Simplicity")},
    {Quality::Relevance, "relevance", QT_TRANSLATE_NOOP("Enums", "Relevance")},
    {Quality::Value, "value", QT_TRANSLATE_NOOP("Enums", "Value")},
    {Quality::Utility, "utility", QT_TRANSLATE_NOOP("Enums", "Utility")},
};
constexpr EnumEntry<DestabilisationAxis> destabilisationAxes[] = {
    {DestabilisationAxis::PersonalDataCapture, "personal-data", QT_TRANSLATE_NOOP("Enums", "Personal-data capture")},
    {DestabilisationAxis::Audience, "audience", QT_TRANSLATE_NOOP("Enums", "Audience")},
    {DestabilisationAxis::FinancialPower, "financial-power",
     QT_TRANSLATE_NOOP("Enums", "Financial and economic power")},
    {DestabilisationAxis::ContestingLegitimacy, "contesting-legitimacy",
     QT_TRANSLATE_NOOP("Enums", "Contesting the public actor's legitimacy")},
    {DestabilisationAxis::NewRepresentations, "new-representations",
     QT_TRANSLATE_NOOP("Enums", "New representations of the city")},
    {DestabilisationAxis::IndependenceFromPublicResources, "independence",
     QT_TRANSLATE_NOOP("Enums", "Independence from public resources")},
};

template <typename E> std::span<const EnumEntry<E>> table();
template <> std::span<const EnumEntry<TerritoryKind>> table()
{
    return territoryKinds;
}
template <> std::span<const EnumEntry<Domain>> table()
{
    return domains;
}
template <> std::span<const EnumEntry<Priority>> table()
{
    return priorities;
}
template <> std::span<const EnumEntry<FieldFamily>> table()
{
    return fieldFamilies;
}
template <> std::span<const EnumEntry<ResourceKind>> table()
{
    return resourceKinds;
}
template <> std::span<const EnumEntry<QuestionKind>> table()
{
    return questionKinds;
}
template <> std::span<const EnumEntry<RevisionStatus>> table()
{
    return revisionStatuses;
}
template <> std::span<const EnumEntry<NodeKind>> table()
{
    return nodeKinds;
}
template <> std::span<const EnumEntry<Direction>> table()
{
    return directions;
}
template <> std::span<const EnumEntry<IndicatorKind>> table()
{
    return indicatorKinds;
}
template <> std::span<const EnumEntry<Normalization>> table()
{
    return normalizations;
}
template <> std::span<const EnumEntry<Aggregation>> table()
{
    return aggregations;
}
template <> std::span<const EnumEntry<DataRole>> table()
{
    return dataRoles;
}
template <> std::span<const EnumEntry<PeriodKind>> table()
{
    return periodKinds;
}
template <> std::span<const EnumEntry<MeasurementState>> table()
{
    return measurementStates;
}
template <> std::span<const EnumEntry<ImpactBearer>> table()
{
    return impactBearers;
}
template <> std::span<const EnumEntry<WeightingMethod>> table()
{
    return weightingMethods;
}
template <> std::span<const EnumEntry<Posture>> table()
{
    return postures;
}
template <> std::span<const EnumEntry<Quality>> table()
{
    return qualities;
}
template <> std::span<const EnumEntry<DestabilisationAxis>> table()
{
    return destabilisationAxes;
}

} // namespace

template <typename E> QString keyOf(E value)
{
    for (const auto& entry : table<E>())
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    return {};
}

template <typename E> std::optional<E> fromKey(const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    for (const auto& entry : table<E>())
        if (wanted == QLatin1String(entry.key))
            return entry.value;
    return std::nullopt;
}

template <typename E> QString labelOf(E value)
{
    for (const auto& entry : table<E>())
        if (entry.value == value)
            return QCoreApplication::translate("Enums", entry.label);
    return {};
}

template <typename E> QList<E> allValues()
{
    QList<E> values;
    for (const auto& entry : table<E>())
        values.append(entry.value);
    return values;
}

template <typename E> QString keyList()
{
    QStringList keys;
    for (const auto& entry : table<E>())
        keys.append(QString::fromLatin1(entry.key));
    return keys.join(QStringLiteral(", "));
}

#define BALISE_INSTANTIATE_ENUM(E)                                                                                     \
    template QString keyOf<E>(E);                                                                                      \
    template std::optional<E> fromKey<E>(const QString&);                                                              \
    template QString labelOf<E>(E);                                                                                    \
    template QList<E> allValues<E>();                                                                                  \
    template QString keyList<E>();

BALISE_INSTANTIATE_ENUM(TerritoryKind)
BALISE_INSTANTIATE_ENUM(Domain)
BALISE_INSTANTIATE_ENUM(Priority)
BALISE_INSTANTIATE_ENUM(FieldFamily)
BALISE_INSTANTIATE_ENUM(ResourceKind)
BALISE_INSTANTIATE_ENUM(QuestionKind)
BALISE_INSTANTIATE_ENUM(RevisionStatus)
BALISE_INSTANTIATE_ENUM(NodeKind)
BALISE_INSTANTIATE_ENUM(Direction)
BALISE_INSTANTIATE_ENUM(IndicatorKind)
BALISE_INSTANTIATE_ENUM(Normalization)
BALISE_INSTANTIATE_ENUM(Aggregation)
BALISE_INSTANTIATE_ENUM(DataRole)
BALISE_INSTANTIATE_ENUM(PeriodKind)
BALISE_INSTANTIATE_ENUM(MeasurementState)
BALISE_INSTANTIATE_ENUM(ImpactBearer)
BALISE_INSTANTIATE_ENUM(WeightingMethod)
BALISE_INSTANTIATE_ENUM(Posture)
BALISE_INSTANTIATE_ENUM(Quality)
BALISE_INSTANTIATE_ENUM(DestabilisationAxis)

} // namespace balise
