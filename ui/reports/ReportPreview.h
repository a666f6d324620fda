#pragma once

#include "ReportPage.h"

#include <QAbstractScrollArea>
#include <vector>

namespace balise::ui {

// A report's pages one under the other, each drawn the way round it prints, scaled so that the widest
// page fills the width (zoom 1): a landscape page among portrait ones shows wider, as on paper. Ctrl
// with the wheel, Ctrl++ (or Ctrl+=) and Ctrl+- zoom in and out, Ctrl+0 fits the width again.
// Replaces QPrintPreviewWidget, whose pages all share the printer's one orientation, so that a
// landscape page was drawn cut off on a portrait one. Owns the pages it was given; draws only those in
// view.
class ReportPreview final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit ReportPreview(QWidget* parent = nullptr);

    // Shows these pages, keeping the scroll position as far as it goes (the preview of a report being
    // edited stays where the user was reading).
    void setPages(std::vector<ReportPage> pages);
    int pageCount() const;
    const ReportPage& page(int index) const;
    // Where page `index` is drawn, in the viewport's pixels at the current scroll position.
    QRectF pageRect(int index) const;
    // Pixels per point.
    double scale() const;
    // 1: the widest page fits the width; 2: twice that.
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);

    static constexpr double minZoom = 0.25;
    static constexpr double maxZoom = 6.0;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    void addZoomActions();
    void updateScrollBars();
    // Every page's place in the whole column of pages, in pixels, unscrolled.
    std::vector<QRectF> layoutPages() const;
    double widestPage() const;
    // Where a point of the column of pages lies: on which page, how far down it in points.
    struct Anchor
    {
        int page = 0;
        double down = 0.0;
    };
    Anchor anchorAt(double y) const;

    std::vector<ReportPage> m_pages;
    double m_zoom = 1.0;
};

} // namespace balise::ui
