#pragma once

#include <QCoreApplication>
#include <QDate>

namespace balise {
struct ServiceScorecard;
}

namespace balise::ui {

class ReportLayout;

// The one-service scorecard on paper (DESIGN §9), for an elected official to read in two minutes:
// page 1 is the summary — the overall score with its light and coverage, the rank, the change since
// the previous period, the objectives radar and trend, the strongest and weakest points and what to
// decide or watch — then one section per objective with each indicator's value, target, score, light,
// pace and comment.
class ServiceScorecardReport
{
    Q_DECLARE_TR_FUNCTIONS(ServiceScorecardReport)

public:
    static void compose(const ServiceScorecard& card, ReportLayout& layout);
    static QString kind();
};

} // namespace balise::ui
