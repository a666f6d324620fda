#pragma once

#include <QString>
#include <QTextStream>
#include <memory>

namespace balise {
class Project;
}

namespace balise::cli {

class BenchWorkload;

// `balise bench --live`: how fast an open project follows an edit, as the workbench does — the
// reference workload written into a real project file (services × indicators × `periods`
// measurements), then, repeated: a weight changed and a value changed, each timed as the write to the
// file (one transaction, synchronous=FULL) and the refresh of the kept evaluation (ProjectEvaluation)
// that the views read. Returns false when the project could not be built (the reason is printed).
// The workload written into a real project file at `path`; `seconds` receives the time taken.
std::unique_ptr<Project> buildBenchProject(const QString& path, const BenchWorkload& workload, int periods,
                                           double* seconds);

bool runLiveBench(QTextStream& out, const BenchWorkload& workload, int periods, int repeat);

// `balise bench --pdf`: the PDF comparison of the first 50 services of the workload over 12 periods,
// from the open project to the written file (evaluation, layout, charts, PDF), timed `repeat` times.
// Needs the workbench's widgets (main() gives the command a QApplication). False when it could not run.
bool runPdfBench(QTextStream& out, const BenchWorkload& workload, int repeat);

} // namespace balise::cli
