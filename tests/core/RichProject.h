#pragma once

#include "Project.h"

namespace balise::test {

// Fills a project with at least one of every entity and every optional attribute set, through the
// public Project API, so that round-trip tests cover the whole model.
void fillWithEveryEntity(Project& project);

} // namespace balise::test
