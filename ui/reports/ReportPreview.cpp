#include "ReportPreview.h"

#include <QAction>
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
// Each notch of the wheel, or each Ctrl++, zooms by this much.
constexpr double zoomStep = 1.25;

} // namespace

ReportPreview::ReportPreview(QWidget* parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus); // the arrows and Page Up/Down scroll through the pages
    // Always there, so that the width the pages are fitted to does not change as the bar comes and
    // goes (which would change the pages' height, and so whether the bar is needed, again and again).
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    verticalScrollBar()->setSingleStep(24);
    horizontalScrollBar()->setSingleStep(24);
    addZoomActions();
}

void ReportPreview::addZoomActions()
{
    // Actions rather than key codes: the shortcut system knows that "+" and "0" need Shift on some
    // keyboards (on a French one, the digits do).
    auto add = [this](const QString& name, QList<QKeySequence> keys, auto apply) {
        auto* action = new QAction(this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, apply);
        addAction(action);
    };
    add(QStringLiteral("zoomIn"), {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
        [this] { setZoom(m_zoom * zoomStep); });
    add(QStringLiteral("zoomOut"), {QKeySequence::ZoomOut}, [this] { setZoom(m_zoom / zoomStep); });
    add(QStringLiteral("fitWidth"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { setZoom(1.0); });
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

std::vector<QRectF> ReportPreview::layoutPages() const
{
    const double s = scale();
    // Centred in the width the pages take up, or in the view when they take up less.
    const double span = std::max<double>(viewport()->width(), widestPage() * s + 2 * gap);
    std::vector<QRectF> rects;
    rects.reserve(m_pages.size());
    double top = gap;
    for (const ReportPage& page : m_pages) {
        const QSizeF size = page.size() * s;
        rects.emplace_back((span - size.width()) / 2.0, top, size.width(), size.height());
        top += size.height() + gap;
    }
    return rects;
}

QRectF ReportPreview::pageRect(int index) const
{
    return layoutPages()
        .at(static_cast<size_t>(index))
        .translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
}

ReportPreview::Anchor ReportPreview::anchorAt(double y) const
{
    const std::vector<QRectF> rects = layoutPages();
    Anchor anchor;
    for (size_t i = 0; i < rects.size(); ++i) {
        if (y < rects[i].bottom() + gap || i + 1 == rects.size()) {
            anchor.page = static_cast<int>(i);
            anchor.down = (y - rects[i].top()) / scale();
            break;
        }
    }
    return anchor;
}

void ReportPreview::setZoom(double zoom)
{
    zoom = std::clamp(zoom, minZoom, maxZoom);
    if (zoom == m_zoom)
        return;
    // What is at the centre of the view stays there: the same point of the same page down, the same
    // share of the width across.
    QScrollBar* v = verticalScrollBar();
    QScrollBar* h = horizontalScrollBar();
    const Anchor centre = anchorAt(v->value() + viewport()->height() / 2.0);
    const double across = (h->value() + viewport()->width() / 2.0) / (widestPage() * scale() + 2 * gap);
    m_zoom = zoom;
    updateScrollBars();
    if (!m_pages.empty()) {
        const QRectF page = layoutPages().at(static_cast<size_t>(centre.page));
        v->setValue(static_cast<int>(std::lround(page.top() + centre.down * scale() - viewport()->height() / 2.0)));
    }
    h->setValue(static_cast<int>(std::lround(across * (widestPage() * scale() + 2 * gap) - viewport()->width() / 2.0)));
    viewport()->update();
}

void ReportPreview::updateScrollBars()
{
    const std::vector<QRectF> rects = layoutPages();
    const double height = rects.empty() ? gap : rects.back().bottom() + gap;
    QScrollBar* v = verticalScrollBar();
    v->setPageStep(viewport()->height());
    v->setRange(0, std::max(0, static_cast<int>(std::ceil(height)) - viewport()->height()));
    const double width = widestPage() * scale() + 2 * gap;
    QScrollBar* h = horizontalScrollBar();
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
    // A notch is 120; a touchpad sends smaller steps, which add up to the same.
    const double notches = event->angleDelta().y() / 120.0;
    if (notches != 0.0)
        setZoom(m_zoom * std::pow(zoomStep, notches));
    event->accept();
}

void ReportPreview::paintEvent(QPaintEvent* event)
{
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF exposed = event->rect();
    const double s = scale() * 72.0 / PagePicture::dpi; // picture units to pixels
    const QPointF scrolled(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    const std::vector<QRectF> rects = layoutPages();
    for (size_t i = 0; i < rects.size(); ++i) {
        const QRectF area = rects[i].translated(scrolled);
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
        painter.drawPicture(0, 0, m_pages[i].picture);
        painter.restore();
    }
}

} // namespace balise::ui
