#include "EvolutionReport.h"

#include "DisplayFormat.h"
#include "QCustomPlotHeader.h"
#include "ReportBlocks.h"
#include "ReportCharts.h"
#include "ReportStyle.h"
#include "ServiceEvolution.h"

#include <QLocale>
#include <cmath>

namespace balise::ui {
namespace {

using Cell = TableRowBlock::Cell;
using Style = TableRowBlock::Style;
using ReportStyle::score;
using ReportText::escaped;

// The first and last scores the line has, and the change between them.
std::pair<double, double> ends(const std::vector<double>& scores)
{
    double first = std::nan(""), last = std::nan("");
    for (double x : scores)
        if (!std::isnan(x)) {
            if (std::isnan(first))
                first = x;
            last = x;
        }
    return {first, last};
}

// From the first score the line has to its last.
QString change(const std::vector<double>& scores)
{
    const auto [first, last] = ends(scores);
    return ReportStyle::change(last - first); // NaN when there is none
}

TableColumns periodColumns(qsizetype periods, double first, double last)
{
    TableColumns columns{{first}, {Qt::AlignLeft}};
    const double each = (1.0 - first - last) / static_cast<double>(std::max<qsizetype>(1, periods));
    for (qsizetype p = 0; p < periods; ++p) {
        columns.shares.append(each);
        columns.alignments.append(Qt::AlignRight);
    }
    if (last > 0) {
        columns.shares.append(last);
        columns.alignments.append(Qt::AlignRight);
    }
    return columns;
}

QList<Cell> scoreCells(const EvolutionLine& line, const QString& label)
{
    QList<Cell> cells{Cell(label)};
    for (size_t p = 0; p < line.scores.size(); ++p)
        cells.append(Cell(score(line.scores[p]), ReportStyle::lightColour(line.lights[p])));
    cells.append(Cell(change(line.scores)));
    return cells;
}

} // namespace

QString EvolutionReport::kind()
{
    return tr("Evolution of a service");
}

void EvolutionReport::compose(const ServiceEvolution& e, ReportLayout& layout)
{
    layout.emplace<HeadingBlock>(e.serviceName, 1);
    QStringList about;
    if (!e.operatorName.isEmpty())
        about.append(tr("operated by %1").arg(e.operatorName));
    if (!e.periods.isEmpty())
        about.append(tr("from %1 to %2").arg(e.periods.constFirst(), e.periods.constLast()));
    layout.emplace<TextBlock>(escaped(about.join(QStringLiteral(" · "))), 10, ReportStyle::muted);
    layout.emplace<SpacerBlock>(6);

    const auto [first, last] = ends(e.overall.scores);
    int best = 0;
    for (int rank : e.ranks)
        if (rank > 0 && (best == 0 || rank < best))
            best = rank;
    const int latest = e.ranks.empty() ? 0 : e.ranks.back();
    layout.emplace<KeyFiguresBlock>(QList<KeyFiguresBlock::Figure>{
        {tr("Overall score"), score(first) + QStringLiteral(" → ") + score(last),
         tr("first and latest period with a score"),
         ReportStyle::lightColour(e.overall.lights.empty() ? engine::Light::Insufficient : e.overall.lights.back())},
        {tr("Change"), change(e.overall.scores), tr("points over the periods shown"), std::nullopt},
        {tr("Latest rank"), latest > 0 ? tr("%1 of %2").arg(latest).arg(e.services) : DisplayFormat::none(),
         best > 0 ? tr("best: %1").arg(best) : QString(), std::nullopt}});
    layout.emplace<SpacerBlock>(8);

    if (e.allPeriods.size() > 1) {
        auto& chart = layout.emplace<ChartsBlock>(200.0);
        chart.add(ReportCharts::trend(e.allPeriods, e.trendNames, e.overallTrend, 0), ReportLayout::contentWidth());
        layout.emplace<SpacerBlock>(8);
    }

    layout.emplace<HeadingBlock>(tr("Scores period by period"), 2);
    const TableColumns scores = periodColumns(e.periods.size(), 0.40, 0.10);
    QList<Cell> header{Cell(tr("Objective"))};
    for (const QString& period : e.periods)
        header.append(Cell(period));
    header.append(Cell(tr("Change")));
    layout.emplace<TableRowBlock>(scores, header, Style::Header);
    layout.emplace<TableRowBlock>(scores, scoreCells(e.overall, tr("Overall score")), Style::Group);
    for (const EvolutionLine& objective : e.objectives)
        layout.emplace<TableRowBlock>(scores,
                                      scoreCells(objective, objective.code + QStringLiteral("  ") + objective.name));
    layout.emplace<SpacerBlock>(10);

    layout.emplace<HeadingBlock>(tr("Indicators period by period"), 2);
    const TableColumns values = periodColumns(e.periods.size(), 0.28, 0.0);
    QList<Cell> valuesHeader{Cell(tr("Indicator"))};
    for (const QString& period : e.periods)
        valuesHeader.append(Cell(period));
    layout.emplace<TableRowBlock>(values, valuesHeader, Style::Header);
    for (const EvolutionLine& indicator : e.indicators) {
        QList<Cell> cells{Cell(indicator.code + QStringLiteral("  ") + indicator.name)};
        for (qsizetype p = 0; p < indicator.values.size(); ++p)
            cells.append(Cell(indicator.values[p].isEmpty() ? DisplayFormat::none() : indicator.values[p],
                              ReportStyle::lightColour(indicator.lights[static_cast<size_t>(p)])));
        layout.emplace<TableRowBlock>(values, cells);
    }
    layout.emplace<SpacerBlock>(3);
    layout.emplace<TextBlock>(escaped(tr("Each value's dot is the light of its score in that period.")), 7,
                              ReportStyle::muted);
}

} // namespace balise::ui
