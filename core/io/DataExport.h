#pragma once

#include "CsvWriter.h"

#include <QByteArray>
#include <QCoreApplication>

namespace balise {

struct ProjectData;
struct EvaluationSetup;
namespace engine {
struct EvaluationResult;
}

// A project's data as files for other software: the measurements in the long layout that Balise's own
// importer reads back (so a file exported, edited in a spreadsheet and imported again changes only
// what was edited), and the evaluation's results. CSV in either dialect (CsvWriter, with its formula
// guard), or JSON.
class DataExport
{
    Q_DECLARE_TR_FUNCTIONS(DataExport)

public:
    // service, indicator, period, value, comment, source, confidence — one row per recorded
    // measurement, periods in order, then services, then indicators in framework order. A missing
    // value is written NA; a qualitative one by its level's label.
    static QByteArray measurementsCsv(const ProjectData& data, const CsvDialect& dialect);
    // {"format": "balise-measurements", "version": 1, "measurements": [{"service", "indicator",
    // "period", "state", "value" | "level", "comment", "source", "confidence"}]}
    static QByteArray measurementsJson(const ProjectData& data);
    // period, service, node, name, level, score, coverage, light, rank — every node for every
    // service and period, as `balise evaluate --format csv` with the node's name and in a dialect.
    static QByteArray resultsCsv(const EvaluationSetup& setup, const engine::EvaluationResult& result,
                                 const CsvDialect& dialect);
};

} // namespace balise
