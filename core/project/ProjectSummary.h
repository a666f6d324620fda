#pragma once

#include "ProjectData.h"

#include <QJsonObject>
#include <QStringList>

namespace balise {

// Counts of what a project holds, for `balise info`, the status bar and the welcome screen.
struct ProjectSummary
{
    QString title;
    Territory territory;
    int schemaVersion = 0;
    int objectives = 0;
    int criteria = 0;
    int indicators = 0;
    int qualitativeIndicators = 0;
    int services = 0;
    int periods = 0;
    int measurements = 0;
    int missingMeasurements = 0;
    int needs = 0;
    int principles = 0;
    int fields = 0;
    int resources = 0;
    int questions = 0;
    int revisions = 0;
    int impactAccounts = 0;
    QStringList serviceNames;
    QStringList periodLabels;

    static ProjectSummary of(const ProjectData& data, int schemaVersion);
    // Stable keys (documented in DESIGN §7): scripts read them.
    QJsonObject toJson() const;
};

} // namespace balise
