#include "DisplayFormat.h"

#include <QLocale>

namespace balise::ui {

QString DisplayFormat::number(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

QString DisplayFormat::number(const std::optional<double>& value) { return value ? number(*value) : none(); }

QString DisplayFormat::integer(qint64 value) { return QLocale().toString(value); }

QString DisplayFormat::percent(double share)
{
    const QLocale locale;
    // French writes a (narrow) space before the sign; QLocale knows the sign but not the spacing.
    const QString separator = locale.language() == QLocale::French ? QStringLiteral("\u202F") : QString();
    return locale.toString(share * 100.0, 'f', 0) + separator + locale.percent();
}

QString DisplayFormat::money(double euros)
{
    return QLocale().toCurrencyString(euros, QStringLiteral("€"));
}

QString DisplayFormat::date(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : none();
}

QString DisplayFormat::dateTime(const QDateTime& dateTime)
{
    return dateTime.isValid() ? QLocale().toString(dateTime.toLocalTime(), QLocale::ShortFormat) : none();
}

QString DisplayFormat::name(const QString& name)
{
    const QString trimmed = name.trimmed();
    return trimmed.isEmpty() ? tr("(untitled)") : name;
}

QString DisplayFormat::none() { return QStringLiteral("—"); }

} // namespace balise::ui
