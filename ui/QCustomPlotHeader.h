#pragma once

// Include this instead of <qcustomplot.h>. The Debian header declares its signals with `signals:` and
// loops with `foreach`, which QT_NO_KEYWORDS and QT_NO_FOREACH (on for every Balise target) remove:
// both are given back for the length of the include only. Its two `foreach` loops are plain range-for
// loops over a const member list, so a range-for is an exact replacement.
#include <QtGlobal>

#define signals Q_SIGNALS
#define foreach(variable, container) for (variable : container)
#include <qcustomplot.h>
#undef foreach
#undef signals
