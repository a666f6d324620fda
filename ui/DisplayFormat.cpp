#include "DisplayFormat.h"

#include <QLocale>
#include <QTextDocument>
#include <cmath>

namespace balise::ui {

QString DisplayFormat::number(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

QString DisplayFormat::computed(double value)
{
    return QLocale().toString(value, 'g', 12);
}

QString DisplayFormat::number(const std::optional<double>& value)
{
    return value ? number(*value) : none();
}

QString DisplayFormat::integer(qint64 value)
{
    return QLocale().toString(value);
}

QString DisplayFormat::percent(double share)
{
    const QLocale locale;
    // French writes a (narrow) space before the sign; QLocale knows the sign but not the spacing.
    const QString separator = locale.language() == QLocale::French ? QStringLiteral("\u202F") : QString();
    // One decimal at most, without trailing zeros: 40 %, 2.5 %, 33.3 %.
    const double rounded = std::round(share * 1000.0) / 10.0;
    return locale.toString(rounded, 'f', QLocale::FloatingPointShortest) + separator + locale.percent();
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

QString DisplayFormat::none()
{
    return QStringLiteral("—");
}

QString DisplayFormat::toolTip(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace balise::ui
