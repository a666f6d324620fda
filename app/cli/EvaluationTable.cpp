#include "EvaluationTable.h"

#include <QLocale>
#include <cmath>

namespace balise::cli {
namespace {

// Node names can be long sentences; the table keeps the first words so the service columns fit.
constexpr int maxLabelWidth = 44;
constexpr int columnGap = 2;
// Up to this many services are shown side by side; more are listed one per line.
constexpr int maxServiceColumns = 4;

} // namespace

EvaluationTable::EvaluationTable(const EvaluationSetup& setup, const engine::EvaluationResult& result)
    : m_setup(setup), m_result(result)
{}

QString EvaluationTable::cell(int period, int node, int service) const
{
    const QLocale locale;
    const double score = m_result.score(period, node, service);
    const double coverage = m_result.coverageOf(period, node, service);
    // Coverage is worth a mention only when part of the weight was not measured; rounded down so that
    // 99.6 % never reads as 100 %.
    const QString measured = coverage < 1.0 - 1e-9
                                 ? tr(" (%1 %)").arg(locale.toString(std::floor(coverage * 100.0 + 1e-7), 'f', 0))
                                 : QString();
    if (std::isnan(score))
        return tr("insufficient") + measured;
    QString light;
    switch (m_result.light(period, node, service)) {
    case engine::Light::Red:
        light = tr("red");
        break;
    case engine::Light::Amber:
        light = tr("amber");
        break;
    case engine::Light::Green:
        light = tr("green");
        break;
    case engine::Light::Insufficient:
        break;
    }
    return tr("%1 %2 #%3").arg(locale.toString(score, 'f', 1), light).arg(m_result.rank(period, node, service)) +
           measured;
}

QString EvaluationTable::nodeLabel(int node) const
{
    if (node == 0)
        return tr("Overall score");
    QString label = m_setup.nodeCodes[node] + QLatin1Char(' ') + m_setup.nodeNames[node];
    if (label.size() > maxLabelWidth)
        label = label.left(maxLabelWidth - 1).trimmed() + QChar(0x2026); // …
    return label;
}

void EvaluationTable::writeGrid(QTextStream& out, const QList<QStringList>& grid)
{
    QList<qsizetype> widths;
    for (const QStringList& row : grid)
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c >= widths.size())
                widths.append(0);
            widths[c] = std::max(widths[c], row[c].size());
        }
    for (const QStringList& row : grid) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += (c > 0 ? QString(columnGap, QLatin1Char(' ')) : QString()) + row[c].leftJustified(widths[c]);
        // Trailing spaces help nobody and upset diff tools.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << '\n';
    }
}

void EvaluationTable::writePeriod(QTextStream& out, int period) const
{
    QList<int> nodes{0};
    for (int child : m_setup.input.tree.children(0))
        nodes.append(child);
    out << tr("Period %1").arg(m_setup.periodLabels[period]) << '\n';
    QList<QStringList> grid;
    if (m_result.services <= maxServiceColumns) {
        // Few services: one column each, one row per objective with its name.
        grid.append(QStringList{QString()} + m_setup.serviceNames);
        for (int node : nodes) {
            QStringList row{nodeLabel(node)};
            for (int s = 0; s < m_result.services; ++s)
                row.append(cell(period, node, s));
            grid.append(row);
        }
        writeGrid(out, grid);
        return;
    }
    // Many services: one row each, one column per objective named by its code (the names follow).
    QStringList header{QString(), tr("Overall")};
    for (int n = 1; n < nodes.size(); ++n)
        header.append(m_setup.nodeCodes[nodes[n]]);
    grid.append(header);
    for (int s = 0; s < m_result.services; ++s) {
        QStringList row{m_setup.serviceNames[s]};
        for (int node : nodes)
            row.append(cell(period, node, s));
        grid.append(row);
    }
    writeGrid(out, grid);
    QStringList names;
    for (int n = 1; n < nodes.size(); ++n)
        names.append(nodeLabel(nodes[n]));
    out << names.join(QStringLiteral("; ")) << '\n';
}

void EvaluationTable::writeNotes(QTextStream& out, int period) const
{
    QStringList fallback;
    QStringList constant;
    for (int i = 0; i < m_result.indicators; ++i) {
        const auto& note = m_result.note(period, i);
        const QString code = m_setup.nodeCodes[m_setup.input.tree.nodeOfIndicator(i)];
        if (note.fellBackToMinMax)
            fallback.append(code);
        if (note.nonDiscriminating)
            constant.append(code);
    }
    if (!fallback.isEmpty())
        out << tr("Scored by min-max across the services, for want of a baseline and a target: %1.")
                   .arg(fallback.join(QStringLiteral(", ")))
            << '\n';
    if (!constant.isEmpty())
        out << tr("Same value for every service, so it cannot tell them apart (scored 50): %1.")
                   .arg(constant.join(QStringLiteral(", ")))
            << '\n';
}

void EvaluationTable::write(QTextStream& out, const QString& projectTitle) const
{
    const QLocale locale;
    const engine::EvaluationInput& input = m_setup.input;
    out << tr("%1: %n data service(s) scored on the framework", nullptr, m_result.services).arg(projectTitle) << '\n';
    const QString normalization =
        m_setup.normalizationOverride
            ? tr("%1 for every quantitative indicator").arg(labelOf(*m_setup.normalizationOverride))
            : tr("each indicator's own (project default: %1)").arg(labelOf(m_setup.defaultNormalization));
    out << tr("Normalization: %1. Aggregation: %2.").arg(normalization, labelOf(m_setup.aggregation)) << '\n';
    out << tr("Lights: red below %1, amber from %1, green from %2. #: rank among the services. (n %): share of the "
              "weight measured, when not all; a score needs %3 %.")
               .arg(locale.toString(input.redBelow.empty() ? 40.0 : input.redBelow[0]),
                    locale.toString(input.greenFrom.empty() ? 70.0 : input.greenFrom[0]),
                    locale.toString(input.aggregation.minimumCoverage * 100.0))
        << '\n';
    for (int p = 0; p < m_result.periods; ++p) {
        out << '\n';
        writePeriod(out, p);
        writeNotes(out, p);
    }
    out << '\n' << tr("Every node's score, coverage, light and rank: add --format csv or --format json.") << '\n';
}

} // namespace balise::cli
