#include "OneAtATimeReport.h"
#include "MachineText.h"

#include <QJsonArray>
#include <QLocale>
#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace balise::cli {
namespace {

// Node names can be long sentences; the table keeps the first words.
constexpr int maxLabelWidth = 40;
const std::array<const char*, 2> directionKeys{"minus", "plus"};

} // namespace

double OneAtATimeReport::swing(int k) const
{
    double widest = 0.0;
    for (int s = 0; s < m_result.services; ++s) {
        const double down = m_result.scoreChange[m_result.index(k, 0, s)];
        const double up = m_result.scoreChange[m_result.index(k, 1, s)];
        if (!std::isnan(down) && !std::isnan(up))
            widest = std::max(widest, std::abs(up - down));
    }
    return widest;
}

void OneAtATimeReport::writeCsv(QTextStream& out) const
{
    out << "node,level,direction,service,score_change,rank_change\n";
    for (size_t k = 0; k < m_result.nodes.size(); ++k) {
        const int node = m_result.nodes[k];
        for (int direction = 0; direction < 2; ++direction)
            for (int s = 0; s < m_result.services; ++s) {
                const size_t at = m_result.index(static_cast<int>(k), direction, s);
                out << MachineText::csvField(m_setup.nodeCodes.value(node)) << ',' << m_setup.nodeLevels.value(node)
                    << ',' << directionKeys[static_cast<size_t>(direction)] << ','
                    << MachineText::csvField(m_setup.serviceNames.value(s)) << ','
                    << MachineText::csvNumber(m_result.scoreChange[at]) << ','
                    << MachineText::csvNumber(m_result.rankChange[at]) << '\n';
            }
    }
}

QJsonObject OneAtATimeReport::toJson() const
{
    QJsonArray nominal;
    for (int s = 0; s < m_result.services; ++s)
        nominal.append(QJsonObject{
            {QStringLiteral("service"), m_setup.serviceNames.value(s)},
            {QStringLiteral("score"), MachineText::jsonNumber(m_result.nominalScores[static_cast<size_t>(s)])},
            {QStringLiteral("rank"), m_result.nominalRanks[static_cast<size_t>(s)] > 0
                                         ? QJsonValue(m_result.nominalRanks[static_cast<size_t>(s)])
                                         : QJsonValue()}});
    QJsonArray nodes;
    for (size_t k = 0; k < m_result.nodes.size(); ++k) {
        const int node = m_result.nodes[k];
        QJsonObject entry{{QStringLiteral("node"), m_setup.nodeCodes.value(node)},
                          {QStringLiteral("level"), m_setup.nodeLevels.value(node)},
                          {QStringLiteral("swing"), swing(static_cast<int>(k))}};
        for (int direction = 0; direction < 2; ++direction) {
            QJsonArray changes;
            for (int s = 0; s < m_result.services; ++s) {
                const size_t at = m_result.index(static_cast<int>(k), direction, s);
                changes.append(
                    QJsonObject{{QStringLiteral("service"), m_setup.serviceNames.value(s)},
                                {QStringLiteral("score_change"), MachineText::jsonNumber(m_result.scoreChange[at])},
                                {QStringLiteral("rank_change"), MachineText::jsonNumber(m_result.rankChange[at])}});
            }
            entry.insert(QLatin1String(directionKeys[static_cast<size_t>(direction)]), changes);
        }
        nodes.append(entry);
    }
    return QJsonObject{{QStringLiteral("change"), m_result.change},
                       {QStringLiteral("rule"), QStringLiteral("each weight in turn times 1 - change and 1 + change, "
                                                               "siblings renormalised; overall score and rank")},
                       {QStringLiteral("nominal"), nominal},
                       {QStringLiteral("nodes"), nodes}};
}

void OneAtATimeReport::writeTable(QTextStream& out) const
{
    const QLocale locale;
    const QString percent = locale.toString(100.0 * m_result.change, 'g', 4);
    out << tr("One weight at a time, ±%1 % (siblings renormalised): change of the overall scores, in points, "
              "and of the ranks.")
               .arg(percent)
        << '\n';

    std::vector<int> order(m_result.nodes.size());
    std::iota(order.begin(), order.end(), 0);
    std::vector<double> swings(order.size());
    for (int k : order)
        swings[static_cast<size_t>(k)] = swing(k);
    // The tornado's order: the widest swing first; equal swings keep the framework's order.
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return swings[static_cast<size_t>(a)] > swings[static_cast<size_t>(b)]; });

    auto range = [&](int k, int direction) {
        double lo = std::numeric_limits<double>::infinity();
        double hi = -lo;
        for (int s = 0; s < m_result.services; ++s) {
            const double change = m_result.scoreChange[m_result.index(k, direction, s)];
            if (!std::isnan(change)) {
                lo = std::min(lo, change);
                hi = std::max(hi, change);
            }
        }
        if (lo > hi)
            return QStringLiteral("—");
        auto signedPoints = [&](double x) {
            const QString text = locale.toString(std::abs(x) < 0.05 ? 0.0 : x, 'f', 1);
            return x >= 0.05 ? QLatin1Char('+') + text : text;
        };
        return hi - lo < 0.05 ? signedPoints(lo) : tr("%1 to %2").arg(signedPoints(lo), signedPoints(hi));
    };
    auto rankMoves = [&](int k) {
        int moved = 0;
        double widest = 0.0;
        for (int s = 0; s < m_result.services; ++s) {
            bool moves = false;
            for (int direction = 0; direction < 2; ++direction) {
                const double change = m_result.rankChange[m_result.index(k, direction, s)];
                if (!std::isnan(change) && change != 0.0) {
                    moves = true;
                    widest = std::max(widest, std::abs(change));
                }
            }
            moved += moves;
        }
        return moved == 0 ? tr("none") : tr("%n service(s), up to %1 place(s)", nullptr, moved).arg(widest);
    };

    QList<QStringList> rows{{tr("weight moved"), tr("−%1 %").arg(percent), tr("+%1 %").arg(percent), tr("ranks")}};
    for (int k : order) {
        const int node = m_result.nodes[static_cast<size_t>(k)];
        QString label = m_setup.nodeCodes.value(node) + QLatin1Char(' ') + m_setup.nodeNames.value(node);
        if (label.size() > maxLabelWidth)
            label = label.left(maxLabelWidth - 1).trimmed() + QChar(0x2026); // …
        rows.append({label, range(k, 0), range(k, 1), rankMoves(k)});
    }
    QList<qsizetype> widths(4, 0);
    for (const QStringList& row : rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += (c > 0 ? QStringLiteral("  ") : QString()) +
                    (c == 0 || c == 3 ? row[c].leftJustified(widths[c]) : row[c].rightJustified(widths[c]));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << '\n';
    }
}

} // namespace balise::cli
