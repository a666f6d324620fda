#include "ReportBlocks.h"

#include "QCustomPlotHeader.h"
#include "ReportStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>
#include <numeric>

namespace balise::ui {
namespace {

constexpr double cellPadding = 4.0;
constexpr int textFlags = Qt::TextWordWrap;

void dot(QPainter& painter, const QPointF& centre, const QColor& colour, double radius)
{
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(centre, radius, radius);
    painter.restore();
}

} // namespace

QString ReportText::escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

HeadingBlock::HeadingBlock(QString text, int level, QString aside)
    : m_text(std::move(text)), m_aside(std::move(aside)), m_level(level)
{
    keepWithNext = true;
}

double HeadingBlock::height(double width) const
{
    const QFontMetricsF metrics(ReportStyle::font(m_level == 1 ? 18 : 13, true));
    const QRectF text = metrics.boundingRect(QRectF(0, 0, width * 0.78, 1000), textFlags, m_text);
    return text.height() + (m_level == 1 ? 14 : 12);
}

void HeadingBlock::paint(QCPPainter& painter, const QRectF& area) const
{
    const QFont font = ReportStyle::font(m_level == 1 ? 18 : 13, true);
    painter.setFont(font);
    painter.setPen(m_level == 1 ? ReportStyle::accent : ReportStyle::ink);
    const QRectF text(area.left(), area.top() + 4, area.width() * 0.78, area.height());
    painter.drawText(text, textFlags | Qt::AlignLeft | Qt::AlignTop, m_text);
    if (!m_aside.isEmpty()) {
        painter.setPen(ReportStyle::ink);
        painter.drawText(QRectF(area.left(), area.top() + 4, area.width(), area.height()),
                         Qt::AlignRight | Qt::AlignTop, m_aside);
    }
    if (m_level == 2) {
        painter.setPen(QPen(ReportStyle::rule, 0.8));
        painter.drawLine(QPointF(area.left(), area.bottom() - 3), QPointF(area.right(), area.bottom() - 3));
    }
}

TextBlock::TextBlock(QString html, int points, QColor colour)
    : m_html(std::move(html)), m_points(points), m_colour(colour.isValid() ? colour : ReportStyle::ink)
{}

namespace {

std::unique_ptr<QTextDocument> document(const QString& html, int points, const QColor& colour, double width)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    doc->setDefaultFont(ReportStyle::font(points));
    doc->setDefaultStyleSheet(QStringLiteral("body { color: %1; } p { margin: 0 0 4px 0; } "
                                             "ul { margin: 0 0 0 12px; -qt-list-indent: 0; }")
                                  .arg(colour.name()));
    doc->setHtml(QStringLiteral("<body>%1</body>").arg(html));
    doc->setTextWidth(width);
    return doc;
}

} // namespace

double TextBlock::height(double width) const
{
    return document(m_html, m_points, m_colour, width)->size().height() + 4;
}

void TextBlock::paint(QCPPainter& painter, const QRectF& area) const
{
    const auto doc = document(m_html, m_points, m_colour, area.width());
    painter.translate(area.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, m_colour);
    doc->documentLayout()->draw(&painter, context);
}

void KeyFiguresBlock::paint(QCPPainter& painter, const QRectF& area) const
{
    if (m_figures.isEmpty())
        return;
    const double gap = 8.0;
    const double width = (area.width() - gap * (m_figures.size() - 1)) / m_figures.size();
    for (qsizetype i = 0; i < m_figures.size(); ++i) {
        const Figure& f = m_figures[i];
        const QRectF tile(area.left() + i * (width + gap), area.top() + 2, width, area.height() - 8);
        painter.setPen(Qt::NoPen);
        painter.setBrush(ReportStyle::band);
        painter.drawRoundedRect(tile, 3, 3);
        if (f.light) {
            painter.setBrush(*f.light);
            painter.drawRect(QRectF(tile.left(), tile.top(), 4, tile.height()));
        }
        const QRectF inner = tile.adjusted(12, 6, -8, -6);
        auto fitted = [&](const QString& text) {
            return QFontMetricsF(painter.font()).elidedText(text, Qt::ElideRight, inner.width());
        };
        painter.setPen(ReportStyle::muted);
        painter.setFont(ReportStyle::font(8));
        painter.drawText(inner, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, fitted(f.label));
        // The figure in the largest size that fits the tile: an amount with its currency stays whole.
        int size = 20;
        while (size > 11 && QFontMetricsF(ReportStyle::font(size, true)).horizontalAdvance(f.value) > inner.width())
            --size;
        painter.setPen(ReportStyle::ink);
        painter.setFont(ReportStyle::font(size, true));
        painter.drawText(inner.adjusted(0, 12 + (20 - size) / 2.0, 0, 0),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, fitted(f.value));
        painter.setPen(ReportStyle::muted);
        painter.setFont(ReportStyle::font(8));
        painter.drawText(inner, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine, fitted(f.note));
    }
}

ChartsBlock::ChartsBlock(double height) : m_height(height)
{}

ChartsBlock::~ChartsBlock() = default;

void ChartsBlock::add(std::unique_ptr<QCustomPlot> chart, double width)
{
    m_charts.push_back(std::move(chart));
    m_widths.append(width);
}

void ChartsBlock::paint(QCPPainter& painter, const QRectF& area) const
{
    QCPPainter* plotPainter = &painter;
    double x = area.left();
    const double total = std::accumulate(m_widths.cbegin(), m_widths.cend(), 0.0);
    const double gap = m_charts.size() > 1 ? (area.width() - total) / static_cast<double>(m_charts.size() - 1) : 0.0;
    for (size_t i = 0; i < m_charts.size(); ++i) {
        const double width = m_widths[static_cast<qsizetype>(i)];
        plotPainter->save();
        plotPainter->translate(x, area.top());
        plotPainter->setClipRect(QRectF(0, 0, width, area.height()));
        plotPainter->setMode(QCPPainter::pmVectorized);
        plotPainter->setMode(QCPPainter::pmNoCaching);
        m_charts[i]->toPainter(plotPainter, static_cast<int>(width), static_cast<int>(m_height));
        plotPainter->restore();
        x += width + gap;
    }
}

TableRowBlock::TableRowBlock(const TableColumns& columns, QList<Cell> cells, Style style)
    : m_columns(columns), m_cells(std::move(cells)), m_style(style)
{
    keepWithNext = style == Style::Header || style == Style::Group;
    role = style == Style::Header ? Role::TableHeader : Role::TableRow;
}

QFont TableRowBlock::cellFont() const
{
    switch (m_style) {
    case Style::Header:
        return ReportStyle::font(8, true);
    case Style::Group:
        return ReportStyle::font(9, true);
    case Style::Note:
        return ReportStyle::font(8);
    case Style::Plain:
        break;
    }
    return ReportStyle::font(9);
}

QRectF TableRowBlock::cellRect(const QRectF& row, int column) const
{
    if (m_style == Style::Note)
        return row.adjusted(cellPadding + m_columns.shares.value(0) * row.width() * 0.1, 0, -cellPadding, 0);
    double left = row.left();
    for (int c = 0; c < column; ++c)
        left += m_columns.shares.value(c) * row.width();
    const double width = m_columns.shares.value(column) * row.width();
    const int indent = m_cells.value(column).indent;
    const double dotRoom = m_cells.value(column).light ? 10.0 : 0.0;
    return QRectF(left + cellPadding + indent * 10.0 + dotRoom, row.top() + cellPadding,
                  width - 2 * cellPadding - indent * 10.0 - dotRoom, row.height() - 2 * cellPadding);
}

double TableRowBlock::height(double width) const
{
    const QFontMetricsF metrics(cellFont());
    const QRectF row(0, 0, width, 1000);
    double tallest = metrics.height();
    const int columns = m_style == Style::Note ? 1 : static_cast<int>(m_cells.size());
    for (int c = 0; c < columns; ++c) {
        const QRectF cell = cellRect(row, c);
        tallest = std::max(tallest,
                           metrics.boundingRect(QRectF(0, 0, cell.width(), 1000), textFlags, m_cells[c].text).height());
    }
    return tallest + 2 * cellPadding + (m_style == Style::Note ? -2 : 0);
}

void TableRowBlock::paint(QCPPainter& painter, const QRectF& area) const
{
    if (m_style == Style::Header || m_style == Style::Group) {
        painter.fillRect(area, m_style == Style::Header ? ReportStyle::ink : ReportStyle::band);
    }
    painter.setFont(cellFont());
    const QColor text = m_style == Style::Header ? QColor(Qt::white)
                        : m_style == Style::Note ? ReportStyle::muted
                                                 : ReportStyle::ink;
    const int columns = m_style == Style::Note ? 1 : static_cast<int>(m_cells.size());
    for (int c = 0; c < columns; ++c) {
        const QRectF cell = cellRect(area, c);
        const Cell& content = m_cells[c];
        const Qt::Alignment align =
            m_style == Style::Note ? Qt::AlignLeft : m_columns.alignments.value(c, Qt::AlignLeft);
        if (content.light) {
            // The dot just before the text, wherever the alignment puts it.
            const QFontMetricsF metrics(painter.font());
            // The width the text takes once wrapped, so that the dot sits by its longest line.
            const double textWidth = std::min(
                metrics.boundingRect(QRectF(0, 0, cell.width(), 1000), textFlags, content.text).width(), cell.width());
            const double x = (align & Qt::AlignRight) ? cell.right() - textWidth - 6 : cell.left() - 6;
            dot(painter, QPointF(x, cell.top() + metrics.height() / 2), *content.light, 3.5);
        }
        painter.setPen(text);
        painter.drawText(cell, textFlags | align | Qt::AlignTop, content.text);
    }
    if (m_style == Style::Plain) {
        painter.setPen(QPen(ReportStyle::rule, 0.4));
        painter.drawLine(area.bottomLeft(), area.bottomRight());
    }
}

} // namespace balise::ui
