#include "ImportReport.h"

#include <QFileInfo>

namespace balise::cli {

int reportImportErrors(CliContext& context, const QString& file, const QList<ImportError>& errors)
{
    context.err() << CliContext::tr("%1 was not imported: it has %n problem(s); nothing was changed.", nullptr,
                                    static_cast<int>(errors.size()))
                         .arg(QFileInfo(file).fileName())
                  << '\n';
    for (const auto& error : errors)
        context.err() << "  " << error.format() << '\n';
    context.err().flush();
    return InvalidInput;
}

void reportImportWarnings(CliContext& context, const QList<ImportError>& warnings)
{
    for (const auto& warning : warnings)
        context.err() << CliContext::tr("warning: ") << warning.format() << '\n';
}

} // namespace balise::cli
