#pragma once

#include "FrameworkNode.h"
#include "Measurement.h"
#include "NumberParser.h"

#include <QCoreApplication>
#include <QLocale>
#include <optional>

namespace balise {

// A measurement read from the text a person wrote: a CSV cell, a cell of the measurement sheet, a
// block pasted from a spreadsheet.
struct MeasurementReading
{
    MeasurementState state = MeasurementState::Present;
    std::optional<double> value; // quantitative indicators
    std::optional<int> level;    // qualitative indicators: index into the levels
};

// How a measurement is written as text and read back, the same in every importer and editor.
class MeasurementText
{
    Q_DECLARE_TR_FUNCTIONS(MeasurementText)

public:
    // True for the texts that mean "no measurement": empty, NA, n/a, NC (non communiqué)…
    static bool isMissingMarker(const QString& text);

    // Reads `text` as a measurement of `indicator`: a missing marker; for a qualitative indicator a
    // level's label (any case) or its number from 1 (worst) up; otherwise a number in the `numbers`
    // parser's notation. Returns nullopt with a sentence in *error when it is none of these.
    static std::optional<MeasurementReading> read(const FrameworkNode& indicator, const QString& text,
                                                  const NumberParser& numbers, QString* error = nullptr);

    // The same for text typed by a person in `locale`: a number with that locale's decimal mark, or
    // with the other one when it only makes sense that way ("12.5" typed by a French user).
    static std::optional<MeasurementReading> readTyped(const FrameworkNode& indicator, const QString& text,
                                                       const QLocale& locale, QString* error = nullptr);

    // The text of a measurement for a person in `locale`: the number in full, the level's label, or
    // `missing` for a measurement recorded as missing.
    static QString write(const FrameworkNode& indicator, const Measurement& measurement, const QLocale& locale,
                         const QString& missing);
};

} // namespace balise
