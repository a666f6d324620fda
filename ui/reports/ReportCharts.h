#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

class QCustomPlot;

namespace balise {
struct ServiceComparison;
struct ServiceScorecard;
} // namespace balise

namespace balise::ui {

// The charts of printed reports, as QCustomPlots set up for paper: pixel-sized fonts (ReportLayout
// draws in points), thin lines, no interaction. Each chart is only drawn once, into a ChartsBlock.
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)

public:
    // The service's score on each objective against the average of the services.
    static std::unique_ptr<QCustomPlot> objectivesRadar(const ServiceScorecard& card);
    // Scores over the periods: the overall score in bold, then each objective.
    static std::unique_ptr<QCustomPlot> trend(const QStringList& periods, const QList<QString>& names,
                                              const std::vector<std::vector<double>>& series, int bold);
    // The compared services' scores on each objective, as groups of bars (one colour per service).
    static std::unique_ptr<QCustomPlot> objectiveBars(const ServiceComparison& comparison);
    // Applies the report fonts to every text of a chart.
    static void usePrintFonts(QCustomPlot& chart);
};

} // namespace balise::ui
