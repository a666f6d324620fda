#include "ComparisonView.h"

#include "AdequacyModel.h"
#include "ChartColours.h"
#include "ChartMenu.h"
#include "ProjectEvaluation.h"
#include "QCustomPlotHeader.h"
#include "RankHistoryModel.h"
#include "ScoreTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <cmath>

namespace balise::ui {

ComparisonView::ComparisonView(QWidget* parent)
    : QWidget(parent), m_model(new ScoreTableModel(this)), m_periods(new QComboBox(this)), m_table(new QTreeView(this)),
      m_chart(new QCustomPlot(this)), m_rankHistory(new RankHistoryModel(this)), m_adequacy(new AdequacyModel(this))
{
    setObjectName(QStringLiteral("comparisonView"));
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_periods);
    m_periods->setObjectName(QStringLiteral("comparisonPeriod"));
    m_periods->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* legend = new QLabel(tr("Score out of 100 · #rank among the services · (share of the weight measured, "
                                 "when not all) · background: traffic light"),
                              this);
    legend->setTextFormat(Qt::PlainText);
    legend->setStyleSheet(QStringLiteral("color: #555;"));
    auto* top = new QHBoxLayout;
    top->setContentsMargins(6, 6, 6, 6);
    top->addWidget(periodLabel);
    top->addWidget(m_periods);
    top->addSpacing(16);
    top->addWidget(legend, 1);

    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setModel(m_model);
    m_table->setUniformRowHeights(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->header()->setDefaultSectionSize(200);
    m_table->header()->resizeSection(0, 420);

    m_chart->setObjectName(QStringLiteral("comparisonChart"));
    ChartMenu::install(m_chart);
    m_chart->setMinimumHeight(220);
    // The legend in a row of its own under the chart: inside, it would hide the bars near 100.
    m_chart->legend->setVisible(true);
    m_chart->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_chart->legend->setBorderPen(Qt::NoPen);
    m_chart->axisRect()->insetLayout()->take(m_chart->legend);
    m_chart->plotLayout()->addElement(1, 0, m_chart->legend);
    m_chart->plotLayout()->setRowStretchFactor(1, 0.001);
    m_chart->yAxis->setRange(0, 100);
    m_chart->yAxis->setLabel(tr("Score (0–100)"));
    m_chart->xAxis->setLabel(tr("Objectives"));

    auto* ranks = new QTableView(this);
    ranks->setObjectName(QStringLiteral("rankHistory"));
    ranks->setModel(m_rankHistory);
    ranks->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* lower = new QTabWidget(this);
    lower->addTab(m_chart, tr("Scores by objective"));
    lower->addTab(ranks, tr("Ranks over the periods"));
    auto* adequacy = new QTableView(this);
    adequacy->setObjectName(QStringLiteral("adequacyTable"));
    adequacy->setModel(m_adequacy);
    adequacy->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    adequacy->setToolTip(tr("From each operator's answers to the scored questions of the questionnaire, out of 100"));
    lower->addTab(adequacy, tr("Adequacy to the needs"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_periods, &QComboBox::activated, this, [this](int index) { m_model->setPeriodIndex(index); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->expandToDepth(0);
        fillPeriods();
        redrawChart();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ComparisonView::redrawChart);
}

ComparisonView::~ComparisonView() = default;

void ComparisonView::setEvaluation(ProjectEvaluation* evaluation)
{
    m_evaluation = evaluation;
    m_model->setEvaluation(evaluation);
    m_rankHistory->setEvaluation(evaluation);
    m_adequacy->setProject(evaluation ? &evaluation->project() : nullptr);
}

void ComparisonView::fillPeriods()
{
    m_periods->clear();
    if (!m_evaluation || !m_evaluation->isAvailable())
        return;
    m_periods->addItems(m_evaluation->setup().periodLabels);
    m_periods->setCurrentIndex(m_model->periodIndex());
}

void ComparisonView::redrawChart()
{
    m_chart->clearPlottables();
    const QModelIndex overall = m_model->index(0, 0);
    const int objectives = m_model->rowCount(overall);
    const int services = m_model->columnCount() - 1;
    if (objectives == 0 || services <= 0) {
        m_chart->replot();
        return;
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int o = 0; o < objectives; ++o) {
        // The code only: objectives' names are sentences, and the table beside names them.
        const QString label = m_model->index(o, 0, overall).data().toString().section(QLatin1Char(' '), 0, 0);
        ticker->addTick(o + 1, label);
    }
    m_chart->xAxis->setTicker(ticker);
    m_chart->xAxis->setRange(0.4, objectives + 0.6);
    auto* group = new QCPBarsGroup(m_chart);
    const double width = 0.8 / services;
    for (int s = 0; s < services; ++s) {
        auto* bars = new QCPBars(m_chart->xAxis, m_chart->yAxis);
        bars->setName(m_model->headerData(s + 1, Qt::Horizontal).toString());
        const QColor color = serviceColour(s);
        bars->setBrush(color);
        bars->setPen(QPen(color.darker(130)));
        bars->setWidth(width);
        bars->setBarsGroup(group);
        QVector<double> keys;
        QVector<double> values;
        for (int o = 0; o < objectives; ++o) {
            const double score = m_model->index(o, s + 1, overall).data(ScoreTableModel::ScoreRole).toDouble();
            if (std::isnan(score))
                continue; // insufficient data: no bar rather than a bar at 0
            keys.append(o + 1);
            values.append(score);
        }
        bars->setData(keys, values, true);
    }
    m_chart->replot();
}

} // namespace balise::ui
