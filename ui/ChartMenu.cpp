#include "ChartMenu.h"

#include "QCustomPlotHeader.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>

namespace balise::ui {

ChartMenu::ChartMenu(QCustomPlot* chart) : QObject(chart), m_chart(chart)
{
    chart->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(chart, &QWidget::customContextMenuRequested, this, &ChartMenu::show);
}

void ChartMenu::install(QCustomPlot* chart)
{
    new ChartMenu(chart);
}

bool ChartMenu::save(QCustomPlot* chart, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const int width = chart->width();
    const int height = chart->height();
    if (suffix == QLatin1String("pdf"))
        return chart->savePdf(path, width, height);
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(QSize(width, height));
        svg.setViewBox(QRect(0, 0, width, height));
        svg.setTitle(chart->objectName());
        QCPPainter painter;
        if (!painter.begin(&svg))
            return false;
        chart->toPainter(&painter, width, height);
        return painter.end();
    }
    // Twice the screen's pixels: sharp in a printed report.
    return chart->savePng(path, width, height, 2.0);
}

void ChartMenu::show(const QPoint& position)
{
    QMenu menu(m_chart);
    menu.addAction(tr("&Copy the chart"), this, [this] {
        QApplication::clipboard()->setPixmap(m_chart->toPixmap(m_chart->width(), m_chart->height(), 2.0));
    });
    menu.addAction(tr("&Save the chart as…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(m_chart, tr("Save the chart"), QString(),
                                                          tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing "
                                                             "(*.svg)"));
        if (path.isEmpty())
            return;
        if (!save(m_chart, path)) {
            QMessageBox box(QMessageBox::Warning, tr("Save the chart"),
                            tr("The chart could not be written to %1.").arg(QDir::toNativeSeparators(path)),
                            QMessageBox::Ok, m_chart);
            box.setTextFormat(Qt::PlainText);
            box.exec();
        }
    });
    menu.exec(m_chart->mapToGlobal(position));
}

} // namespace balise::ui
