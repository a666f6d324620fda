#include "ReportLayout.h"

#include "QCustomPlotHeader.h"
#include "ReportPage.h"
#include "ReportStyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <algorithm>

namespace balise::ui {
namespace {

// A4 in points, either way round.
constexpr double shortSide = 595.276;
constexpr double longSide = 841.89;

double pageWidth(bool landscape)
{
    return landscape ? longSide : shortSide;
}

double pageHeight(bool landscape)
{
    return landscape ? shortSide : longSide;
}

double bodyTop()
{
    return ReportStyle::margin + ReportStyle::headerHeight;
}

double bodyBottom(bool landscape)
{
    return pageHeight(landscape) - ReportStyle::margin - ReportStyle::footerHeight;
}

// Where a new page starts and which way round it is.
class PageBreakBlock final : public ReportBlock
{
public:
    explicit PageBreakBlock(bool landscape) : landscape(landscape) { role = Role::PageBreak; }
    double height(double) const override { return 0.0; }
    void paint(QCPPainter&, const QRectF&) const override {}
    const bool landscape;
};

} // namespace

ReportLayout::ReportLayout(ReportFrame frame) : m_frame(std::move(frame))
{}

ReportLayout::~ReportLayout() = default;

void ReportLayout::add(std::unique_ptr<ReportBlock> block)
{
    m_blocks.push_back(std::move(block));
}

namespace {

// The table of contents: one line per entry, dotted to its page number. Its height is known before
// layout (the entries are), its page numbers only after.
class ContentsBlock final : public ReportBlock
{
public:
    explicit ContentsBlock(std::shared_ptr<ReportContents> contents) : m_contents(std::move(contents)) {}
    double height(double) const override { return 26.0 + 14.0 * static_cast<double>(m_contents->entries.size()); }
    void paint(QCPPainter& painter, const QRectF& area) const override
    {
        painter.setPen(ReportStyle::ink);
        painter.setFont(ReportStyle::font(13, true));
        painter.drawText(QRectF(area.left(), area.top(), area.width(), 20), Qt::AlignLeft | Qt::AlignTop,
                         ReportLayout::tr("Contents"));
        double y = area.top() + 26.0;
        for (const ReportContents::Entry& entry : m_contents->entries) {
            painter.setFont(ReportStyle::font(9, entry.level == 1));
            const double indent = entry.level == 1 ? 0.0 : 14.0;
            const QRectF line(area.left() + indent, y, area.width() - indent, 14.0);
            const QString page = QString::number(entry.page);
            const QFontMetricsF metrics(painter.font());
            const double pageWidth = metrics.horizontalAdvance(page);
            const QString text = metrics.elidedText(entry.text, Qt::ElideRight, line.width() * 0.8);
            painter.drawText(line, Qt::AlignLeft | Qt::AlignTop, text);
            painter.drawText(line, Qt::AlignRight | Qt::AlignTop, page);
            // Dots between the title and its page.
            painter.setPen(QPen(ReportStyle::rule, 0.8, Qt::DotLine));
            const double baseline = y + metrics.ascent();
            painter.drawLine(QPointF(line.left() + metrics.horizontalAdvance(text) + 4, baseline),
                             QPointF(line.right() - pageWidth - 4, baseline));
            painter.setPen(ReportStyle::ink);
            y += 14.0;
        }
    }

private:
    std::shared_ptr<ReportContents> m_contents;
};

} // namespace

void ReportLayout::addContents()
{
    m_contents = std::make_shared<ReportContents>();
    add(std::make_unique<ContentsBlock>(m_contents));
}

void ReportLayout::pageBreak(bool landscape)
{
    m_blocks.push_back(std::make_unique<PageBreakBlock>(landscape));
}

double ReportLayout::contentWidth(bool landscape)
{
    return pageWidth(landscape) - 2 * ReportStyle::margin;
}

std::vector<ReportLayout::Placed> ReportLayout::place(std::vector<bool>& landscape) const
{
    std::vector<Placed> placed;
    landscape.assign(1, false);
    int page = 0;
    double y = bodyTop();
    double width = contentWidth(false);
    const ReportBlock* header = nullptr; // of the table being placed
    auto isBreak = [](const ReportBlock* b) {
        return b->role == ReportBlock::Role::PageBreak;
    };
    for (size_t i = 0; i < m_blocks.size(); ++i) {
        const ReportBlock* block = m_blocks[i].get();
        if (isBreak(block)) {
            const bool turned = static_cast<const PageBreakBlock*>(block)->landscape;
            if (y > bodyTop()) {
                ++page;
                landscape.push_back(turned);
            } else {
                landscape.back() = turned; // the page is still empty: it turns instead
            }
            y = bodyTop();
            width = contentWidth(turned);
            header = nullptr;
            continue;
        }
        const bool across = landscape.back();
        const double h = block->height(width);
        // A heading needs room for itself and the start of what follows: the chain of blocks kept with
        // their next, and the beginning of the first block that is not.
        double needed = h;
        for (size_t j = i; m_blocks[j]->keepWithNext && j + 1 < m_blocks.size() && !isBreak(m_blocks[j + 1].get());
             ++j) {
            const ReportBlock* next = m_blocks[j + 1].get();
            needed += next->keepWithNext ? next->height(width) : std::min(next->height(width), 120.0);
            if (!next->keepWithNext)
                break;
        }
        if (y + needed > bodyBottom(across) && y > bodyTop()) {
            ++page;
            landscape.push_back(across);
            y = bodyTop();
            if (block->role == ReportBlock::Role::TableRow && header) {
                const double headerHeight = header->height(width);
                placed.push_back({header, page, y, headerHeight});
                y += headerHeight;
            }
        }
        if (block->role == ReportBlock::Role::TableHeader)
            header = block;
        else if (block->role != ReportBlock::Role::TableRow)
            header = nullptr;
        placed.push_back({block, page, y, h});
        y += h;
    }
    // A break at the very end opens no page.
    landscape.resize(static_cast<size_t>(placed.empty() ? 1 : placed.back().page + 1));
    return placed;
}

void ReportLayout::paintFrame(QPainter& painter, int page, int pages, bool landscape) const
{
    const double left = ReportStyle::margin;
    const double right = pageWidth(landscape) - ReportStyle::margin;
    const double width = right - left;
    painter.setPen(ReportStyle::muted);
    painter.setFont(ReportStyle::font(8));
    const QRectF header(left, ReportStyle::margin, width, ReportStyle::headerHeight - 10);
    const QString where =
        m_frame.territory.isEmpty() ? m_frame.title : m_frame.territory + QStringLiteral(" · ") + m_frame.title;
    painter.drawText(header, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                     painter.fontMetrics().elidedText(where, Qt::ElideRight, static_cast<int>(width * 0.7)));
    painter.drawText(header, Qt::AlignRight | Qt::AlignTop | Qt::TextSingleLine,
                     QLocale().toString(m_frame.date, QLocale::LongFormat));
    painter.setPen(QPen(ReportStyle::rule, 0.6));
    painter.drawLine(QPointF(left, ReportStyle::margin + 14), QPointF(right, ReportStyle::margin + 14));

    const double footerTop = pageHeight(landscape) - ReportStyle::margin - ReportStyle::footerHeight + 8;
    painter.drawLine(QPointF(left, footerTop), QPointF(right, footerTop));
    painter.setPen(ReportStyle::muted);
    const QRectF footer(left, footerTop + 4, width, ReportStyle::footerHeight);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, tr("Balise · %1").arg(m_frame.kind));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, tr("page %1 of %2").arg(page + 1).arg(pages));
}

std::vector<ReportLayout::Placed> ReportLayout::paginate(std::vector<bool>& landscape) const
{
    // The contents' entries first (their number sets the contents' height), then their pages.
    if (m_contents) {
        m_contents->entries.clear();
        for (const auto& block : m_blocks)
            if (!block->contentsEntry.isEmpty())
                m_contents->entries.append({block->contentsEntry, block->contentsLevel, 0});
    }
    std::vector<Placed> placed = place(landscape);
    if (m_contents) {
        qsizetype entry = 0;
        for (const Placed& p : placed)
            if (!p.block->contentsEntry.isEmpty() && entry < m_contents->entries.size())
                m_contents->entries[entry++].page = p.page + 1;
    }
    return placed;
}

void ReportLayout::paintPage(QCPPainter& painter, const std::vector<Placed>& placed, int page, int pages,
                             bool landscape) const
{
    paintFrame(painter, page, pages, landscape);
    // Blocks are placed page after page: this page's are one run.
    auto p = std::lower_bound(placed.begin(), placed.end(), page,
                              [](const Placed& placedBlock, int wanted) { return placedBlock.page < wanted; });
    for (; p != placed.end() && p->page == page; ++p) {
        painter.save();
        p->block->paint(painter, QRectF(ReportStyle::margin, p->top, contentWidth(landscape), p->height));
        painter.restore();
    }
}

int ReportLayout::print(QPagedPaintDevice& device) const
{
    std::vector<bool> landscape;
    const std::vector<Placed> placed = paginate(landscape);
    const int pages = static_cast<int>(landscape.size());
    auto orient = [&](int page) {
        device.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4),
                        landscape[static_cast<size_t>(page)] ? QPageLayout::Landscape : QPageLayout::Portrait,
                        QMarginsF(0, 0, 0, 0)));
    };
    orient(0);
    // A QCustomPlot draws only through a QCPPainter (a QPainter): the whole page uses one.
    QCPPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // Points to device units: the page is drawn in points whatever the device's resolution.
    const double scale = device.logicalDpiX() / 72.0;
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            orient(page); // applies to the page newPage() opens
            device.newPage();
        }
        painter.save();
        painter.scale(scale, scale);
        paintPage(painter, placed, page, pages, landscape[static_cast<size_t>(page)]);
        painter.restore();
    }
    painter.end();
    return pages;
}

std::vector<ReportPage> ReportLayout::record() const
{
    std::vector<bool> landscape;
    const std::vector<Placed> placed = paginate(landscape);
    const int pages = static_cast<int>(landscape.size());
    std::vector<ReportPage> recorded(landscape.size());
    for (int page = 0; page < pages; ++page) {
        ReportPage& out = recorded[static_cast<size_t>(page)];
        out.landscape = landscape[static_cast<size_t>(page)];
        QCPPainter painter;
        if (!painter.begin(&out.picture))
            return {};
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(PagePicture::dpi / 72.0, PagePicture::dpi / 72.0);
        paintPage(painter, placed, page, pages, out.landscape);
        painter.end();
    }
    return recorded;
}

int PagePicture::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return dpi;
    default:
        return QPicture::metric(metric);
    }
}

QSizeF ReportPage::size() const
{
    return landscape ? QSizeF(longSide, shortSide) : QSizeF(shortSide, longSide);
}

} // namespace balise::ui
