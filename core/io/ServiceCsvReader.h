#pragma once

#include "CsvDocument.h"
#include "ServiceImportPlan.h"

#include <QCoreApplication>

namespace balise {

// Reads the description of data services from CSV: a first column `service` (the name), then any of
// `operator, domain, description, data_role, population_reached, population_not_reached, postures`
// and the six destabilisation ratings (`personal_data, audience, financial_power,
// contesting_legitimacy, new_representations, independence`, 0–4). Domains, roles and postures take
// Balise's keys or their French names; postures are separated by '|'.
class ServiceCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCsvReader)

public:
    static ServiceImportPlan read(const CsvDocument& document);
    // True when the header is that of a services file (and not of a measurement file).
    static bool isServiceFile(const CsvDocument& document);
    static QStringList attributeColumns();
};

} // namespace balise
