#include "ReportStyle.h"

#include "DisplayFormat.h"

#include <QApplication>
#include <QLocale>
#include <cmath>

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

QString score(double x)
{
    return std::isnan(x) ? DisplayFormat::none() : QLocale().toString(x, 'f', 0);
}

QString change(double x)
{
    if (std::isnan(x))
        return DisplayFormat::none();
    const QString number = QLocale().toString(std::abs(x), 'f', 1);
    return x > 0.05 ? QStringLiteral("+") + number : x < -0.05 ? QStringLiteral("−") + number : number;
}

} // namespace balise::ui::ReportStyle
