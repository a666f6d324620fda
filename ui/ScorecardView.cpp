#include "ScorecardView.h"

#include "ChartMenu.h"
#include "CoalescedRefresh.h"
#include "DisplayFormat.h"
#include "EditorWidgets.h"
#include "LightStyle.h"
#include "ProjectEvaluation.h"
#include "QCustomPlotHeader.h"
#include "RadarChart.h"
#include "ScorecardNodesModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace balise::ui {
namespace {

const QColor serviceColour(0x00, 0x72, 0xb2);
const QColor averageColour(0x99, 0x99, 0x99);

} // namespace

ScorecardView::ScorecardView(QWidget* parent)
    : QWidget(parent), m_service(new QComboBox(this)), m_period(new QComboBox(this)), m_headline(new QLabel(this)),
      m_radar(new QCustomPlot(this)), m_trend(new QCustomPlot(this)), m_strengths(new QLabel(this)),
      m_nodes(new ScorecardNodesModel(this)), m_nodeTable(new QTableView(this))
{
    setObjectName(QStringLiteral("scorecardView"));
    m_refresh = new CoalescedRefresh(this, [this] {
        fillChoices();
        redraw();
    });
    m_headline->setObjectName(QStringLiteral("scorecardHeadline"));
    m_headline->setTextFormat(Qt::PlainText);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_headline->setFont(big);
    m_strengths->setTextFormat(Qt::PlainText);
    m_strengths->setWordWrap(true);
    m_strengths->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* serviceLabel = new QLabel(tr("&Service:"), this);
    serviceLabel->setBuddy(m_service);
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto* top = new QHBoxLayout;
    top->addWidget(serviceLabel);
    top->addWidget(m_service);
    top->addSpacing(16);
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addStretch();

    for (QCustomPlot* chart : {m_radar, m_trend}) {
        ChartMenu::install(chart);
        chart->setMinimumSize(320, 260);
    }
    m_radar->setObjectName(QStringLiteral("scorecardRadar"));
    m_radar->installEventFilter(this);
    RadarChart::prepare(m_radar);
    m_trend->setObjectName(QStringLiteral("scorecardTrend"));
    m_trend->yAxis->setRange(0, 100);
    m_trend->yAxis->setLabel(tr("Score (0–100)"));
    m_trend->legend->setVisible(true);
    m_trend->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);

    m_nodeTable->setObjectName(QStringLiteral("scorecardNodes"));
    m_nodeTable->setModel(m_nodes);
    m_nodeTable->verticalHeader()->hide();
    // Rows as tight as a spreadsheet's: a framework of 30 indicators should fit without scrolling.
    m_nodeTable->verticalHeader()->setDefaultSectionSize(m_nodeTable->fontMetrics().height() + 6);
    m_nodeTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nodeTable->setWordWrap(false);
    m_nodeTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_nodeTable->horizontalHeader()->setSectionResizeMode(ScorecardNodesModel::Node, QHeaderView::Stretch);

    auto* chartRow = new QWidget(this);
    auto* charts = new QHBoxLayout(chartRow);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->addWidget(m_radar, 1);
    charts->addWidget(m_trend, 1);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_strengths);
    lowerLayout->addWidget(m_nodeTable, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(chartRow);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_headline);
    layout->addWidget(splitter, 1);

    connect(m_service, &QComboBox::activated, this, &ScorecardView::redraw);
    connect(m_period, &QComboBox::activated, this, &ScorecardView::redraw);
}

ScorecardView::~ScorecardView() = default;

void ScorecardView::setEvaluation(ProjectEvaluation* evaluation)
{
    if (m_evaluation)
        disconnect(m_evaluation, nullptr, this, nullptr);
    m_evaluation = evaluation;
    if (m_evaluation) {
        connect(m_evaluation, &ProjectEvaluation::stale, m_refresh, &CoalescedRefresh::request);
        connect(m_evaluation, &QObject::destroyed, this, [this] { m_evaluation = nullptr; });
    }
    fillChoices();
    redraw();
}

void ScorecardView::showService(int service)
{
    m_service->setCurrentIndex(service < 0 ? 0 : service);
    redraw();
}

QString ScorecardView::currentServiceName() const
{
    return m_service->currentIndex() >= 0 ? m_service->currentText() : QString();
}

QString ScorecardView::currentPeriodLabel() const
{
    return m_period->currentIndex() >= 0 ? m_period->currentText() : QString();
}

void ScorecardView::fillChoices()
{
    const bool available = m_evaluation && m_evaluation->isAvailable();
    EditorWidgets::refill(m_service, available ? m_evaluation->setup().serviceNames : QStringList(), false);
    EditorWidgets::refill(m_period, available ? m_evaluation->setup().periodLabels : QStringList(), true);
}

void ScorecardView::redraw()
{
    m_radar->clearPlottables();
    m_radar->clearItems();
    m_trend->clearPlottables();
    const int service = m_service->currentIndex();
    const int period = m_period->currentIndex();
    if (!m_evaluation || !m_evaluation->isAvailable() || service < 0 || period < 0) {
        m_headline->setText(m_evaluation ? m_evaluation->unavailableReason() : QString());
        m_strengths->clear();
        m_nodes->clear();
        m_radar->replot();
        m_trend->replot();
        return;
    }
    const EvaluationSetup& setup = m_evaluation->setup();
    const engine::EvaluationResult& result = m_evaluation->result();
    const double overall = result.score(period, 0, service);
    const QLocale locale;
    if (std::isnan(overall)) {
        m_headline->setText(tr("%1: insufficient data in %2 (%3 of the weight measured)")
                                .arg(setup.serviceNames[service], setup.periodLabels[period],
                                     DisplayFormat::percent(result.coverageOf(period, 0, service))));
    } else {
        m_headline->setText(tr("%1: %2 / 100, %3 — rank %4 of %5 — %6 of the weight measured")
                                .arg(setup.serviceNames[service], locale.toString(overall, 'f', 1),
                                     LightStyle::word(result.light(period, 0, service)))
                                .arg(result.rank(period, 0, service))
                                .arg(result.services)
                                .arg(DisplayFormat::percent(result.coverageOf(period, 0, service))));
    }

    // The three strongest and weakest indicators, by score.
    std::vector<std::pair<double, int>> scored;
    for (int i = 0; i < setup.input.tree.indicatorCount(); ++i) {
        const int node = setup.input.tree.nodeOfIndicator(i);
        const double score = result.score(period, node, service);
        if (!std::isnan(score))
            scored.emplace_back(score, node);
    }
    std::sort(scored.begin(), scored.end());
    auto names = [&](auto first, auto last) {
        QStringList list;
        for (auto it = first; it != last; ++it)
            list.append(
                QStringLiteral("%1 %2 (%3)")
                    .arg(setup.nodeCodes[it->second], setup.nodeNames[it->second], locale.toString(it->first, 'f', 0)));
        return list.join(QStringLiteral(" · "));
    };
    const size_t shown = std::min<size_t>(3, scored.size());
    m_strengths->setText(tr("Strongest: %1\nWeakest: %2")
                             .arg(names(scored.rbegin(), scored.rbegin() + static_cast<std::ptrdiff_t>(shown)),
                                  names(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(shown))));
    m_nodes->setScorecard(setup, result, engine::track(setup.input, result, setup.dates), period, service);
    drawRadar(period, service);
    drawTrend(service);
}

void ScorecardView::drawRadar(int period, int service)
{
    const EvaluationSetup& setup = m_evaluation->setup();
    const engine::EvaluationResult& result = m_evaluation->result();
    const auto objectives = setup.input.tree.children(0);
    QStringList axes;
    RadarChart::Series average{tr("average of the services"), averageColour, {}};
    RadarChart::Series own{setup.serviceNames[service], serviceColour, {}};
    for (int node : objectives) {
        axes.append(setup.nodeCodes[node]);
        double sum = 0.0;
        int count = 0;
        for (int s = 0; s < result.services; ++s)
            if (const double x = result.score(period, node, s); !std::isnan(x)) {
                sum += x;
                ++count;
            }
        average.values.append(count > 0 ? sum / count : std::nan(""));
        own.values.append(result.score(period, node, service));
    }
    RadarChart::draw(m_radar, axes, {average, own}, 100.0);
}

bool ScorecardView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_radar && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, [this] { RadarChart::keepRound(m_radar); });
    return QWidget::eventFilter(watched, event);
}

void ScorecardView::drawTrend(int service)
{
    const EvaluationSetup& setup = m_evaluation->setup();
    const engine::EvaluationResult& result = m_evaluation->result();
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int p = 0; p < result.periods; ++p)
        ticker->addTick(p, setup.periodLabels[p]);
    m_trend->xAxis->setTicker(ticker);
    m_trend->xAxis->setRange(-0.3, std::max(1, result.periods - 1) + 0.3);
    const QList<QColor> palette{{0xe6, 0x9f, 0x00}, {0x00, 0x9e, 0x73}, {0xcc, 0x79, 0xa7},
                                {0x56, 0xb4, 0xe9}, {0xd5, 0x5e, 0x00}, {0xf0, 0xe4, 0x42}};
    auto line = [&](int node, const QString& name, const QPen& pen) {
        auto* graph = m_trend->addGraph();
        graph->setName(name);
        graph->setPen(pen);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
        for (int p = 0; p < result.periods; ++p) {
            const double score = result.score(p, node, service);
            graph->addData(p, score); // NaN leaves a gap: no score, no line
        }
    };
    line(0, tr("Overall score"), QPen(serviceColour, 3));
    const auto objectives = setup.input.tree.children(0);
    for (size_t k = 0; k < objectives.size(); ++k)
        line(objectives[k], setup.nodeCodes[objectives[k]], QPen(palette[static_cast<int>(k) % palette.size()], 1.5));
    m_trend->replot();
}

} // namespace balise::ui
