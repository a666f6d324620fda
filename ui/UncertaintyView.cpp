#include "UncertaintyView.h"

#include "ChartMenu.h"
#include "EditorWidgets.h"

#include "DisplayFormat.h"
#include "ProjectEvaluation.h"
#include "QCustomPlotHeader.h"
#include "RankStatisticsModel.h"
#include "ReplicationsModel.h"
#include "UncertaintyRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>
#include <cmath>

namespace balise::ui {
namespace {

// Replications × nodes multipliers kept for the list of replications: 5 million doubles, 40 MB.
constexpr double maxListedMultipliers = 5e6;

QString inputName(engine::RankSensitivity::Input input)
{
    switch (input) {
    case engine::RankSensitivity::Input::Weights:
        return UncertaintyView::tr("weights");
    case engine::RankSensitivity::Input::Aggregation:
        return UncertaintyView::tr("aggregation method");
    case engine::RankSensitivity::Input::Normalisation:
        return UncertaintyView::tr("normalisation");
    }
    return {};
}

} // namespace

UncertaintyView::UncertaintyView(QWidget* parent)
    : QWidget(parent), m_runner(new UncertaintyRunner(this)), m_model(new RankStatisticsModel(this)),
      m_replicationList(new ReplicationsModel(this)), m_period(new QComboBox(this)), m_replications(new QSpinBox(this)),
      m_noise(new QSpinBox(this)), m_seed(new QSpinBox(this)),
      m_drawAggregation(new QCheckBox(tr("Draw the aggregation (arithmetic or "
                                         "geometric mean)"),
                                      this)),
      m_drawNormalisation(new QCheckBox(tr("Draw the normalisation"), this)),
      m_sensitivity(new QCheckBox(tr("Sensitivity indices (Saltelli)"), this)),
      m_run(new QPushButton(tr("&Run"), this)), m_cancel(new QPushButton(tr("&Cancel"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_table(new QTableView(this)),
      m_indices(new QLabel(this)), m_chart(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("uncertaintyView"));
    m_replications->setRange(10, 1'000'000);
    m_replications->setSingleStep(1000);
    m_replications->setValue(1000);
    m_replications->setGroupSeparatorShown(true);
    m_noise->setRange(0, 95);
    m_noise->setValue(25);
    m_noise->setPrefix(QStringLiteral("± "));
    m_noise->setSuffix(QStringLiteral(" %"));
    m_seed->setRange(0, 999'999'999);
    m_seed->setValue(1);
    m_drawAggregation->setChecked(true);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel->setEnabled(false);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_indices->setTextFormat(Qt::PlainText);
    m_indices->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Replications:"), m_replications);
    form->addRow(tr("&Weight noise:"), m_noise);
    form->addRow(tr("&Seed:"), m_seed);
    auto* options = new QVBoxLayout;
    options->addWidget(m_drawAggregation);
    options->addWidget(m_drawNormalisation);
    options->addWidget(m_sensitivity);
    options->addStretch();
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto* top = new QHBoxLayout;
    top->addLayout(form);
    top->addSpacing(24);
    top->addLayout(options);
    top->addStretch();
    top->addLayout(buttons);

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("rankStatistics"));
    m_table->verticalHeader()->hide();
    // Service names in full: they are what the reader looks for.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_chart->setObjectName(QStringLiteral("rankIntervals"));
    ChartMenu::install(m_chart);
    m_chart->setMinimumHeight(200);
    m_chart->xAxis->setLabel(tr("Rank (1 = best)"));
    // Ranks are whole places.
    QSharedPointer<QCPAxisTickerFixed> places(new QCPAxisTickerFixed);
    places->setTickStep(1.0);
    places->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_chart->xAxis->setTicker(places);

    auto* results = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(results);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_indices);
    results->addWidget(left);
    auto* right = new QTabWidget(results);
    right->addTab(m_chart, tr("Rank intervals"));
    auto* replications = new QTableView(right);
    replications->setObjectName(QStringLiteral("replicationsTable"));
    replications->setModel(m_replicationList);
    replications->verticalHeader()->hide();
    replications->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    right->addTab(replications, tr("Replications"));
    results->addWidget(right);
    results->setSizes({640, 360});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(results, 1);

    connect(m_run, &QPushButton::clicked, this, &UncertaintyView::run);
    connect(m_cancel, &QPushButton::clicked, this, &UncertaintyView::cancel);
    connect(m_runner, &UncertaintyRunner::progressed, this,
            [this](double share) { m_progress->setValue(static_cast<int>(std::lround(share * 1000))); });
    connect(m_runner, &UncertaintyRunner::finished, this, [this](const UncertaintyOutcome& outcome) {
        setRunning(false);
        showOutcome(outcome);
        m_status->setText(tr("Results of %1, period %2: %3 replications.")
                              .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat), outcome.periodLabel,
                                   QLocale().toString(outcome.monteCarlo.completedReplications)));
    });
    connect(m_runner, &UncertaintyRunner::cancelled, this, [this] {
        setRunning(false);
        m_status->setText(m_model->hasOutcome() ? tr("Cancelled: the previous results are still shown.")
                                                : tr("Cancelled."));
    });
    connect(m_runner, &UncertaintyRunner::failed, this, [this](const QString& message) {
        setRunning(false);
        m_status->setText(message);
    });
}

UncertaintyView::~UncertaintyView() = default;

void UncertaintyView::setEvaluation(ProjectEvaluation* evaluation)
{
    if (m_evaluation)
        disconnect(m_evaluation, nullptr, this, nullptr);
    m_runner->cancel();
    m_evaluation = evaluation;
    m_current.reset();
    m_model->setOutcome({});
    m_status->clear();
    m_indices->clear();
    redrawChart();
    if (m_evaluation) {
        connect(m_evaluation, &ProjectEvaluation::stale, this, [this] {
            fillPeriods();
            m_current.reset();
            if (m_model->hasOutcome() && !m_runner->isRunning())
                m_status->setText(tr("The project has changed since these results: run the analysis again to "
                                     "update them."));
        });
        connect(m_evaluation, &QObject::destroyed, this, [this] { m_evaluation = nullptr; });
    }
    fillPeriods();
}

void UncertaintyView::fillPeriods()
{
    const bool available = m_evaluation && m_evaluation->isAvailable();
    EditorWidgets::refill(m_period, available ? m_evaluation->setup().periodLabels : QStringList(), true);
}

UncertaintyRequest UncertaintyView::request() const
{
    UncertaintyRequest request;
    request.period = m_period->currentIndex();
    request.replications = m_replications->value();
    request.space.weightNoise = m_noise->value() / 100.0;
    request.space.drawAggregation = m_drawAggregation->isChecked();
    request.space.drawNormalisation = m_drawNormalisation->isChecked();
    request.seed = static_cast<std::uint64_t>(m_seed->value());
    request.sensitivity = m_sensitivity->isChecked();
    // Every replication's parameters are kept for listing, as long as they stay small (40 MB at most).
    const int nodes = m_evaluation && m_evaluation->isAvailable() ? m_evaluation->setup().input.tree.nodeCount() : 1;
    request.listReplications = static_cast<double>(request.replications) * nodes <= maxListedMultipliers;
    return request;
}

void UncertaintyView::setReplications(int replications)
{
    m_replications->setValue(replications);
}

bool UncertaintyView::isRunning() const
{
    return m_runner->isRunning();
}

void UncertaintyView::run()
{
    if (!m_evaluation || !m_evaluation->isAvailable()) {
        m_status->setText(m_evaluation ? m_evaluation->unavailableReason() : QString());
        return;
    }
    QString why;
    if (!m_runner->start(m_evaluation->setup(), request(), &why)) {
        m_status->setText(why);
        return;
    }
    setRunning(true);
    m_status->setText(tr("Running…"));
}

void UncertaintyView::runInForeground()
{
    if (!m_evaluation || !m_evaluation->isAvailable())
        return;
    const UncertaintyRequest asked = request();
    if (!UncertaintyAnalysis::refusal(m_evaluation->setup(), asked).isEmpty())
        return;
    const UncertaintyOutcome outcome = UncertaintyAnalysis::run(m_evaluation->setup(), asked);
    showOutcome(outcome);
    m_status->setText(tr("Period %1: %2 replications.")
                          .arg(outcome.periodLabel, QLocale().toString(outcome.monteCarlo.completedReplications)));
}

void UncertaintyView::cancel()
{
    m_runner->cancel();
}

void UncertaintyView::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setValue(0);
    m_progress->setVisible(running);
}

void UncertaintyView::showOutcome(const UncertaintyOutcome& outcome)
{
    m_current = outcome.cancelled ? nullptr : std::make_unique<UncertaintyOutcome>(outcome);
    m_model->setOutcome(outcome);
    m_replicationList->setOutcome(outcome);
    redrawChart();
    if (!outcome.sensitivity) {
        m_indices->clear();
        return;
    }
    const engine::SaltelliResult& s = *outcome.sensitivity;
    QStringList lines{tr("How much each uncertain input moves the ranking (first-order and total indices, "
                         "0 to 1):")};
    if (s.variance <= 0.0 || std::isnan(s.firstOrder.front())) {
        lines.append(tr("The ranking never moves: the indices are undefined."));
    } else {
        for (size_t i = 0; i < outcome.sensitivityInputs.size(); ++i)
            lines.append(tr("%1: %2 alone, %3 with its interactions")
                             .arg(inputName(outcome.sensitivityInputs[i]), QLocale().toString(s.firstOrder[i], 'f', 2),
                                  QLocale().toString(s.total[i], 'f', 2)));
        if (s.informativeSamples < engine::SaltelliResult::fewInformativeSamples)
            lines.append(tr("The ranking moved in only %1 of %2 samples: these indices are imprecise; raise the "
                            "number of replications.")
                             .arg(s.informativeSamples)
                             .arg(s.baseSamples));
    }
    m_indices->setText(lines.join(QLatin1Char('\n')));
}

void UncertaintyView::redrawChart()
{
    m_chart->clearPlottables();
    const int rows = m_model->rowCount();
    if (rows == 0) {
        m_chart->replot();
        return;
    }
    // One row per service, best at the top: the median as a dot, the 5–95 % interval as a bar. The graph
    // runs along the vertical axis (its keys are the rows, in ascending order, as a graph wants them),
    // and the interval is an error on its values, the ranks.
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    auto* medians = new QCPGraph(m_chart->yAxis, m_chart->xAxis);
    medians->setLineStyle(QCPGraph::lsNone);
    medians->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0x00, 0x72, 0xb2), 8));
    medians->setName(tr("median rank"));
    auto* intervals = new QCPErrorBars(m_chart->yAxis, m_chart->xAxis);
    intervals->setErrorType(QCPErrorBars::etValueError);
    intervals->setPen(QPen(QColor(0x00, 0x72, 0xb2), 2));
    intervals->setName(tr("5–95 % interval"));
    QVector<double> keys, values, minus, plus;
    const auto& services = m_model->outcome().monteCarlo.services;
    for (int row = rows - 1; row >= 0; --row) {
        const int s = m_model->serviceAt(row);
        const auto& r = services[static_cast<size_t>(s)];
        const double y = rows - row; // best at the top
        ticker->addTick(y, m_model->outcome().serviceNames.value(s));
        if (std::isnan(r.medianRank))
            continue;
        keys.append(y);
        values.append(r.medianRank);
        minus.append(r.medianRank - r.q05Rank);
        plus.append(r.q95Rank - r.medianRank);
    }
    medians->setData(keys, values, true);
    intervals->setDataPlottable(medians);
    intervals->setData(minus, plus);
    m_chart->yAxis->setTicker(ticker);
    m_chart->yAxis->setRange(0.5, rows + 0.5);
    m_chart->xAxis->setRange(0.5, services.size() + 0.5);
    m_chart->replot();
}

} // namespace balise::ui
