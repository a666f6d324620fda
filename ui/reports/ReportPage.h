#pragma once

#include <QPicture>
#include <QSizeF>

namespace balise::ui {

// A QPicture that answers with the PDF export's resolution, so that text painted on it is laid out
// for that resolution, as in the exported file, rather than for the screen's (QPrintPreviewWidget,
// before ReportPreview, recorded through the printer's resolution in the same way).
class PagePicture final : public QPicture
{
public:
    static constexpr int dpi = 600; // ReportExport::writePdf's

protected:
    int metric(PaintDeviceMetric metric) const override;
};

// One page of a report as drawn, for a preview to draw at its own scale. Pages of one report need not
// be the same way round. The picture is in device units of PagePicture::dpi.
struct ReportPage
{
    bool landscape = false;
    PagePicture picture;
    QSizeF size() const; // A4, in points, either way round
};

} // namespace balise::ui
