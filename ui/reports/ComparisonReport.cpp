#include "ComparisonReport.h"

#include "DisplayFormat.h"
#include "LightStyle.h"
#include "QCustomPlotHeader.h"
#include "ReportBlocks.h"
#include "ReportCharts.h"
#include "ReportStyle.h"
#include "ServiceComparison.h"

#include <QLocale>
#include <cmath>

namespace balise::ui {
namespace {

using Cell = TableRowBlock::Cell;
using Style = TableRowBlock::Style;
using ReportStyle::change;
using ReportStyle::score;
using ReportText::escaped;

QString rankRange(const ComparisonRow& row)
{
    if (!row.hasInterval)
        return DisplayFormat::none();
    const QLocale locale;
    const QString low = locale.toString(row.rankLow, 'f', 0);
    const QString high = locale.toString(row.rankHigh, 'f', 0);
    return low == high ? low : low + QStringLiteral("–") + high;
}

void ranking(const ServiceComparison& c, ReportLayout& layout)
{
    const bool intervals = c.replications > 0;
    const TableColumns columns =
        intervals ? TableColumns{{0.08, 0.40, 0.10, 0.10, 0.10, 0.12, 0.10},
                                 {Qt::AlignRight, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight,
                                  Qt::AlignRight, Qt::AlignRight}}
                  : TableColumns{{0.08, 0.56, 0.12, 0.12, 0.12},
                                 {Qt::AlignRight, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight}};
    QList<Cell> header{{ComparisonReport::tr("Rank")},
                       {ComparisonReport::tr("Service")},
                       {ComparisonReport::tr("Score")},
                       {ComparisonReport::tr("Change")},
                       {ComparisonReport::tr("Measured")}};
    if (intervals)
        header += QList<Cell>{{ComparisonReport::tr("Rank 5–95 %")}, {ComparisonReport::tr("1st")}};
    layout.emplace<TableRowBlock>(columns, header, Style::Header);
    for (const ComparisonRow& row : c.rows) {
        const QString name = row.operatorName.isEmpty()
                                 ? row.name
                                 : row.name + QStringLiteral(" (") + row.operatorName + QStringLiteral(")");
        QList<Cell> cells{{row.rank > 0 ? QString::number(row.rank) : DisplayFormat::none()},
                          {name, ReportStyle::lightColour(row.light)},
                          {score(row.score)},
                          {change(row.change)},
                          {DisplayFormat::percent(row.coverage)}};
        if (intervals)
            cells += QList<Cell>{{rankRange(row)},
                                 {row.hasInterval ? DisplayFormat::percent(row.pFirst) : DisplayFormat::none()}};
        layout.emplace<TableRowBlock>(columns, cells);
    }
    QString note = ComparisonReport::tr("Score out of 100; change in points since %1; measured: share of the "
                                        "framework's weight that has a value.")
                       .arg(c.previousPeriodLabel.isEmpty() ? DisplayFormat::none() : c.previousPeriodLabel);
    if (intervals)
        note += QLatin1Char(' ') +
                ComparisonReport::tr("Rank 5–95 %: the ranks the service took in 90 % of the %n replications of the "
                                     "uncertainty analysis (weights drawn at random); 1st: how often it came first.",
                                     nullptr, c.replications);
    layout.emplace<SpacerBlock>(3);
    layout.emplace<TextBlock>(escaped(note), 7, ReportStyle::muted);
}

void objectives(const ServiceComparison& c, ReportLayout& layout)
{
    layout.emplace<HeadingBlock>(ComparisonReport::tr("Objective by objective"), 2);
    if (c.rows.size() <= ComparisonReport::maxServicesInChart && !c.objectiveCodes.isEmpty()) {
        auto& chart = layout.emplace<ChartsBlock>(190.0);
        chart.add(ReportCharts::objectiveBars(c), ReportLayout::contentWidth());
        layout.emplace<SpacerBlock>(6);
    }
    // Service × objective, each score with its light; the objectives' names under the table. Beyond
    // eight objectives the columns get too narrow for a portrait page: the table turns the page.
    const qsizetype n = c.objectiveCodes.size();
    if (n > ComparisonReport::maxObjectivesPortrait) {
        layout.pageBreak(true);
        layout.emplace<HeadingBlock>(ComparisonReport::tr("Scores objective by objective"), 2);
    }
    const double nameShare = 0.34;
    TableColumns columns{{nameShare}, {Qt::AlignLeft}};
    for (qsizetype k = 0; k < n; ++k) {
        columns.shares.append((1.0 - nameShare) / static_cast<double>(std::max<qsizetype>(1, n)));
        columns.alignments.append(Qt::AlignRight);
    }
    QList<Cell> header{{ComparisonReport::tr("Service")}};
    for (const QString& code : c.objectiveCodes)
        header.append(Cell(code));
    layout.emplace<TableRowBlock>(columns, header, Style::Header);
    for (const ComparisonRow& row : c.rows) {
        QList<Cell> cells{{row.name}};
        for (qsizetype k = 0; k < row.objectiveScores.size(); ++k)
            cells.append(Cell(score(row.objectiveScores[k]), ReportStyle::lightColour(row.objectiveLights.value(k))));
        layout.emplace<TableRowBlock>(columns, cells);
    }
    QStringList legend;
    for (qsizetype k = 0; k < n; ++k)
        legend.append(c.objectiveCodes[k] + QStringLiteral(" ") + c.objectiveNames.value(k));
    layout.emplace<SpacerBlock>(3);
    layout.emplace<TextBlock>(escaped(legend.join(QStringLiteral(" · "))), 7, ReportStyle::muted);
}

} // namespace

QString ComparisonReport::kind()
{
    return tr("Comparison of services");
}

void ComparisonReport::compose(const ServiceComparison& c, ReportLayout& layout)
{
    layout.emplace<HeadingBlock>(tr("Comparison of %n service(s)", nullptr, static_cast<int>(c.rows.size())), 1);
    QStringList about{tr("period %1").arg(c.periodLabel)};
    if (!c.previousPeriodLabel.isEmpty())
        about.append(tr("compared with %1").arg(c.previousPeriodLabel));
    if (c.rows.size() < c.allServices)
        about.append(tr("ranks among the project's %n service(s)", nullptr, c.allServices));
    layout.emplace<TextBlock>(escaped(about.join(QStringLiteral(" · "))), 10, ReportStyle::muted);
    layout.emplace<SpacerBlock>(6);

    // Who leads, by how much, and how sure the ranking is.
    const ComparisonRow* leader = !c.rows.isEmpty() && c.rows.first().rank > 0 ? &c.rows.first() : nullptr;
    double best = ComparisonRow::none, worst = ComparisonRow::none;
    for (const ComparisonRow& row : c.rows)
        if (!std::isnan(row.score)) {
            best = std::isnan(best) ? row.score : std::max(best, row.score);
            worst = std::isnan(worst) ? row.score : std::min(worst, row.score);
        }
    const ComparisonRow* second = c.rows.size() > 1 && c.rows[1].rank > 0 ? &c.rows[1] : nullptr;
    layout.emplace<KeyFiguresBlock>(QList<KeyFiguresBlock::Figure>{
        {tr("First"), leader ? score(leader->score) + QStringLiteral(" / 100") : DisplayFormat::none(),
         leader ? leader->name : QString(),
         leader ? std::optional<QColor>(ReportStyle::lightColour(leader->light)) : std::nullopt},
        {tr("Lead over the second"), leader && second ? change(leader->score - second->score) : DisplayFormat::none(),
         second ? tr("points ahead of %1").arg(second->name) : QString(), std::nullopt},
        {tr("Spread"), std::isnan(best) ? DisplayFormat::none() : score(best - worst),
         tr("points between first and last"), std::nullopt},
        {tr("Uncertainty analysis"), c.replications > 0 ? QLocale().toString(c.replications) : tr("not run"),
         c.replications > 0 ? tr("replications") : tr("for this period"), std::nullopt}});
    layout.emplace<SpacerBlock>(8);
    ranking(c, layout);
    layout.emplace<SpacerBlock>(10);
    objectives(c, layout);
}

} // namespace balise::ui
