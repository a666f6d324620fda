#pragma once

#include "Project.h"

#include <QString>
#include <memory>

namespace balise::test {

// The name of the service whose markup must show literally everywhere.
QString markupServiceName();

// Creates `path` and fills it through the Project API with a small but complete project: a vade-mecum
// with one item of each kind, a questionnaire and a revision, a framework O1 → C11 → I111, O1 → I12
// (qualitative) and O2 → I21, the services "<b>Covoiturage</b>" and "Vélo libre", the period 2024
// with one value and one value recorded as missing, and an impact account.
std::unique_ptr<Project> createUiTestProject(const QString& path);

// Creates `path` from the sample's files (samples/microgrid): its framework, three services and four
// years of values, as ./run.sh builds it.
std::unique_ptr<Project> createSampleProject(const QString& path);

} // namespace balise::test
