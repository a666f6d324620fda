#include "ImpactReport.h"

#include "DisplayFormat.h"
#include "ImpactAnalysis.h"
#include "Project.h"
#include "QCustomPlotHeader.h"
#include "ReportBlocks.h"
#include "ReportCharts.h"
#include "ReportStyle.h"

#include <QLocale>
#include <cmath>

namespace balise::ui {
namespace {

using Cell = TableRowBlock::Cell;
using Style = TableRowBlock::Style;
using ReportText::escaped;

// Amounts as a reader of accounts expects them: whole units from a thousand, else cents.
QString money(double value, const QString& currency)
{
    return ImpactReport::tr("%1 %2").arg(QLocale().toString(value, 'f', std::abs(value) >= 1000 ? 0 : 2), currency);
}

// Society and user flows per period as pairs of bars.
std::unique_ptr<QCustomPlot> flowsChart(const ImpactAnalysis& analysis)
{
    auto chart = std::make_unique<QCustomPlot>();
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (qsizetype p = 0; p < analysis.periodLabels.size(); ++p)
        ticker->addTick(static_cast<double>(p), analysis.periodLabels[p]);
    chart->xAxis->setTicker(ticker);
    chart->xAxis->setRange(-0.6, static_cast<double>(analysis.periodLabels.size()) - 0.4);
    chart->xAxis->grid()->setVisible(false);
    chart->yAxis->grid()->setPen(QPen(ReportStyle::rule, 0.5, Qt::DotLine));
    chart->yAxis->grid()->setZeroLinePen(QPen(ReportStyle::muted, 0.6));
    chart->legend->setVisible(true);
    chart->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    auto* group = new QCPBarsGroup(chart.get());
    const std::pair<const std::vector<double>*, QString> series[] = {
        {&analysis.result.society, ImpactReport::tr("society")}, {&analysis.result.user, ImpactReport::tr("user")}};
    double low = 0.0, high = 0.0;
    int k = 0;
    for (const auto& [values, name] : series) {
        auto* bars = new QCPBars(chart->xAxis, chart->yAxis);
        bars->setName(name);
        bars->setBrush(k == 0 ? ReportStyle::accent : QColor(0xe6, 0x9f, 0x00));
        bars->setPen(Qt::NoPen);
        bars->setWidth(0.35);
        bars->setBarsGroup(group);
        for (size_t p = 0; p < values->size(); ++p) {
            bars->addData(static_cast<double>(p), (*values)[p]);
            low = std::min(low, (*values)[p]);
            high = std::max(high, (*values)[p]);
        }
        ++k;
    }
    const double margin = (high - low) * 0.1 + 1e-9;
    chart->yAxis->setRange(low - (low < 0 ? margin : 0), high + margin);
    ReportCharts::usePrintFonts(*chart);
    return chart;
}

void account(const Project& project, const ImpactAccount& a, ReportLayout& layout)
{
    auto& title = layout.emplace<HeadingBlock>(DisplayFormat::name(a.name), 2);
    title.contentsEntry = DisplayFormat::name(a.name);
    title.contentsLevel = 2;
    QStringList about;
    if (const DataService* service = project.data().findService(a.serviceId))
        about.append(ImpactReport::tr("service %1").arg(service->name));
    if (!a.unit.isEmpty())
        about.append(ImpactReport::tr("per %1").arg(a.unit));
    about.append(ImpactReport::tr("discount rate %1 per period").arg(DisplayFormat::percent(a.discountRate)));
    if (a.investment)
        about.append(ImpactReport::tr("investment %1").arg(money(*a.investment, a.currency)));
    layout.emplace<TextBlock>(escaped(about.join(QStringLiteral(" · "))), 9, ReportStyle::muted);

    const ImpactAnalysis analysis = ImpactAnalysis::of(project.data(), a);
    const engine::ImpactResult& r = analysis.result;
    if (!r.ok()) {
        layout.emplace<TextBlock>(
            escaped(ImpactReport::tr("This account cannot be computed: a value, a volume or its rate is not usable.")),
            9);
        return;
    }
    layout.emplace<SpacerBlock>(4);
    layout.emplace<KeyFiguresBlock>(QList<KeyFiguresBlock::Figure>{
        {ImpactReport::tr("Per unit"), money(r.unitTotal, a.currency),
         ImpactReport::tr("society %1 · user %2")
             .arg(DisplayFormat::computed(r.unitSociety), DisplayFormat::computed(r.unitUser)),
         std::nullopt},
        {ImpactReport::tr("Over the periods"), money(r.net, a.currency),
         ImpactReport::tr("%n period(s), undiscounted", nullptr, static_cast<int>(analysis.periodLabels.size())),
         std::nullopt},
        {ImpactReport::tr("Net present value"), money(r.npv, a.currency), ImpactReport::tr("after the investment"),
         r.npv >= 0 ? std::optional<QColor>(ReportStyle::lightColour(engine::Light::Green))
                    : std::optional<QColor>(ReportStyle::lightColour(engine::Light::Red))},
        {ImpactReport::tr("Internal rate of return"), r.irr ? DisplayFormat::percent(*r.irr) : DisplayFormat::none(),
         r.irr ? (r.irrAmbiguous ? ImpactReport::tr("the lowest of several") : ImpactReport::tr("per period"))
               : ImpactReport::tr("none: the flows never repay it"),
         std::nullopt}});
    layout.emplace<SpacerBlock>(6);

    const TableColumns lines{{0.56, 0.24, 0.20}, {Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft}};
    layout.emplace<TableRowBlock>(lines,
                                  QList<Cell>{Cell(ImpactReport::tr("Cost or benefit")),
                                              Cell(ImpactReport::tr("Per unit")), Cell(ImpactReport::tr("Borne by"))},
                                  Style::Header);
    for (const ImpactLine& line : a.lines)
        layout.emplace<TableRowBlock>(lines, QList<Cell>{Cell(DisplayFormat::name(line.label)),
                                                         Cell(money(line.valuePerUnit, a.currency)),
                                                         Cell(labelOf(line.bearer))});
    layout.emplace<SpacerBlock>(8);

    if (analysis.periodLabels.isEmpty())
        return;
    const TableColumns flows{{0.20, 0.20, 0.20, 0.20, 0.20},
                             {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight}};
    layout.emplace<TableRowBlock>(flows,
                                  QList<Cell>{Cell(ImpactReport::tr("Period")), Cell(ImpactReport::tr("Volume")),
                                              Cell(ImpactReport::tr("Society")), Cell(ImpactReport::tr("User")),
                                              Cell(ImpactReport::tr("Total"))},
                                  Style::Header);
    for (qsizetype p = 0; p < analysis.periodLabels.size(); ++p) {
        const size_t i = static_cast<size_t>(p);
        double volume = 0.0;
        for (const ImpactVolume& v : a.volumes)
            if (const Period* period = project.data().findPeriod(v.periodId);
                period && period->label == analysis.periodLabels[p])
                volume = v.volume;
        layout.emplace<TableRowBlock>(
            flows, QList<Cell>{Cell(analysis.periodLabels[p]), Cell(DisplayFormat::number(volume)),
                               Cell(money(r.society[i], a.currency)), Cell(money(r.user[i], a.currency)),
                               Cell(money(r.total[i], a.currency))});
    }
    layout.emplace<SpacerBlock>(6);
    auto& chart = layout.emplace<ChartsBlock>(150.0);
    chart.add(flowsChart(analysis), ReportLayout::contentWidth());
    layout.emplace<SpacerBlock>(12);
}

} // namespace

QString ImpactReport::kind()
{
    return tr("Impact accounts");
}

void ImpactReport::compose(const Project& project, ReportLayout& layout)
{
    layout.emplace<HeadingBlock>(tr("Impact accounts"), 1);
    layout.emplace<TextBlock>(escaped(tr("Costs and benefits of each unit of activity, for society and for the "
                                         "user, times the volume of each period; the net present value discounts "
                                         "each period's flow and deducts the investment.")),
                              9, ReportStyle::muted);
    layout.emplace<SpacerBlock>(6);
    if (project.impactAccounts().isEmpty()) {
        layout.emplace<TextBlock>(escaped(tr("The project has no impact account yet.")), 10);
        return;
    }
    if (project.impactAccounts().size() > 2)
        layout.addContents();
    for (const ImpactAccount& a : project.impactAccounts())
        account(project, a, layout);
}

} // namespace balise::ui
