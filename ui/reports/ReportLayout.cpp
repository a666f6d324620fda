#include "ReportLayout.h"

#include "QCustomPlotHeader.h"
#include "ReportStyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>

namespace balise::ui {
namespace {

// A4 in points.
constexpr double pageWidth = 595.276;
constexpr double pageHeight = 841.89;

double bodyTop()
{
    return ReportStyle::margin + ReportStyle::headerHeight;
}

double bodyBottom()
{
    return pageHeight - ReportStyle::margin - ReportStyle::footerHeight;
}

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

void ReportLayout::pageBreak()
{
    m_blocks.push_back(nullptr);
}

double ReportLayout::contentWidth()
{
    return pageWidth - 2 * ReportStyle::margin;
}

std::vector<ReportLayout::Placed> ReportLayout::place() const
{
    std::vector<Placed> placed;
    int page = 0;
    double y = bodyTop();
    const double width = contentWidth();
    const ReportBlock* header = nullptr; // of the table being placed
    for (size_t i = 0; i < m_blocks.size(); ++i) {
        const ReportBlock* block = m_blocks[i].get();
        if (!block) {
            if (y > bodyTop()) {
                ++page;
                y = bodyTop();
            }
            continue;
        }
        const double h = block->height(width);
        // A heading needs room for itself and the start of what follows: the chain of blocks kept with
        // their next, and the beginning of the first block that is not.
        double needed = h;
        for (size_t j = i; m_blocks[j]->keepWithNext && j + 1 < m_blocks.size() && m_blocks[j + 1]; ++j) {
            const ReportBlock* next = m_blocks[j + 1].get();
            needed += next->keepWithNext ? next->height(width) : std::min(next->height(width), 120.0);
            if (!next->keepWithNext)
                break;
        }
        if (y + needed > bodyBottom() && y > bodyTop()) {
            ++page;
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
    return placed;
}

void ReportLayout::paintFrame(QPainter& painter, int page, int pages) const
{
    const double left = ReportStyle::margin;
    const double right = pageWidth - ReportStyle::margin;
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

    const double footerTop = pageHeight - ReportStyle::margin - ReportStyle::footerHeight + 8;
    painter.drawLine(QPointF(left, footerTop), QPointF(right, footerTop));
    painter.setPen(ReportStyle::muted);
    const QRectF footer(left, footerTop + 4, width, ReportStyle::footerHeight);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, tr("Balise · %1").arg(m_frame.kind));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, tr("page %1 of %2").arg(page + 1).arg(pages));
}

int ReportLayout::print(QPagedPaintDevice& device) const
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    // The contents' entries first (their number sets the contents' height), then their pages.
    if (m_contents) {
        m_contents->entries.clear();
        for (const auto& block : m_blocks)
            if (block && !block->contentsEntry.isEmpty())
                m_contents->entries.append({block->contentsEntry, block->contentsLevel, 0});
    }
    const std::vector<Placed> placed = place();
    const int pages = placed.empty() ? 1 : placed.back().page + 1;
    if (m_contents) {
        qsizetype entry = 0;
        for (const Placed& p : placed)
            if (!p.block->contentsEntry.isEmpty() && entry < m_contents->entries.size())
                m_contents->entries[entry++].page = p.page + 1;
    }
    // A QCustomPlot draws only through a QCPPainter (a QPainter): the whole page uses one.
    QCPPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // Points to device units: the page is drawn in points whatever the device's resolution.
    const double scale = device.logicalDpiX() / 72.0;
    size_t next = 0;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.scale(scale, scale);
        paintFrame(painter, page, pages);
        for (; next < placed.size() && placed[next].page == page; ++next) {
            const Placed& p = placed[next];
            painter.save();
            p.block->paint(painter, QRectF(ReportStyle::margin, p.top, contentWidth(), p.height));
            painter.restore();
        }
        painter.restore();
    }
    painter.end();
    return pages;
}

} // namespace balise::ui
