#pragma once

#include <QCoreApplication>

namespace balise {
struct ServiceComparison;
}

namespace balise::ui {

class ReportLayout;

// The comparison of chosen services on paper: who leads and by how much, the ranking with each
// service's change and coverage (and, after an uncertainty analysis of the period, the range its rank
// could take), the scores objective by objective as bars (up to eight services) and as a table.
class ComparisonReport
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonReport)

public:
    static constexpr int maxServicesInChart = 8;
    static constexpr int maxObjectivesPortrait = 8;

    static void compose(const ServiceComparison& comparison, ReportLayout& layout);
    static QString kind();
};

} // namespace balise::ui
