#include "LightStyle.h"

namespace balise::ui {

QColor LightStyle::tint(engine::Light light)
{
    switch (light) {
    case engine::Light::Red:
        return {0xf4, 0xc7, 0xc3};
    case engine::Light::Amber:
        return {0xfd, 0xe3, 0xa7};
    case engine::Light::Green:
        return {0xc8, 0xe6, 0xc9};
    case engine::Light::Insufficient:
        break;
    }
    return {0xee, 0xee, 0xee};
}

QString LightStyle::word(engine::Light light)
{
    switch (light) {
    case engine::Light::Red:
        return tr("red");
    case engine::Light::Amber:
        return tr("amber");
    case engine::Light::Green:
        return tr("green");
    case engine::Light::Insufficient:
        break;
    }
    return tr("insufficient data");
}

} // namespace balise::ui
