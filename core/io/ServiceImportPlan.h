#pragma once

#include "DataService.h"
#include "ImportError.h"

#include <QChar>
#include <QList>
#include <QSet>
#include <QString>

namespace balise {

// One data service as a services file describes it. Only the attributes whose column the file has
// are meant: `fields` names them, so that a file giving operators only leaves the rest untouched.
struct ServiceImportRow
{
    DataService service; // id NoId; the project finds the service by name
    int line = 0;
};

// The column (and `fields` entry) of one destabilisation rating: its key with '_' for '-'.
inline QString destabilisationField(DestabilisationAxis axis)
{
    QString key = keyOf(axis);
    return key.replace(QLatin1Char('-'), QLatin1Char('_'));
}

// Everything ServiceCsvReader understood of a file. Apply it only when `errors` is empty.
struct ServiceImportPlan
{
    QList<ServiceImportRow> rows;
    QSet<QString> fields; // normalised column names present: operator, domain, data_role, …
    QChar separator = QLatin1Char(',');
    QList<ImportError> errors;
    QList<ImportError> warnings;

    bool ok() const { return errors.isEmpty(); }
    bool has(const char* field) const { return fields.contains(QLatin1String(field)); }
};

} // namespace balise
