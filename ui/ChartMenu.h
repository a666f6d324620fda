#pragma once

#include <QObject>

class QCustomPlot;

namespace balise::ui {

// The right-click menu every chart of the workbench has: copy the picture, or save it as PNG, PDF
// (vector) or SVG (vector) — for a report, a slide, or an e-mail to an elected official.
class ChartMenu : public QObject
{
    Q_OBJECT

public:
    // Installs the menu on `chart` (the menu object becomes the chart's child).
    static void install(QCustomPlot* chart);

    // Writes the chart to `path` in the format its suffix names (png, pdf, svg); false when it cannot.
    static bool save(QCustomPlot* chart, const QString& path);

private:
    explicit ChartMenu(QCustomPlot* chart);
    void show(const QPoint& position);

    QCustomPlot* m_chart;
};

} // namespace balise::ui
