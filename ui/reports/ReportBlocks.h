#pragma once

#include "ReportLayout.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

class QCustomPlot;

namespace balise::ui {

// The blocks reports are made of (ReportLayout). Text given to them is the user's: blocks that take
// plain text escape it; only TextBlock takes rich text, built by the caller with ReportText::escaped.
namespace ReportText {
QString escaped(const QString& text);
} // namespace ReportText

class SpacerBlock final : public ReportBlock
{
public:
    explicit SpacerBlock(double points) : m_points(points) {}
    double height(double) const override { return m_points; }
    void paint(QCPPainter&, const QRectF&) const override {}

private:
    double m_points;
};

// A heading: level 1 opens a report or a part, level 2 a section; kept with what follows.
class HeadingBlock final : public ReportBlock
{
public:
    HeadingBlock(QString text, int level, QString aside = QString());
    double height(double width) const override;
    void paint(QCPPainter& painter, const QRectF& area) const override;

private:
    QString m_text;
    QString m_aside; // right-aligned beside the heading (a score, a date)
    int m_level;
};

// Rich text (HTML the caller escaped), wrapped to the width.
class TextBlock final : public ReportBlock
{
public:
    explicit TextBlock(QString html, int points = 10, QColor colour = QColor());
    double height(double width) const override;
    void paint(QCPPainter& painter, const QRectF& area) const override;

private:
    QString m_html;
    int m_points;
    QColor m_colour;
};

// Key figures in a row of tiles: a label, a big value, a line under it; a light colours the tile's edge.
class KeyFiguresBlock final : public ReportBlock
{
public:
    struct Figure
    {
        QString label;
        QString value;
        QString note;
        std::optional<QColor> light;
    };
    explicit KeyFiguresBlock(QList<Figure> figures) : m_figures(std::move(figures)) {}
    double height(double) const override { return 70.0; }
    void paint(QCPPainter& painter, const QRectF& area) const override;

private:
    QList<Figure> m_figures;
};

// One or more charts side by side, drawn as vectors straight into the page: ReportLayout paints with
// a QCPPainter, the only painter a QCustomPlot draws through. The block keeps the charts it is given.
class ChartsBlock final : public ReportBlock
{
public:
    explicit ChartsBlock(double height);
    ~ChartsBlock() override;
    // Adds `chart`, drawn at width × the block's height, in points.
    void add(std::unique_ptr<QCustomPlot> chart, double width);
    double height(double) const override { return m_height; }
    void paint(QCPPainter& painter, const QRectF& area) const override;

private:
    double m_height;
    std::vector<std::unique_ptr<QCustomPlot>> m_charts;
    QList<double> m_widths;
};

// The columns of a table: share of the width and alignment of each.
struct TableColumns
{
    QList<double> shares; // summing to 1
    QList<Qt::Alignment> alignments;
};

// One row of a table; a table is a run of rows (so that a long one continues on the next page),
// the first being its header.
class TableRowBlock final : public ReportBlock
{
public:
    enum class Style
    {
        Header,
        Group, // a criterion: bold on a band
        Plain,
        Note // a comment under the row before: small, muted, spanning the row
    };
    struct Cell
    {
        Cell(QString text = QString(), std::optional<QColor> light = std::nullopt, int indent = 0)
            : text(std::move(text)), light(std::move(light)), indent(indent)
        {}
        QString text;
        std::optional<QColor> light; // a dot before the text
        int indent = 0;              // levels of 10 points
    };
    TableRowBlock(const TableColumns& columns, QList<Cell> cells, Style style = Style::Plain);
    double height(double width) const override;
    void paint(QCPPainter& painter, const QRectF& area) const override;

private:
    QFont cellFont() const;
    QRectF cellRect(const QRectF& row, int column) const;

    TableColumns m_columns;
    QList<Cell> m_cells;
    Style m_style;
};

} // namespace balise::ui
