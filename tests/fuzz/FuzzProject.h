#pragma once
// What the fuzz targets share: a scratch folder in memory (/dev/shm when there is one) and the
// project the importers read against — made once per fuzzing process from the malformed corpus's
// base project document (tests/data/malformed/base/project.json: a framework with a qualitative
// indicator, services, periods, a questionnaire).
#include "Project.h"

#include <QString>

namespace balise::fuzz {

QString scratchFolder();
Project& baseProject();

} // namespace balise::fuzz
