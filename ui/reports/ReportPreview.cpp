#include "ReportPreview.h"

#include <QKeyEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace balise::ui {
namespace {

// Pixels around the pages and between them, and the depth of a page's shadow.
constexpr double gap = 16.0;
constexpr double shadow = 3.0;
// Each step of the wheel or of Ctrl++ zooms by this much.
constexpr double zoomStep = 1.25;

} // namespace

ReportPreview::ReportPreview(QWidget* parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus); // the arrows and Page Up/Down scroll through the pages
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    verticalScrollBar()->setSingleStep(24);
    horizontalScrollBar()->setSingleStep(24);
}

void ReportPreview::setPages(std::vector<ReportPage> pages)
{
    m_pages = std::move(pages);
    updateScrollBars(); // the scroll bars clamp the old position to the new size
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

double ReportPreview::widestPage() const
{
    double widest = 1.0;
    for (const ReportPage& page : m_pages)
        widest = std::max(widest, page.size().width());
    return widest;
}

double ReportPreview::scale() const
{
    return std::max(0.05, (viewport()->width() - 2 * gap) / widestPage()) * m_zoom;
}

void ReportPreview::setZoom(double zoom)
{
    zoom = std::clamp(zoom, minZoom, maxZoom);
    if (zoom == m_zoom)
        return;
    // The point at the centre of the view stays there.
    const QScrollBar* v = verticalScrollBar();
    const QScrollBar* h = horizontalScrollBar();
    const double ratio = zoom / m_zoom;
    const double centreY = v->value() + viewport()->height() / 2.0;
    const double centreX = h->value() + viewport()->width() / 2.0;
    m_zoom = zoom;
    updateScrollBars();
    verticalScrollBar()->setValue(static_cast<int>(std::lround(centreY * ratio - viewport()->height() / 2.0)));
    horizontalScrollBar()->setValue(static_cast<int>(std::lround(centreX * ratio - viewport()->width() / 2.0)));
    viewport()->update();
}

QRectF ReportPreview::pageRect(int index) const
{
    const double s = scale();
    double top = gap - verticalScrollBar()->value();
    for (int i = 0; i < index; ++i)
        top += m_pages[static_cast<size_t>(i)].size().height() * s + gap;
    const QSizeF size = page(index).size() * s;
    // Centred in the width the pages take up, or in the view when they take up less.
    const double span = std::max<double>(viewport()->width(), widestPage() * s + 2 * gap);
    const double left = (span - size.width()) / 2.0 - horizontalScrollBar()->value();
    return {left, top, size.width(), size.height()};
}

double ReportPreview::totalHeight() const
{
    const double s = scale();
    double height = gap;
    for (const ReportPage& page : m_pages)
        height += page.size().height() * s + gap;
    return height;
}

void ReportPreview::updateScrollBars()
{
    QScrollBar* v = verticalScrollBar();
    v->setPageStep(viewport()->height());
    v->setRange(0, std::max(0, static_cast<int>(std::ceil(totalHeight())) - viewport()->height()));
    QScrollBar* h = horizontalScrollBar();
    const double width = widestPage() * scale() + 2 * gap;
    h->setPageStep(viewport()->width());
    h->setRange(0, std::max(0, static_cast<int>(std::lround(width)) - viewport()->width()));
}

void ReportPreview::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void ReportPreview::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0)
        setZoom(m_zoom * std::pow(zoomStep, steps));
    event->accept();
}

void ReportPreview::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::ZoomIn))
        setZoom(m_zoom * zoomStep);
    else if (event->matches(QKeySequence::ZoomOut))
        setZoom(m_zoom / zoomStep);
    else if (event->modifiers() == Qt::ControlModifier && event->key() == Qt::Key_0)
        setZoom(1.0);
    else
        QAbstractScrollArea::keyPressEvent(event);
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
