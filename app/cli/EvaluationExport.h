#pragma once

#include "EvaluationSetup.h"

#include <QTextStream>

namespace balise::cli {

// `balise evaluate --format csv|json`: every node's score, coverage, light and rank for every service
// and period, for scripts (layouts in README.md, "evaluate --format csv|json"). Numbers are written
// with '.' at full precision (%.17g) whatever the locale, never NaN: an insufficient score is an empty
// cell or null. Both are streamed row by row: 200 services × 300 indicators × 12 periods is 800,000
// rows, which a JSON document built in memory would turn into gigabytes.
class EvaluationExport
{
public:
    static void writeCsv(QTextStream& out, const EvaluationSetup& setup, const engine::EvaluationResult& result);
    static void writeJson(QTextStream& out, const QString& projectTitle, const EvaluationSetup& setup,
                          const engine::EvaluationResult& result);

    // A JSON string literal, quotes included.
    static QString jsonString(const QString& text);
};

} // namespace balise::cli
