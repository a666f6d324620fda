#include "ReportPreview.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <algorithm>
#include <cmath>

namespace balise::ui {
namespace {

// Pixels around the pages and between them, and the depth of a page's shadow.
constexpr double gap = 16.0;
constexpr double shadow = 3.0;

} // namespace

ReportPreview::ReportPreview(QWidget* parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);                      // the arrows and Page Up/Down scroll through the pages
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the pages always fit the width
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    verticalScrollBar()->setSingleStep(24);
}

void ReportPreview::setPages(std::vector<ReportPage> pages)
{
    m_pages = std::move(pages);
    updateScrollBar(); // the scroll bar clamps the old position to the new height
    viewport()->update();
}

int ReportPreview::pageCount() const
{
    return static_cast<int>(m_pages.size());
}

const ReportPage& ReportPreview::page(int index) const
{
    return m_pages.at(static_cast<size_t>(index));
}

double ReportPreview::scale() const
{
    double widest = 1.0;
    for (const ReportPage& page : m_pages)
        widest = std::max(widest, page.size().width());
    return std::max(0.05, (viewport()->width() - 2 * gap) / widest);
}

QRectF ReportPreview::pageRect(int index) const
{
    const double s = scale();
    const double width = viewport()->width();
    double top = gap - verticalScrollBar()->value();
    for (int i = 0; i < index; ++i)
        top += m_pages[static_cast<size_t>(i)].size().height() * s + gap;
    const QSizeF size = page(index).size() * s;
    return {(width - size.width()) / 2.0, top, size.width(), size.height()};
}

double ReportPreview::totalHeight() const
{
    const double s = scale();
    double height = gap;
    for (const ReportPage& page : m_pages)
        height += page.size().height() * s + gap;
    return height;
}

void ReportPreview::updateScrollBar()
{
    const int visible = viewport()->height();
    QScrollBar* bar = verticalScrollBar();
    bar->setPageStep(visible);
    bar->setRange(0, std::max(0, static_cast<int>(std::ceil(totalHeight())) - visible));
}

void ReportPreview::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

void ReportPreview::paintEvent(QPaintEvent* event)
{
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF exposed = event->rect();
    const double s = scale();
    for (int i = 0; i < pageCount(); ++i) {
        const QRectF area = pageRect(i);
        if (area.top() > exposed.bottom())
            break;
        if (!area.adjusted(0, 0, shadow, shadow).intersects(exposed))
            continue;
        painter.fillRect(area.translated(shadow, shadow), palette().color(QPalette::Shadow));
        painter.fillRect(area, Qt::white);
        painter.save();
        painter.setClipRect(area);
        painter.translate(area.topLeft());
        painter.scale(s, s);
        painter.drawPicture(0, 0, m_pages[static_cast<size_t>(i)].picture);
        painter.restore();
    }
}

} // namespace balise::ui
