#include "EvaluationExport.h"
#include "LightKey.h"
#include "MachineText.h"

#include <cmath>

namespace balise::cli {
namespace {

QString jsonStrings(const QStringList& list)
{
    QStringList quoted;
    for (const QString& text : list)
        quoted.append(EvaluationExport::jsonString(text));
    return QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString jsonNumberOrNull(double value)
{
    return std::isnan(value) ? QStringLiteral("null") : MachineText::number(value);
}

// The indicator codes the normalisation notes of one period name, as a JSON object.
QString notesJson(const EvaluationSetup& setup, const engine::EvaluationResult& result, int period)
{
    QStringList fallback;
    QStringList constant;
    for (int i = 0; i < result.indicators; ++i) {
        const auto& note = result.note(period, i);
        const QString& code = setup.nodeCodes[setup.input.tree.nodeOfIndicator(i)];
        if (note.fellBackToMinMax)
            fallback.append(code);
        if (note.nonDiscriminating)
            constant.append(code);
    }
    return QStringLiteral("{\"fallback_to_minmax\": %1, \"non_discriminating\": %2}")
        .arg(jsonStrings(fallback), jsonStrings(constant));
}

} // namespace

QString EvaluationExport::jsonString(const QString& text)
{
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            quoted += QLatin1String("\\\"");
            break;
        case '\\':
            quoted += QLatin1String("\\\\");
            break;
        case '\n':
            quoted += QLatin1String("\\n");
            break;
        case '\r':
            quoted += QLatin1String("\\r");
            break;
        case '\t':
            quoted += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                quoted += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                quoted += c;
        }
    }
    quoted += QLatin1Char('"');
    return quoted;
}

void EvaluationExport::writeCsv(QTextStream& out, const EvaluationSetup& setup, const engine::EvaluationResult& result)
{
    out << "period,service,node,level,score,coverage,light,rank\n";
    for (int p = 0; p < result.periods; ++p) {
        const QString period = MachineText::csvField(setup.periodLabels[p]) + QLatin1Char(',');
        for (int s = 0; s < result.services; ++s) {
            const QString service = MachineText::csvField(setup.serviceNames[s]) + QLatin1Char(',');
            for (int node = 0; node < result.nodes; ++node) {
                const double score = result.score(p, node, s);
                const int rank = result.rank(p, node, s);
                out << period << service << MachineText::csvField(setup.nodeCodes[node]) << ','
                    << setup.nodeLevels[node] << ',' << (std::isnan(score) ? QString() : MachineText::number(score))
                    << ',' << MachineText::number(result.coverageOf(p, node, s)) << ','
                    << balise::lightKey(result.light(p, node, s)) << ','
                    << (rank > 0 ? QString::number(rank) : QString()) << '\n';
            }
        }
    }
}

void EvaluationExport::writeJson(QTextStream& out, const QString& projectTitle, const EvaluationSetup& setup,
                                 const engine::EvaluationResult& result)
{
    // Hand-written rather than QJsonDocument so that it streams; one object per line keeps it readable.
    const QString normalization =
        setup.normalizationOverride ? keyOf(*setup.normalizationOverride) : QStringLiteral("framework");
    out << "{\n    \"project\": " << jsonString(projectTitle) << ",\n";
    out << "    \"options\": {\"periods\": " << jsonStrings(setup.periodLabels)
        << ", \"normalization\": " << jsonString(normalization)
        << ", \"default_normalization\": " << jsonString(keyOf(setup.defaultNormalization))
        << ", \"aggregation\": " << jsonString(keyOf(setup.aggregation))
        << ", \"minimum_coverage\": " << MachineText::number(setup.input.aggregation.minimumCoverage) << "},\n";
    out << "    \"services\": " << jsonStrings(setup.serviceNames) << ",\n";
    out << "    \"nodes\": [\n";
    const engine::FlatTree& tree = setup.input.tree;
    for (int node = 0; node < result.nodes; ++node) {
        const int parent = tree.parent(node);
        const auto at = static_cast<size_t>(node);
        out << "        {\"node\": " << jsonString(setup.nodeCodes[node])
            << ", \"level\": " << jsonString(setup.nodeLevels[node])
            << ", \"name\": " << jsonString(setup.nodeNames[node])
            << ", \"parent\": " << (parent >= 0 ? jsonString(setup.nodeCodes[parent]) : QStringLiteral("null"))
            << ", \"weight\": " << MachineText::number(node > 0 ? setup.input.weights[at] : 1.0)
            << ", \"red_below\": " << MachineText::number(setup.input.redBelow[at])
            << ", \"green_from\": " << MachineText::number(setup.input.greenFrom[at]) << '}'
            << (node + 1 < result.nodes ? ",\n" : "\n");
    }
    out << "    ],\n    \"periods\": [\n";
    for (int p = 0; p < result.periods; ++p) {
        out << "        {\"period\": " << jsonString(setup.periodLabels[p])
            << ", \"notes\": " << notesJson(setup, result, p) << ", \"results\": [\n";
        for (int s = 0; s < result.services; ++s) {
            const QString service = jsonString(setup.serviceNames[s]);
            for (int node = 0; node < result.nodes; ++node) {
                const int rank = result.rank(p, node, s);
                const bool last = s + 1 == result.services && node + 1 == result.nodes;
                out << "            {\"service\": " << service << ", \"node\": " << jsonString(setup.nodeCodes[node])
                    << ", \"level\": " << jsonString(setup.nodeLevels[node])
                    << ", \"score\": " << jsonNumberOrNull(result.score(p, node, s))
                    << ", \"coverage\": " << MachineText::number(result.coverageOf(p, node, s))
                    << ", \"light\": " << jsonString(balise::lightKey(result.light(p, node, s)))
                    << ", \"rank\": " << (rank > 0 ? QString::number(rank) : QStringLiteral("null")) << '}'
                    << (last ? "\n" : ",\n");
            }
        }
        out << "        ]}" << (p + 1 < result.periods ? ",\n" : "\n");
    }
    out << "    ]\n}\n";
}

} // namespace balise::cli
