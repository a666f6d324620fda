#pragma once

#include "Project.h"

namespace balise::test {

// Fills a project with at least one of every entity and every optional attribute set, through the
// public Project API, so that round-trip tests cover the whole model.
void fillWithEveryEntity(Project& project);

// Compares two states of a project entity by entity, so that a failure names what differs.
void requireSameData(const ProjectData& a, const ProjectData& b);

} // namespace balise::test
