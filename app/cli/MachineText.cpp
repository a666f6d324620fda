#include "MachineText.h"

#include "CsvWriter.h"

#include <array>
#include <charconv>
#include <cmath>

namespace balise::cli {

QString MachineText::number(double value)
{
    // std::to_chars is specified as printf in the C locale; snprintf would follow LC_NUMERIC, which
    // QCoreApplication sets from the environment.
    std::array<char, 64> buffer{};
    const auto written =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::general, 17);
    return QString::fromLatin1(buffer.data(), static_cast<qsizetype>(written.ptr - buffer.data()));
}

QString MachineText::csvNumber(double value)
{
    return std::isnan(value) ? QString() : number(value);
}

QJsonValue MachineText::jsonNumber(double value)
{
    return std::isnan(value) ? QJsonValue() : QJsonValue(value);
}

QString MachineText::csvField(const QString& raw)
{
    const QString text = CsvWriter::guarded(raw); // inert for spreadsheet software
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace balise::cli
