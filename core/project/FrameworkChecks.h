#pragma once

#include "ProjectData.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace balise {

// A problem of the framework that does not make the file invalid but weakens the evaluation:
// what `balise validate` reports and the workbench will show beside the grid.
struct FrameworkFinding
{
    enum class Severity
    {
        Warning,
        Note
    };
    Severity severity = Severity::Warning;
    QString code; // the node concerned, empty for the whole framework
    QString message;
};

class FrameworkChecks
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkChecks)

public:
    static QList<FrameworkFinding> run(const ProjectData& data);
};

} // namespace balise
