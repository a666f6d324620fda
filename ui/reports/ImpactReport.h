#pragma once

#include <QCoreApplication>

namespace balise {
class Project;
}

namespace balise::ui {

class ReportLayout;

// The project's impact accounts on paper: for each, what one unit of activity is worth to society and
// to the user, the volumes and flows period by period, and what the investment returns (net present
// value, internal rate of return).
class ImpactReport
{
    Q_DECLARE_TR_FUNCTIONS(ImpactReport)

public:
    static void compose(const Project& project, ReportLayout& layout);
    static QString kind();
};

} // namespace balise::ui
