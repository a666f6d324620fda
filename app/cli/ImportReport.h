#pragma once

#include "CliContext.h"
#include "ImportError.h"

namespace balise::cli {

// Prints what an importer could not accept: one summary sentence, then one line per problem with
// its line and column, on stderr. Returns InvalidInput.
int reportImportErrors(CliContext& context, const QString& file, const QList<ImportError>& errors);
// Prints warnings (the file was still accepted) on stderr.
void reportImportWarnings(CliContext& context, const QList<ImportError>& warnings);

} // namespace balise::cli
