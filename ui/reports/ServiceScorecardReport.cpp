#include "ServiceScorecardReport.h"

#include "DisplayFormat.h"
#include "LightStyle.h"
#include "QCustomPlotHeader.h"
#include "ReportBlocks.h"
#include "ReportCharts.h"
#include "ReportStyle.h"
#include "ServiceScorecard.h"

#include <QLocale>
#include <cmath>

namespace balise::ui {
namespace {

using Cell = TableRowBlock::Cell;
using Style = TableRowBlock::Style;
using ReportStyle::change;
using ReportStyle::score;
using ReportText::escaped;

// How many indicators "to decide or watch" the summary page lists.
constexpr qsizetype maxWatched = 5;

QString paceWord(engine::Pace pace)
{
    switch (pace) {
    case engine::Pace::Reached:
        return ServiceScorecardReport::tr("reached");
    case engine::Pace::OnTrack:
        return ServiceScorecardReport::tr("on track");
    case engine::Pace::Behind:
        return ServiceScorecardReport::tr("behind");
    case engine::Pace::Unknown:
        break;
    }
    return QString();
}

// Why an indicator is on the "decide or watch" list, in words.
QString watchReason(const ScorecardLine& line)
{
    QStringList reasons;
    if (line.light == engine::Light::Red)
        reasons.append(ServiceScorecardReport::tr("in the red"));
    if (line.change <= -ServiceScorecard::watchDrop)
        reasons.append(ServiceScorecardReport::tr("down %1 points").arg(QLocale().toString(-line.change, 'f', 0)));
    if (line.pace == engine::Pace::Behind)
        reasons.append(ServiceScorecardReport::tr("behind the pace to its target"));
    return reasons.join(QStringLiteral(", "));
}

QString pointsList(const QList<ScorecardLine>& lines)
{
    if (lines.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(escaped(DisplayFormat::none()));
    QString html = QStringLiteral("<ul>");
    for (const ScorecardLine& l : lines)
        html += QStringLiteral("<li><b>%1</b> %2 — %3</li>")
                    .arg(escaped(score(l.score)), escaped(l.name),
                         escaped(l.valueText.isEmpty() ? LightStyle::word(l.light) : l.valueText));
    return html + QStringLiteral("</ul>");
}

void summary(const ServiceScorecard& card, ReportLayout& layout)
{
    layout.emplace<HeadingBlock>(card.serviceName, 1);
    QStringList about;
    if (!card.operatorName.isEmpty())
        about.append(ServiceScorecardReport::tr("operated by %1").arg(card.operatorName));
    about.append(ServiceScorecardReport::tr("period %1").arg(card.periodLabel));
    if (!card.previousPeriodLabel.isEmpty())
        about.append(ServiceScorecardReport::tr("compared with %1").arg(card.previousPeriodLabel));
    layout.emplace<TextBlock>(escaped(about.join(QStringLiteral(" · "))), 10, ReportStyle::muted);
    layout.emplace<SpacerBlock>(6);

    const ScorecardLine& o = card.overall;
    layout.emplace<KeyFiguresBlock>(QList<KeyFiguresBlock::Figure>{
        {ServiceScorecardReport::tr("Overall score"),
         std::isnan(o.score) ? DisplayFormat::none() : score(o.score) + QStringLiteral(" / 100"),
         LightStyle::word(o.light), ReportStyle::lightColour(o.light)},
        {ServiceScorecardReport::tr("Since %1")
             .arg(card.previousPeriodLabel.isEmpty() ? DisplayFormat::none() : card.previousPeriodLabel),
         change(o.change), ServiceScorecardReport::tr("points"), std::nullopt},
        {ServiceScorecardReport::tr("Rank"),
         card.rank > 0 ? ServiceScorecardReport::tr("%1 of %2").arg(card.rank).arg(card.rankedServices)
                       : DisplayFormat::none(),
         ServiceScorecardReport::tr("of the services scored"), std::nullopt},
        {ServiceScorecardReport::tr("Weight measured"), DisplayFormat::percent(o.coverage),
         ServiceScorecardReport::tr("of the weight has a value"), std::nullopt}});
    layout.emplace<SpacerBlock>(8);

    // The radar and the trend side by side.
    auto& charts = layout.emplace<ChartsBlock>(190.0);
    const double half = (ReportLayout::contentWidth() - 12) / 2;
    if (card.objectives.size() >= 3)
        charts.add(ReportCharts::objectivesRadar(card), half);
    std::vector<std::vector<double>> series{card.overallTrend};
    QList<QString> names{ServiceScorecardReport::tr("Overall score")};
    for (const ScorecardSection& section : card.sections) {
        series.push_back(section.trend);
        names.append(section.objective.code);
    }
    charts.add(ReportCharts::trend(card.periodLabels, names, series, 0),
               card.objectives.size() >= 3 ? half : ReportLayout::contentWidth());
    layout.emplace<SpacerBlock>(6);

    // The objectives, one line each.
    const TableColumns columns{{0.58, 0.14, 0.14, 0.14},
                               {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight}};
    layout.emplace<TableRowBlock>(columns,
                                  QList<Cell>{{ServiceScorecardReport::tr("Objective")},
                                              {ServiceScorecardReport::tr("Score")},
                                              {ServiceScorecardReport::tr("Change")},
                                              {ServiceScorecardReport::tr("Measured")}},
                                  Style::Header);
    for (const ScorecardLine& l : card.objectives)
        layout.emplace<TableRowBlock>(
            columns, QList<Cell>{{l.code + QStringLiteral("  ") + l.name, ReportStyle::lightColour(l.light)},
                                 {score(l.score)},
                                 {change(l.change)},
                                 {DisplayFormat::percent(l.coverage)}});
    layout.emplace<SpacerBlock>(10);

    layout.emplace<TextBlock>(
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                       "<td width=\"50%\"><b>%1</b>%2</td><td width=\"50%\"><b>%3</b>%4</td></tr></table>")
            .arg(escaped(ServiceScorecardReport::tr("Strongest points")), pointsList(card.strongest),
                 escaped(ServiceScorecardReport::tr("Weakest points")), pointsList(card.weakest)),
        9);

    layout.emplace<HeadingBlock>(ServiceScorecardReport::tr("To decide or watch"), 2);
    if (card.watch.isEmpty()) {
        layout.emplace<TextBlock>(
            escaped(ServiceScorecardReport::tr("No indicator is in the red, falling or behind its target's pace.")), 9);
        return;
    }
    const TableColumns watchColumns{{0.36, 0.24, 0.40}, {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft}};
    layout.emplace<TableRowBlock>(watchColumns,
                                  QList<Cell>{{ServiceScorecardReport::tr("Indicator")},
                                              {ServiceScorecardReport::tr("Why")},
                                              {ServiceScorecardReport::tr("Owner and actions")}},
                                  Style::Header);
    // The summary stays one page: the most urgent, the others in the detail pages.
    const qsizetype shown = std::min<qsizetype>(card.watch.size(), maxWatched);
    for (const ScorecardLine& l : card.watch.mid(0, shown)) {
        const QString actions = l.actions.join(QStringLiteral("; "));
        const QString who = l.owner.isEmpty() || actions.isEmpty()
                                ? l.owner + actions
                                : ServiceScorecardReport::tr("%1: %2").arg(l.owner, actions);
        layout.emplace<TableRowBlock>(
            watchColumns, QList<Cell>{{l.code + QStringLiteral("  ") + l.name, ReportStyle::lightColour(l.light)},
                                      {watchReason(l)},
                                      {who.isEmpty() ? DisplayFormat::none() : who}});
    }
    if (card.watch.size() > shown)
        layout.emplace<TextBlock>(
            escaped(ServiceScorecardReport::tr("… and %n more indicator(s) to watch in the pages that follow.", nullptr,
                                               static_cast<int>(card.watch.size() - shown))),
            8, ReportStyle::muted);
}

void detail(const ScorecardSection& section, const QStringList& periods, ReportLayout& layout)
{
    const ScorecardLine& o = section.objective;
    layout.emplace<HeadingBlock>(
        o.code + QStringLiteral("  ") + o.name, 2,
        ServiceScorecardReport::tr("%1 / 100 · %2").arg(score(o.score), LightStyle::word(o.light)));
    QStringList about;
    if (!o.owner.isEmpty())
        about.append(ServiceScorecardReport::tr("Owner: %1").arg(o.owner));
    if (!o.actions.isEmpty())
        about.append(ServiceScorecardReport::tr("Actions: %1").arg(o.actions.join(QStringLiteral("; "))));
    if (!about.isEmpty())
        layout.emplace<TextBlock>(escaped(about.join(QLatin1Char('\n'))), 8, ReportStyle::muted).keepWithNext = true;

    const TableColumns columns{
        {0.36, 0.15, 0.15, 0.09, 0.12, 0.13},
        {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft}};
    layout.emplace<TableRowBlock>(columns,
                                  QList<Cell>{{ServiceScorecardReport::tr("Criterion / indicator")},
                                              {ServiceScorecardReport::tr("Value")},
                                              {ServiceScorecardReport::tr("Target")},
                                              {ServiceScorecardReport::tr("Score")},
                                              {ServiceScorecardReport::tr("Change")},
                                              {ServiceScorecardReport::tr("Pace")}},
                                  Style::Header);
    for (const ScorecardLine& l : section.lines) {
        const bool indicator = l.kind == NodeKind::Indicator;
        layout.emplace<TableRowBlock>(
            columns,
            QList<Cell>{{l.code + QStringLiteral("  ") + l.name, ReportStyle::lightColour(l.light), l.depth - 1},
                        {indicator ? (l.valueText.isEmpty() ? DisplayFormat::none() : l.valueText) : QString()},
                        {indicator ? l.targetText : QString()},
                        {score(l.score)},
                        {change(l.change)},
                        {indicator ? paceWord(l.pace) : QString()}},
            indicator ? Style::Plain : Style::Group);
        if (!l.comment.isEmpty())
            layout.emplace<TableRowBlock>(columns, QList<Cell>{{QStringLiteral("“%1”").arg(l.comment)}}, Style::Note);
    }
    if (periods.size() > 1) {
        layout.emplace<SpacerBlock>(4);
        auto& chart = layout.emplace<ChartsBlock>(90.0);
        chart.add(ReportCharts::trend(periods, {o.code}, {section.trend}, 0), ReportLayout::contentWidth());
    }
    layout.emplace<SpacerBlock>(12);
}

} // namespace

QString ServiceScorecardReport::kind()
{
    return tr("Scorecard of a service");
}

void ServiceScorecardReport::compose(const ServiceScorecard& card, ReportLayout& layout)
{
    summary(card, layout);
    layout.pageBreak();
    layout.emplace<HeadingBlock>(tr("Objective by objective"), 1);
    for (const ScorecardSection& section : card.sections)
        detail(section, card.periodLabels, layout);
}

} // namespace balise::ui
