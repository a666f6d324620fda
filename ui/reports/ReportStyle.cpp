#include "ReportStyle.h"

#include <QApplication>

namespace balise::ui::ReportStyle {

QFont font(int points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(points);
    // Unhinted metrics are the ones of the vector page: text measured is text drawn.
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: text copied or searched in the PDF reads "effets", not "eﬀets".
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setBold(bold);
    return f;
}

QColor lightColour(engine::Light light)
{
    switch (light) {
    case engine::Light::Green:
        return {0x2e, 0x8b, 0x57};
    case engine::Light::Amber:
        return {0xe0, 0x9a, 0x1a};
    case engine::Light::Red:
        return {0xc0, 0x39, 0x2b};
    case engine::Light::Insufficient:
        break;
    }
    return {0xb8, 0xbf, 0xc6};
}

} // namespace balise::ui::ReportStyle
