#include "SensitivityView.h"

#include "ChartColours.h"
#include "ChartMenu.h"
#include "CoalescedRefresh.h"
#include "CompositeModel.h"
#include "EditorWidgets.h"
#include "ProjectEvaluation.h"
#include "QCustomPlotHeader.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace balise::ui {
namespace {

// The tornado shows the nodes that move the score most; the rest add nothing to read.
constexpr int shownNodes = 15;

} // namespace

SensitivityView::SensitivityView(QWidget* parent)
    : QWidget(parent), m_period(new QComboBox(this)), m_service(new QComboBox(this)), m_change(new QSpinBox(this)),
      m_tornado(new QCustomPlot(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("sensitivityView"));
    m_refresh = new CoalescedRefresh(this, [this] {
        fillChoices();
        recompute();
    });
    m_change->setRange(1, 90);
    m_change->setValue(20);
    m_change->setPrefix(QStringLiteral("± "));
    m_change->setSuffix(QStringLiteral(" %"));
    auto* top = new QHBoxLayout;
    auto addLabelled = [&](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        top->addWidget(label);
        top->addWidget(field);
        top->addSpacing(12);
    };
    addLabelled(tr("&Service:"), m_service);
    addLabelled(tr("&Period:"), m_period);
    addLabelled(tr("&Each weight moved by:"), m_change);
    top->addStretch();
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_tornado->setObjectName(QStringLiteral("tornado"));
    m_tornado->setMinimumHeight(260);
    m_tornado->xAxis->setLabel(tr("Change of the overall score, in points"));
    m_tornado->legend->setVisible(true);
    m_tornado->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    ChartMenu::install(m_tornado);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tornado, 1);
    layout->addWidget(m_summary);

    connect(m_period, &QComboBox::activated, this, &SensitivityView::recompute);
    connect(m_change, &QSpinBox::valueChanged, this, &SensitivityView::recompute);
    connect(m_service, &QComboBox::activated, this, &SensitivityView::redraw);
}

SensitivityView::~SensitivityView() = default;

void SensitivityView::setEvaluation(ProjectEvaluation* evaluation)
{
    if (m_evaluation)
        disconnect(m_evaluation, nullptr, this, nullptr);
    m_evaluation = evaluation;
    if (m_evaluation) {
        connect(m_evaluation, &ProjectEvaluation::stale, m_refresh, &CoalescedRefresh::request);
        connect(m_evaluation, &QObject::destroyed, this, [this] { m_evaluation = nullptr; });
    }
    fillChoices();
    recompute();
}

void SensitivityView::setChange(int percent)
{
    m_change->setValue(percent);
    recompute();
}

void SensitivityView::showService(int service)
{
    m_service->setCurrentIndex(service);
    redraw();
}

void SensitivityView::fillChoices()
{
    const bool available = m_evaluation && m_evaluation->isAvailable();
    EditorWidgets::refill(m_service, available ? m_evaluation->setup().serviceNames : QStringList(), false);
    EditorWidgets::refill(m_period, available ? m_evaluation->setup().periodLabels : QStringList(), true);
}

void SensitivityView::recompute()
{
    m_result = {};
    m_nodeLabels.clear();
    if (m_evaluation && m_evaluation->isAvailable() && m_period->currentIndex() >= 0) {
        const EvaluationSetup& setup = m_evaluation->setup();
        const auto model =
            engine::CompositeModel::fromEvaluation(setup.input, m_period->currentIndex(), {std::nullopt});
        m_result = engine::OneAtATime(model).run(m_change->value() / 100.0);
        for (int node : m_result.nodes)
            m_nodeLabels.append(setup.nodeCodes.value(node));
    }
    redraw();
}

void SensitivityView::redraw()
{
    m_tornado->clearPlottables();
    const int service = m_service->currentIndex();
    if (m_result.nodes.empty() || service < 0 || service >= m_result.services) {
        m_summary->setText(m_evaluation ? m_evaluation->unavailableReason() : QString());
        m_tornado->replot();
        return;
    }
    // The nodes by how far moving them moves this service's score, widest first.
    std::vector<int> order(m_result.nodes.size());
    std::iota(order.begin(), order.end(), 0);
    auto change = [&](int k, int direction) {
        const double x = m_result.scoreChange[m_result.index(k, direction, service)];
        return std::isnan(x) ? 0.0 : x;
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return std::abs(change(a, 1) - change(a, 0)) > std::abs(change(b, 1) - change(b, 0));
    });
    const int shown = std::min<int>(shownNodes, static_cast<int>(order.size()));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QVector<double> keys, minus, plus;
    double extent = 0.1;
    for (int r = 0; r < shown; ++r) {
        const int k = order[static_cast<size_t>(r)];
        const double y = shown - r; // widest at the top
        ticker->addTick(y, m_nodeLabels[k]);
        keys.append(y);
        minus.append(change(k, 0));
        plus.append(change(k, 1));
        extent = std::max({extent, std::abs(change(k, 0)), std::abs(change(k, 1))});
    }
    const QLocale locale;
    const QString percent = locale.toString(m_change->value());
    auto bars = [&](const QVector<double>& values, const QString& name, const QColor& colour) {
        auto* b = new QCPBars(m_tornado->yAxis, m_tornado->xAxis); // horizontal: keys on the vertical axis
        b->setName(name);
        b->setWidth(0.7);
        b->setBrush(colour);
        b->setPen(QPen(colour.darker(130)));
        b->setData(keys, values, true);
    };
    bars(minus, tr("weight −%1 %").arg(percent), serviceColour(1));
    bars(plus, tr("weight +%1 %").arg(percent), serviceColour(0));
    m_tornado->yAxis->setTicker(ticker);
    m_tornado->yAxis->setRange(0.3, shown + 0.7);
    m_tornado->xAxis->setRange(-extent * 1.15, extent * 1.15);
    m_tornado->replot();

    // Rank changes: how many services change place at all, for any weight and direction.
    int moving = 0;
    for (int s = 0; s < m_result.services; ++s) {
        bool moves = false;
        for (size_t k = 0; k < m_result.nodes.size() && !moves; ++k)
            for (int d = 0; d < 2 && !moves; ++d) {
                const double r = m_result.rankChange[m_result.index(static_cast<int>(k), d, s)];
                moves = !std::isnan(r) && r != 0.0;
            }
        moving += moves;
    }
    m_summary->setText(
        moving == 0
            ? tr("No single weight moved by ±%1 % changes the ranking of the services.").arg(percent)
            : tr("Moving one weight by ±%1 % changes the place of %n service(s) in the ranking.", nullptr, moving)
                  .arg(percent));
}

} // namespace balise::ui
