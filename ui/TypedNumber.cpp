#include "TypedNumber.h"

#include <QLocale>
#include <cmath>

namespace balise::ui {

std::optional<std::optional<double>> TypedNumber::read(const QVariant& value)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int ||
        value.typeId() == QMetaType::LongLong)
        return std::optional<double>(value.toDouble());
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return std::optional<double>();
    bool ok = false;
    double number = QLocale().toDouble(text, &ok);
    if (!ok)
        number = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return std::optional<double>(number);
}

QString TypedNumber::text(const std::optional<double>& value)
{
    return value ? QLocale().toString(*value, 'f', QLocale::FloatingPointShortest) : QString();
}

} // namespace balise::ui
