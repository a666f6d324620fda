#pragma once

#include <QCoreApplication>

namespace balise {
struct ServiceEvolution;
}

namespace balise::ui {

class ReportLayout;

// How one service moved over the periods, on paper: first and latest score, the trend of its overall
// and objective scores, the scores period by period, and each indicator's value period by period.
class EvolutionReport
{
    Q_DECLARE_TR_FUNCTIONS(EvolutionReport)

public:
    static void compose(const ServiceEvolution& evolution, ReportLayout& layout);
    static QString kind();
};

} // namespace balise::ui
