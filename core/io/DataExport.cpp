#include "DataExport.h"

#include "Evaluation.h"
#include "EvaluationSetup.h"
#include "LightKey.h"
#include "ProjectData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace balise {
namespace {

// The recorded measurements in the order the files list them.
template <typename Visit> void eachMeasurement(const ProjectData& data, Visit&& visit)
{
    const QList<const FrameworkNode*> indicators = data.framework.indicators();
    for (const Period& period : data.periods)
        for (const DataService& service : data.services)
            for (const FrameworkNode* indicator : indicators) {
                const auto found = data.measurements.constFind({service.id, indicator->id, period.id});
                if (found != data.measurements.cend())
                    visit(period, service, *indicator, *found);
            }
}

QString levelLabel(const FrameworkNode& indicator, int level)
{
    const auto& levels = indicator.indicator.levels;
    return level >= 0 && level < levels.size() ? levels[level].label : QString::number(level + 1);
}

} // namespace

QByteArray DataExport::measurementsCsv(const ProjectData& data, const CsvDialect& dialect)
{
    const CsvWriter csv(dialect);
    QString out = csv.start();
    out += csv.row({QStringLiteral("service"), QStringLiteral("indicator"), QStringLiteral("period"),
                    QStringLiteral("value"), QStringLiteral("comment"), QStringLiteral("source"),
                    QStringLiteral("confidence")});
    eachMeasurement(data, [&](const Period& period, const DataService& service, const FrameworkNode& indicator,
                              const Measurement& m) {
        QString value = QStringLiteral("NA");
        if (m.state == MeasurementState::Present) {
            if (m.level)
                value = csv.text(levelLabel(indicator, *m.level));
            else if (m.value)
                value = csv.number(*m.value);
        }
        out += csv.row({csv.text(service.name), csv.text(indicator.code), csv.text(period.label), value,
                        csv.text(m.comment), csv.text(m.source), m.confidence ? csv.number(*m.confidence) : QString()});
    });
    return out.toUtf8();
}

QByteArray DataExport::measurementsJson(const ProjectData& data)
{
    QJsonArray list;
    eachMeasurement(data, [&](const Period& period, const DataService& service, const FrameworkNode& indicator,
                              const Measurement& m) {
        QJsonObject o{{QStringLiteral("service"), service.name},
                      {QStringLiteral("indicator"), indicator.code},
                      {QStringLiteral("period"), period.label},
                      {QStringLiteral("state"), keyOf(m.state)}};
        if (m.value)
            o.insert(QStringLiteral("value"), *m.value);
        if (m.level)
            o.insert(QStringLiteral("level"), levelLabel(indicator, *m.level));
        if (!m.comment.isEmpty())
            o.insert(QStringLiteral("comment"), m.comment);
        if (!m.source.isEmpty())
            o.insert(QStringLiteral("source"), m.source);
        if (m.confidence)
            o.insert(QStringLiteral("confidence"), *m.confidence);
        list.append(o);
    });
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("balise-measurements")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("project"), data.info.title},
                           {QStringLiteral("measurements"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray DataExport::resultsCsv(const EvaluationSetup& setup, const engine::EvaluationResult& result,
                                  const CsvDialect& dialect)
{
    const CsvWriter csv(dialect);
    QString out = csv.start();
    out += csv.row({QStringLiteral("period"), QStringLiteral("service"), QStringLiteral("node"), QStringLiteral("name"),
                    QStringLiteral("level"), QStringLiteral("score"), QStringLiteral("coverage"),
                    QStringLiteral("light"), QStringLiteral("rank")});
    for (int p = 0; p < result.periods; ++p)
        for (int s = 0; s < result.services; ++s)
            for (int node = 0; node < result.nodes; ++node) {
                const int rank = result.rank(p, node, s);
                out +=
                    csv.row({csv.text(setup.periodLabels[p]), csv.text(setup.serviceNames[s]),
                             csv.text(setup.nodeCodes[node]), csv.text(setup.nodeNames[node]), setup.nodeLevels[node],
                             csv.number(result.score(p, node, s)), csv.number(result.coverageOf(p, node, s)),
                             lightKey(result.light(p, node, s)), rank > 0 ? QString::number(rank) : QString()});
            }
    return out.toUtf8();
}

} // namespace balise
