#pragma once

#include "EngineTypes.h"

#include <QString>

namespace balise {

// The stable key of a traffic light in files and scripts (evaluate --format csv|json, item roles):
// red, amber, green or insufficient.
inline QString lightKey(engine::Light light)
{
    switch (light) {
    case engine::Light::Red:
        return QStringLiteral("red");
    case engine::Light::Amber:
        return QStringLiteral("amber");
    case engine::Light::Green:
        return QStringLiteral("green");
    case engine::Light::Insufficient:
        break;
    }
    return QStringLiteral("insufficient");
}

} // namespace balise
