#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

class QCustomPlot;

namespace balise::ui {

// Draws a radar (spider) chart in a QCustomPlot: one spoke per axis, first straight up, rings at each
// quarter of the scale, and one filled polygon per series. Values outside [0, maximum] are clamped;
// NaN lies at the centre. The chart is kept round whatever the widget's shape.
class RadarChart
{
public:
    struct Series
    {
        QString name;
        QColor colour;
        QList<double> values; // one per axis
    };

    // Sets up an empty chart: axes hidden, the legend in a row of its own under the radar.
    static void prepare(QCustomPlot* chart);
    // Replaces what the chart shows. Fewer than three axes draw nothing (a radar needs three spokes).
    static void draw(QCustomPlot* chart, const QStringList& axes, const QList<Series>& series, double maximum);
    // Makes circles circles again after the chart's size changed.
    static void keepRound(QCustomPlot* chart);
};

} // namespace balise::ui
