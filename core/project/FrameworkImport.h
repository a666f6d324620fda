#pragma once

#include "FrameworkNode.h"

#include <QString>

namespace balise {

// A framework node as an importer read it: its parent is named by code, since ids do not exist yet.
struct FrameworkNodeInput
{
    FrameworkNode node;
    QString parentCode; // empty: a top-level node
};

} // namespace balise
