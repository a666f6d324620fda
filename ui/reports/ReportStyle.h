#pragma once

#include "EngineTypes.h"

#include <QColor>
#include <QFont>
#include <QString>

namespace balise::ui {

// The look of printed reports, in one place: a sober type scale, ink and rule colours, and the traffic
// lights as saturated colours that stay distinct in grey (the workbench's tints are too pale on paper).
// Sizes are in points and fonts pixel-sized, as ReportLayout expects.
namespace ReportStyle {

QFont font(int points, bool bold = false);

inline const QColor ink{0x1d, 0x27, 0x33};
inline const QColor muted{0x5b, 0x66, 0x73};
inline const QColor rule{0xc9, 0xd1, 0xda};
inline const QColor band{0xef, 0xf3, 0xf7}; // behind headings and key figures
inline const QColor accent{0x0b, 0x4f, 0x8a};
inline const QColor average{0x9a, 0xa3, 0xad};

QColor lightColour(engine::Light light);

// A score as reports print it: whole points, "—" when insufficient.
QString score(double score);
// A change in points with its sign (+4.1, −2.0, 0.0), "—" when unknown.
QString change(double points);

// Margins of an A4 page, in points.
inline constexpr double margin = 48.0; // about 17 mm
inline constexpr double headerHeight = 28.0;
inline constexpr double footerHeight = 22.0;

} // namespace ReportStyle
} // namespace balise::ui
