#pragma once

#include <QTextStream>

namespace balise::cli {

class BenchWorkload;

// `balise bench --live`: how fast an open project follows an edit, as the workbench does — the
// reference workload written into a real project file (services × indicators × `periods`
// measurements), then, repeated: a weight changed and a value changed, each timed as the write to the
// file (one transaction, synchronous=FULL) and the refresh of the kept evaluation (ProjectEvaluation)
// that the views read. Returns false when the project could not be built (the reason is printed).
bool runLiveBench(QTextStream& out, const BenchWorkload& workload, int periods, int repeat);

} // namespace balise::cli
