#pragma once

#include "DataService.h"
#include "FrameworkImportPlan.h"
#include "Questionnaire.h"
#include "VadeMecum.h"

#include <QList>
#include <QString>

namespace balise {

// A reusable starting point: a vade-mecum and a framework (and optionally a questionnaire and sample
// services) that a territory adapts instead of starting from a blank page. Saved as a
// `.balise-template` archive (TemplateArchive).
//
// A template stands alone: its items have no database ids. Inside it, an objective cites a vade-mecum
// item by its place (VadeMecumLink::id = 1-based index in its list), a question its need the same way
// and its objective by the objective's code — so that applying it to a project can give every link
// the new ids.
struct ProjectTemplate
{
    QString id;    // stable, file-name safe: "micro-grid", "carpooling"…
    QString title; // in the template's language
    QString description;
    QString language; // "fr" or "en"
    VadeMecum vadeMecum;
    QList<FrameworkImportNode> framework; // parents first, each naming its parent by code
    Questionnaire questionnaire;          // empty: none
    QStringList questionObjectives;       // per question in questionnaire order: the objective's code, or ""
    QList<DataService> services;          // sample services (no ids, no answers)

    bool operator==(const ProjectTemplate&) const = default;
};

} // namespace balise
