#pragma once

#include "EngineTypes.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace balise::ui {

// How the workbench shows a traffic light: a soft tint behind the score (readable with black text,
// still distinct when printed in grey) and the word for it.
class LightStyle
{
    Q_DECLARE_TR_FUNCTIONS(LightStyle)

public:
    static QColor tint(engine::Light light);
    static QString word(engine::Light light);
};

} // namespace balise::ui
