#include "RadarChart.h"

#include "QCustomPlotHeader.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace balise::ui {
namespace {

QPointF spokePoint(int k, int n, double share)
{
    const double angle = std::numbers::pi / 2.0 - 2.0 * std::numbers::pi * k / n;
    return {share * std::cos(angle), share * std::sin(angle)};
}

} // namespace

void RadarChart::prepare(QCustomPlot* chart)
{
    chart->xAxis->setVisible(false);
    chart->yAxis->setVisible(false);
    chart->xAxis->grid()->setVisible(false);
    chart->yAxis->grid()->setVisible(false);
    chart->legend->setVisible(true);
    chart->legend->setBorderPen(Qt::NoPen);
    chart->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    chart->axisRect()->insetLayout()->take(chart->legend);
    chart->plotLayout()->addElement(1, 0, chart->legend);
    chart->plotLayout()->setRowStretchFactor(1, 0.001);
}

void RadarChart::draw(QCustomPlot* chart, const QStringList& axes, const QList<Series>& series, double maximum)
{
    chart->clearPlottables();
    chart->clearItems();
    const int n = static_cast<int>(axes.size());
    if (n < 3 || maximum <= 0) {
        chart->replot();
        return;
    }
    for (int ring = 1; ring <= 4; ++ring) {
        auto* curve = new QCPCurve(chart->xAxis, chart->yAxis);
        curve->removeFromLegend();
        curve->setPen(QPen(QColor(0xdd, 0xdd, 0xdd)));
        for (int k = 0; k <= n; ++k) {
            const QPointF p = spokePoint(k % n, n, ring / 4.0);
            curve->addData(p.x(), p.y());
        }
    }
    for (int k = 0; k < n; ++k) {
        const QPointF end = spokePoint(k, n, 1.0);
        auto* spoke = new QCPItemLine(chart);
        spoke->start->setCoords(0, 0);
        spoke->end->setCoords(end.x(), end.y());
        spoke->setPen(QPen(QColor(0xdd, 0xdd, 0xdd)));
        auto* label = new QCPItemText(chart);
        const QPointF at = spokePoint(k, n, 1.08);
        label->position->setCoords(at.x(), at.y());
        // Long names on two lines, cut at the space nearest their middle.
        QString text = axes[k];
        if (text.size() > 18) {
            const qsizetype middle = text.size() / 2;
            const qsizetype before = text.lastIndexOf(QLatin1Char(' '), middle);
            const qsizetype after = text.indexOf(QLatin1Char(' '), middle);
            const qsizetype cut =
                before < 0 ? after : (after < 0 || middle - before <= after - middle ? before : after);
            if (cut > 0)
                text[cut] = QLatin1Char('\n');
        }
        label->setText(text);
        label->setTextAlignment(Qt::AlignCenter);
        label->setClipToAxisRect(false);
        // Labels grow away from the radar: long names ("Financial and economic power") stay readable.
        const Qt::Alignment horizontal =
            at.x() > 0.05 ? Qt::AlignLeft : (at.x() < -0.05 ? Qt::AlignRight : Qt::AlignHCenter);
        const Qt::Alignment vertical =
            at.y() > 0.05 ? Qt::AlignBottom : (at.y() < -0.05 ? Qt::AlignTop : Qt::AlignVCenter);
        label->setPositionAlignment(horizontal | vertical);
    }
    for (const Series& s : series) {
        auto* curve = new QCPCurve(chart->xAxis, chart->yAxis);
        curve->setName(s.name);
        curve->setPen(QPen(s.colour, 2));
        QColor fill = s.colour;
        fill.setAlpha(45);
        curve->setBrush(fill);
        for (int k = 0; k <= n; ++k) {
            const double value = s.values.value(k % n, std::nan(""));
            const double share = std::isnan(value) ? 0.0 : std::clamp(value / maximum, 0.0, 1.0);
            const QPointF p = spokePoint(k % n, n, share);
            curve->addData(p.x(), p.y());
        }
    }
    keepRound(chart);
}

void RadarChart::keepRound(QCustomPlot* chart)
{
    // The ratio comes from the axis rectangle as laid out: lay out first. The x range is centred on the
    // radar, which the ratio keeps.
    chart->xAxis->setRange(-1.3, 1.3);
    chart->yAxis->setRange(-1.3, 1.3);
    chart->replot();
    chart->xAxis->setScaleRatio(chart->yAxis, 1.0);
    chart->replot();
}

} // namespace balise::ui
