#include "MeasurementText.h"

using namespace Qt::StringLiterals;

namespace balise {

bool MeasurementText::isMissingMarker(const QString& text)
{
    static const QStringList markers = {u"na"_s, u"n/a"_s, u"n.a."_s, u"nc"_s, u"n.c."_s};
    const QString word = text.trimmed().toLower();
    return word.isEmpty() || markers.contains(word);
}

std::optional<MeasurementReading> MeasurementText::read(const FrameworkNode& indicator, const QString& rawText,
                                                        const NumberParser& numbers, QString* error)
{
    const QString text = rawText.trimmed();
    MeasurementReading reading;
    if (isMissingMarker(text)) {
        reading.state = MeasurementState::Missing;
        return reading;
    }
    const IndicatorSpec& spec = indicator.indicator;
    if (spec.kind == IndicatorKind::Qualitative) {
        for (int i = 0; i < spec.levels.size(); ++i)
            if (spec.levels[i].label.trimmed().compare(text, Qt::CaseInsensitive) == 0) {
                reading.level = i;
                return reading;
            }
        bool isIndex = false;
        const int index = text.toInt(&isIndex);
        if (isIndex && index >= 1 && index <= spec.levels.size()) {
            reading.level = index - 1;
            return reading;
        }
        if (error) {
            QStringList labels;
            for (const auto& level : spec.levels)
                labels.append(level.label);
            *error = tr("\"%1\" is not a level of \"%2\"; write one of %3, or its number from 1 to %4.")
                         .arg(text, indicator.code, labels.join(u", "_s))
                         .arg(spec.levels.size());
        }
        return std::nullopt;
    }
    reading.value = numbers.parse(text, error);
    if (!reading.value)
        return std::nullopt;
    return reading;
}

std::optional<MeasurementReading> MeasurementText::readTyped(const FrameworkNode& indicator, const QString& text,
                                                             const QLocale& locale, QString* error)
{
    const QChar mark = locale.decimalPoint().size() == 1 ? locale.decimalPoint().front() : u'.';
    QString firstError;
    if (auto reading = read(indicator, text, NumberParser(mark), &firstError))
        return reading;
    if (indicator.indicator.kind == IndicatorKind::Quantitative)
        if (auto reading = read(indicator, text, NumberParser(mark == u',' ? u'.' : u','), nullptr))
            return reading;
    if (error)
        *error = firstError;
    return std::nullopt;
}

QString MeasurementText::write(const FrameworkNode& indicator, const Measurement& measurement, const QLocale& locale,
                               const QString& missing)
{
    if (measurement.state == MeasurementState::Missing)
        return missing;
    if (measurement.level)
        return indicator.indicator.levels.value(*measurement.level).label;
    if (measurement.value)
        return locale.toString(*measurement.value, 'f', QLocale::FloatingPointShortest);
    return {};
}

} // namespace balise
