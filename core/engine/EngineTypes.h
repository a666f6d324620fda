#pragma once

// The engine's own vocabulary, mirroring the model's enums (core/model/Enums.h) without Qt. The
// adapter that builds engine inputs from a project maps one onto the other.
namespace balise::engine {

enum class AggregationMethod
{
    Arithmetic,
    Geometric
};
enum class NormalisationMethod
{
    Goalposts,
    MinMax,
    ZScore,
    Rank
};
enum class Goal
{
    HigherIsBetter,
    LowerIsBetter,
    TargetBand
};
enum class Light
{
    Insufficient,
    Red,
    Amber,
    Green
};

} // namespace balise::engine
