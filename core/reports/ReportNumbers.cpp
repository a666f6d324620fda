#include "ReportNumbers.h"

#include <QLocale>
#include <cmath>

namespace balise::ReportNumbers {

QString readable(double x)
{
    const QLocale locale;
    QString text = locale.toString(x, 'f', std::abs(x) >= 100 ? 0 : std::abs(x) >= 10 ? 1 : 2);
    if (text.contains(locale.decimalPoint())) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(1);
    }
    return text;
}

QString withUnit(const QString& number, const QString& unit)
{
    return unit.isEmpty() ? number : number + QChar(0x202f) + unit;
}

QString value(double x, const IndicatorSpec& spec)
{
    if (std::isnan(x))
        return QString();
    if (spec.kind == IndicatorKind::Qualitative) {
        const int level = static_cast<int>(x);
        if (level >= 0 && level < spec.levels.size() && level == x)
            return spec.levels[level].label;
        return readable(x);
    }
    return withUnit(readable(x), spec.unit);
}

} // namespace balise::ReportNumbers
