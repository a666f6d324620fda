#pragma once

#include <QJsonValue>
#include <QString>

namespace balise::cli {

// How the machine-readable outputs (csv, json) of the command line write numbers and fields, the same
// in every command so that scripts can rely on it.
class MachineText
{
public:
    // printf("%.17g") in the C locale, whatever the user's locale: a French user's LC_NUMERIC would
    // otherwise turn 62.5 into "62,5" and break every CSV reader.
    static QString number(double value);
    // The same, but an empty cell for NaN (an insufficient score, no rank).
    static QString csvNumber(double value);
    // null for NaN: JSON has no NaN.
    static QJsonValue jsonNumber(double value);
    // A CSV field, quoted (RFC 4180) when it holds a comma, a quote or a line break.
    static QString csvField(const QString& text);
};

} // namespace balise::cli
