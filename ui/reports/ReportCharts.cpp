#include "ReportCharts.h"

#include "QCustomPlotHeader.h"
#include "RadarChart.h"
#include "ReportStyle.h"
#include "ServiceComparison.h"
#include "ServiceScorecard.h"

#include <cmath>

namespace balise::ui {
namespace {

const QList<QColor> palette{{0xe6, 0x9f, 0x00}, {0x00, 0x9e, 0x73}, {0xcc, 0x79, 0xa7},
                            {0x56, 0xb4, 0xe9}, {0xd5, 0x5e, 0x00}, {0x8c, 0x7a, 0x3a}};

// Thin grey axes, dotted horizontal grid, no vertical one: the data carries the ink.
void quietAxes(QCustomPlot& chart)
{
    chart.xAxis->grid()->setVisible(false);
    chart.yAxis->grid()->setPen(QPen(ReportStyle::rule, 0.5, Qt::DotLine));
    for (QCPAxis* axis : {chart.xAxis, chart.yAxis}) {
        axis->setBasePen(QPen(ReportStyle::rule, 0.6));
        axis->setTickPen(QPen(ReportStyle::rule, 0.6));
        axis->setSubTickPen(Qt::NoPen);
    }
}

// The legend in a row under the chart, where it hides no data, four entries to a row. Call before
// the plottables are added (entries are placed as they come).
void legendBelow(QCustomPlot& chart)
{
    chart.legend->setVisible(true);
    chart.legend->setWrap(4);
    chart.legend->setFillOrder(QCPLegend::foColumnsFirst, false);
    chart.plotLayout()->addElement(1, 0, chart.legend);
    chart.plotLayout()->setRowStretchFactor(1, 0.001);
    chart.legend->setMargins(QMargins(0, 2, 0, 0));
}

} // namespace

void ReportCharts::usePrintFonts(QCustomPlot& chart)
{
    chart.setFont(ReportStyle::font(8));
    for (QCPAxis* axis : chart.axisRect()->axes()) {
        axis->setTickLabelFont(ReportStyle::font(7));
        axis->setLabelFont(ReportStyle::font(8));
        axis->setTickLabelColor(ReportStyle::muted);
        axis->setLabelColor(ReportStyle::muted);
    }
    chart.legend->setFont(ReportStyle::font(7));
    chart.legend->setBorderPen(Qt::NoPen);
    // Icons sized for 7-point text, so that the entries fit side by side on a half page.
    chart.legend->setIconSize(14, 7);
    chart.legend->setIconTextPadding(3);
    chart.legend->setColumnSpacing(6);
    // Legend items copy the legend's font when they are made: set theirs too.
    for (int i = 0; i < chart.legend->itemCount(); ++i)
        if (QCPAbstractLegendItem* item = chart.legend->item(i)) // a wrapped grid has empty cells
            item->setFont(ReportStyle::font(7));
    for (int i = 0; i < chart.itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(chart.item(i))) {
            const QFont old = text->font();
            text->setFont(ReportStyle::font(7, old.bold()));
        }
}

std::unique_ptr<QCustomPlot> ReportCharts::objectivesRadar(const ServiceScorecard& card)
{
    auto chart = std::make_unique<QCustomPlot>();
    chart->setFont(ReportStyle::font(8));
    RadarChart::prepare(chart.get());
    QStringList axes;
    RadarChart::Series average{tr("average of the services"), ReportStyle::average, {}};
    RadarChart::Series own{card.serviceName, ReportStyle::accent, {}};
    for (qsizetype i = 0; i < card.objectives.size(); ++i) {
        axes.append(card.objectives[i].code);
        average.values.append(card.objectiveAverages[static_cast<size_t>(i)]);
        own.values.append(card.objectives[i].score);
    }
    RadarChart::draw(chart.get(), axes, {average, own}, 100.0);
    usePrintFonts(*chart);
    return chart;
}

std::unique_ptr<QCustomPlot> ReportCharts::trend(const QStringList& periods, const QList<QString>& names,
                                                 const std::vector<std::vector<double>>& series, int bold)
{
    auto chart = std::make_unique<QCustomPlot>();
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (qsizetype p = 0; p < periods.size(); ++p)
        ticker->addTick(static_cast<double>(p), periods[p]);
    chart->xAxis->setTicker(ticker);
    chart->xAxis->setRange(-0.3, std::max<qsizetype>(1, periods.size() - 1) + 0.3);
    chart->yAxis->setRange(0, 100);
    chart->yAxis->setLabel(tr("Score (0–100)"));
    quietAxes(*chart);
    if (series.size() > 1)
        legendBelow(*chart);
    for (size_t k = 0; k < series.size(); ++k) {
        auto* graph = chart->addGraph();
        graph->setName(names.value(static_cast<qsizetype>(k)));
        const bool strong = static_cast<int>(k) == bold;
        const QColor colour = strong ? ReportStyle::accent : palette[static_cast<qsizetype>(k) % palette.size()];
        graph->setPen(QPen(colour, strong ? 2.2 : 1.0));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, strong ? 4 : 3));
        for (size_t p = 0; p < series[k].size(); ++p)
            graph->addData(static_cast<double>(p), series[k][p]); // NaN leaves a gap
    }
    usePrintFonts(*chart);
    return chart;
}

std::unique_ptr<QCustomPlot> ReportCharts::objectiveBars(const ServiceComparison& comparison)
{
    auto chart = std::make_unique<QCustomPlot>();
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (qsizetype k = 0; k < comparison.objectiveCodes.size(); ++k)
        ticker->addTick(static_cast<double>(k), comparison.objectiveCodes[k]);
    chart->xAxis->setTicker(ticker);
    chart->xAxis->setRange(-0.6, static_cast<double>(comparison.objectiveCodes.size()) - 0.4);
    chart->yAxis->setRange(0, 100);
    chart->yAxis->setLabel(tr("Score (0–100)"));
    quietAxes(*chart);
    legendBelow(*chart);
    auto* group = new QCPBarsGroup(chart.get());
    group->setSpacing(1);
    const qsizetype services = comparison.rows.size();
    const double width = 0.8 / std::max<qsizetype>(1, services);
    for (qsizetype s = 0; s < services; ++s) {
        const ComparisonRow& row = comparison.rows[s];
        auto* bars = new QCPBars(chart->xAxis, chart->yAxis);
        bars->setName(row.name);
        const QColor colour = s == 0 ? ReportStyle::accent : palette[(s - 1) % palette.size()];
        bars->setBrush(colour);
        bars->setPen(Qt::NoPen);
        bars->setWidth(width);
        bars->setBarsGroup(group);
        for (qsizetype k = 0; k < row.objectiveScores.size(); ++k)
            if (!std::isnan(row.objectiveScores[k]))
                bars->addData(static_cast<double>(k), row.objectiveScores[k]);
    }
    usePrintFonts(*chart);
    return chart;
}

} // namespace balise::ui
