#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// The closed vocabularies of the domain model. Each enum has a stable ASCII key used in the project
// file, CSV and JSON (never translated, never reordered: the file stores keys, not numbers) and a
// user-facing label translated through Qt's translation system.

namespace balise {

enum class TerritoryKind
{
    Metropole,
    Ville,
    Bourg,
    Rural
};
enum class Domain
{
    Mobility,
    Energy,
    WasteCircularEconomy,
    Water,
    Health,
    Education,
    Housing,
    PublicFinances,
    Other
};
enum class Priority
{
    High,
    Medium,
    Low
};
enum class FieldFamily
{
    UserOriented,
    PublicPolicy,
    Economic
};
enum class ResourceKind
{
    Introductions,
    TestGround,
    FinancialSupport,
    Labelling,
    Other
};
enum class QuestionKind
{
    FreeText,
    YesNo,
    SingleChoice,
    MultipleChoice,
    Scale,
    Number
};
enum class RevisionStatus
{
    Draft,
    Submitted,
    PoliticallyValidated
};
enum class NodeKind
{
    Objective,
    Criterion,
    Indicator
};
enum class Direction
{
    HigherIsBetter,
    LowerIsBetter,
    TargetBand
};
enum class IndicatorKind
{
    Quantitative,
    Qualitative
};
enum class Normalization
{
    Default,
    Goalposts,
    MinMax,
    ZScore,
    Rank
};
enum class Aggregation
{
    Arithmetic,
    Geometric
};
enum class DataRole
{
    RawMaterial,
    Lever,
    StrategicAsset
};
enum class PeriodKind
{
    Year,
    Quarter,
    Month,
    Free
};
enum class MeasurementState
{
    Present,
    Missing,
    NotApplicable
};
enum class ImpactBearer
{
    Society,
    User
};
// How the weights of a node's children were set (DESIGN §3, "Weights").
enum class WeightingMethod
{
    Points,
    Equal,
    Budget,
    Ranking,
    Pairwise,
    Group
};

// The five postures of the public actor towards a data service; a service holds any combination.
enum class Posture
{
    Regulator = 1,
    DataClient = 2,
    DataReuser = 4,
    Investor = 8,
    CommonsCreator = 16
};
inline constexpr int AllPostures = 31;

// The six qualities of a good indicator (DataCités guide, rec. 3).
enum class Quality
{
    Robustness,
    Sensitivity,
    Simplicity,
    Relevance,
    Value,
    Utility
};
inline constexpr int QualityCount = 6;

// The six axes of the destabilisation grid of a digital actor (Audacities).
enum class DestabilisationAxis
{
    PersonalDataCapture,
    Audience,
    FinancialPower,
    ContestingLegitimacy,
    NewRepresentations,
    IndependenceFromPublicResources
};
inline constexpr int DestabilisationAxisCount = 6;

// Stable keys and translated labels. keyOf() never fails; fromKey() returns nullopt on an unknown key.
template <typename E> QString keyOf(E value);
template <typename E> std::optional<E> fromKey(const QString& key);
template <typename E> QString labelOf(E value);
// Every value of the enum, in declaration order.
template <typename E> QList<E> allValues();
// Keys of every value, comma-separated, for error messages ("expected one of: …").
template <typename E> QString keyList();

} // namespace balise
