#include "AnalysisReport.h"
#include "MachineText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace balise::cli {
namespace {

QString methodKey(engine::AggregationMethod method)
{
    return method == engine::AggregationMethod::Geometric ? QStringLiteral("geometric") : QStringLiteral("arithmetic");
}

} // namespace

QString AnalysisReport::normalisationKey(const std::optional<engine::NormalisationMethod>& method)
{
    if (!method)
        return QStringLiteral("framework");
    switch (*method) {
    case engine::NormalisationMethod::Goalposts:
        return QStringLiteral("goalposts");
    case engine::NormalisationMethod::MinMax:
        return QStringLiteral("minmax");
    case engine::NormalisationMethod::ZScore:
        return QStringLiteral("zscore");
    case engine::NormalisationMethod::Rank:
        return QStringLiteral("rank");
    }
    return QStringLiteral("framework");
}

void AnalysisReport::writeCsv(QTextStream& out) const
{
    out << "service,nominal_rank,mean_rank,median_rank,q05_rank,q95_rank,p_first\n";
    for (size_t s = 0; s < uncertainty.services.size(); ++s) {
        const auto& r = uncertainty.services[s];
        out << MachineText::csvField(m_setup.serviceNames.value(static_cast<qsizetype>(s))) << ','
            << (r.nominalRank > 0 ? QString::number(r.nominalRank) : QString()) << ','
            << MachineText::csvNumber(r.meanRank) << ',' << MachineText::csvNumber(r.medianRank) << ','
            << MachineText::csvNumber(r.q05Rank) << ',' << MachineText::csvNumber(r.q95Rank) << ','
            << MachineText::number(r.pFirst) << '\n';
    }
}

QJsonObject AnalysisReport::toJson(const QString& projectTitle, const QString& period) const
{
    QJsonArray normalisations;
    for (const auto& method : m_normalisations)
        normalisations.append(normalisationKey(method));
    const QJsonObject options{
        {QStringLiteral("period"), period},
        {QStringLiteral("replications"), m_request.replications},
        {QStringLiteral("weight_noise"), m_request.space.weightNoise},
        {QStringLiteral("seed"), QString::number(m_request.seed)}, // as text: JSON numbers lose bits above 2^53
        {QStringLiteral("threads"), engine::ParallelRuns::threadsFor(m_request.threads, m_request.replications)},
        {QStringLiteral("aggregation"), methodKey(m_model.settings().method)},
        {QStringLiteral("draw_aggregation"), m_request.space.drawAggregation},
        {QStringLiteral("normalizations"), normalisations},
        {QStringLiteral("draw_normalization"), m_request.space.drawNormalisation && m_normalisations.size() > 1},
        {QStringLiteral("minimum_coverage"), m_model.settings().minimumCoverage},
        {QStringLiteral("quantiles"), QStringLiteral("linear interpolation between order statistics (type 7)")},
        {QStringLiteral("ties"), QStringLiteral("competition ranking: tied services share the lowest rank")},
    };
    QJsonArray services;
    for (size_t s = 0; s < uncertainty.services.size(); ++s) {
        const auto& r = uncertainty.services[s];
        services.append(QJsonObject{
            {QStringLiteral("service"), m_setup.serviceNames.value(static_cast<qsizetype>(s))},
            {QStringLiteral("nominal_rank"), r.nominalRank > 0 ? QJsonValue(r.nominalRank) : QJsonValue()},
            {QStringLiteral("mean_rank"), MachineText::jsonNumber(r.meanRank)},
            {QStringLiteral("median_rank"), MachineText::jsonNumber(r.medianRank)},
            {QStringLiteral("q05_rank"), MachineText::jsonNumber(r.q05Rank)},
            {QStringLiteral("q95_rank"), MachineText::jsonNumber(r.q95Rank)},
            {QStringLiteral("p_first"), r.pFirst},
            {QStringLiteral("ranked_replications"), r.rankedReplications},
        });
    }
    QJsonObject root{{QStringLiteral("project"), projectTitle},
                     {QStringLiteral("options"), options},
                     {QStringLiteral("services"), services}};
    if (sensitivity) {
        QJsonArray inputs;
        for (size_t i = 0; i < sensitivityInputs.size(); ++i)
            inputs.append(QJsonObject{
                {QStringLiteral("input"), QString::fromStdString(engine::RankSensitivity::keyOf(sensitivityInputs[i]))},
                {QStringLiteral("first_order"), MachineText::jsonNumber(sensitivity->firstOrder[i])},
                {QStringLiteral("total"), MachineText::jsonNumber(sensitivity->total[i])}});
        root.insert(
            QStringLiteral("sensitivity"),
            QJsonObject{{QStringLiteral("output"), QStringLiteral("mean over services of |rank - nominal rank|")},
                        {QStringLiteral("design"), QStringLiteral("Saltelli; first order: Saltelli 2010, "
                                                                  "total: Jansen")},
                        {QStringLiteral("base_samples"), sensitivity->baseSamples},
                        {QStringLiteral("runs"), sensitivity->evaluations},
                        {QStringLiteral("output_mean"), sensitivity->mean},
                        {QStringLiteral("output_variance"), sensitivity->variance},
                        {QStringLiteral("informative_samples"), sensitivity->informativeSamples},
                        {QStringLiteral("defined"),
                         sensitivity->variance > 0.0 && !std::isnan(sensitivity->firstOrder.front())},
                        {QStringLiteral("inputs"), inputs}});
    }
    if (!uncertainty.parameters.empty()) {
        // Multipliers per node, in the order of "nodes" (the root's, always 1, left out).
        QJsonArray nodes;
        for (int node = 1; node < m_model.nodeCount(); ++node)
            nodes.append(m_setup.nodeCodes.value(node));
        QJsonArray runs;
        for (size_t r = 0; r < uncertainty.parameters.size(); ++r) {
            const auto& p = uncertainty.parameters[r];
            QJsonArray multipliers;
            for (size_t node = 1; node < p.multipliers.size(); ++node)
                multipliers.append(p.multipliers[node]);
            runs.append(QJsonObject{
                {QStringLiteral("replication"), static_cast<qint64>(r)},
                {QStringLiteral("aggregation"), methodKey(p.method)},
                {QStringLiteral("normalization"),
                 normalisationKey(m_normalisations[static_cast<size_t>(p.normalisation)])},
                {QStringLiteral("multipliers"), multipliers},
            });
        }
        root.insert(QStringLiteral("replications"),
                    QJsonObject{{QStringLiteral("nodes"), nodes}, {QStringLiteral("runs"), runs}});
    }
    return root;
}

QString AnalysisReport::drawnSummary() const
{
    const QLocale locale;
    QStringList drawn;
    drawn.append(m_request.space.weightNoise > 0
                     ? tr("weights ±%1 %").arg(locale.toString(100.0 * m_request.space.weightNoise, 'g', 4))
                     : tr("weights fixed"));
    drawn.append(m_request.space.drawAggregation
                     ? tr("aggregation drawn (arithmetic or geometric)")
                     : tr("aggregation fixed (%1)").arg(methodKey(m_model.settings().method)));
    if (m_request.space.drawNormalisation && m_normalisations.size() > 1) {
        QStringList keys;
        for (const auto& method : m_normalisations)
            keys.append(normalisationKey(method));
        drawn.append(tr("normalisation drawn among %1").arg(keys.join(QStringLiteral(", "))));
    } else {
        drawn.append(tr("normalisation fixed (the framework's)"));
    }
    return drawn.join(QStringLiteral("; "));
}

void AnalysisReport::writeTable(QTextStream& out) const
{
    const QLocale locale;
    out << tr("Monte Carlo: %1 replications, seed %2; %3.")
               .arg(locale.toString(m_request.replications), QString::number(m_request.seed), drawnSummary())
        << '\n'
        << tr("Ranks: 1 = best, ties share the lowest rank; the interval holds 90 % of the replications.") << "\n\n";

    std::vector<size_t> order(uncertainty.services.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const int ra = uncertainty.services[a].nominalRank;
        const int rb = uncertainty.services[b].nominalRank;
        return ra > 0 && (rb == 0 || ra < rb);
    });
    int width = static_cast<int>(tr("service").size());
    for (const QString& name : m_setup.serviceNames)
        width = std::max(width, static_cast<int>(name.size()));
    auto decimal = [&](double x) {
        return std::isnan(x) ? QStringLiteral("—") : locale.toString(x, 'f', 1);
    };
    out << QStringLiteral("%1  %2  %3  %4  %5  %6")
               .arg(tr("service"), -width)
               .arg(tr("nominal"), 7)
               .arg(tr("median"), 7)
               .arg(tr("5–95 %"), 13)
               .arg(tr("mean"), 7)
               .arg(tr("P(first)"), 8)
        << '\n';
    for (size_t s : order) {
        const auto& r = uncertainty.services[s];
        const QString interval = std::isnan(r.q05Rank)
                                     ? QStringLiteral("—")
                                     : QStringLiteral("%1 – %2").arg(decimal(r.q05Rank), decimal(r.q95Rank));
        out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                   .arg(m_setup.serviceNames.value(static_cast<qsizetype>(s)), -width)
                   .arg(r.nominalRank > 0 ? QString::number(r.nominalRank) : QStringLiteral("—"), 7)
                   .arg(decimal(r.medianRank), 7)
                   .arg(interval, 13)
                   .arg(decimal(r.meanRank), 7)
                   .arg(locale.toString(100.0 * r.pFirst, 'f', 1) + QStringLiteral(" %"), 8)
            << '\n';
    }
    for (const auto& r : uncertainty.services)
        if (r.nominalRank == 0) {
            out << tr("— : no overall score (too much data missing), so no rank.") << '\n';
            break;
        }
    if (!sensitivity)
        return;
    out << '\n'
        << tr("Sensitivity of the rank shift (mean |rank − nominal rank| = %1 over %2 runs, Saltelli design):")
               .arg(locale.toString(sensitivity->mean, 'f', 2), locale.toString(sensitivity->evaluations))
        << '\n';
    if (sensitivity->variance <= 0.0 || std::isnan(sensitivity->firstOrder.front())) {
        out << tr("The rank shift does not vary: the indices are undefined (no input moves the ranking).") << '\n';
        return;
    }
    if (sensitivity->informativeSamples < engine::SaltelliResult::fewInformativeSamples)
        out << tr("The ranking moved in only %1 of the %2 base samples: these indices rest on too few runs to be "
                  "trusted (they may even leave the range 0–1). Raise N for firmer figures.")
                   .arg(locale.toString(sensitivity->informativeSamples), locale.toString(sensitivity->baseSamples))
            << '\n';
    out << QStringLiteral("%1  %2  %3").arg(tr("input"), -14).arg(tr("first order"), 12).arg(tr("total"), 8) << '\n';
    for (size_t i = 0; i < sensitivityInputs.size(); ++i)
        out << QStringLiteral("%1  %2  %3")
                   .arg(QString::fromStdString(engine::RankSensitivity::keyOf(sensitivityInputs[i])), -14)
                   .arg(locale.toString(sensitivity->firstOrder[i], 'f', 3), 12)
                   .arg(locale.toString(sensitivity->total[i], 'f', 3), 8)
            << '\n';
}

} // namespace balise::cli
