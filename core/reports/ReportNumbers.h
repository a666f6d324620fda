#pragma once

#include "Indicator.h"

#include <QString>

namespace balise {

// How reports write a measured value for a reader (not for a file): in the locale, without trailing
// zeros, with as many decimals as its size warrants (0 from 100, 1 from 10, else 2), the unit after a
// narrow no-break space; a qualitative value by its level's label.
namespace ReportNumbers {

QString readable(double value);
QString withUnit(const QString& number, const QString& unit);
// A value of `spec`'s indicator (a level's place for a qualitative one); empty for NaN.
QString value(double value, const IndicatorSpec& spec);

} // namespace ReportNumbers
} // namespace balise
