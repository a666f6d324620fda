#pragma once

#include "Enums.h"
#include "Ids.h"

#include <QDate>
#include <QString>

namespace balise {

// A measurement period: a label users see ("2024", "2024-T1") and its date range.
struct Period
{
    EntityId id = NoId;
    QString label;
    PeriodKind kind = PeriodKind::Year;
    QDate start;
    QDate end;

    bool operator==(const Period&) const = default;

    // A period inferred from a label as users type them in files: "2024", "2024-Q1"/"2024-T1"
    // (quarter, T for trimestre), "2024-03" (month). Anything else is a free period without dates.
    static Period fromLabel(const QString& label);
};

} // namespace balise
