#include "LiveBench.h"

#include "BenchReport.h"
#include "BenchWorkload.h"
#include "CliContext.h"
#include "EvaluationBuilder.h"
#include "Project.h"
#include "ProjectEvaluation.h"

#include <QDir>
#include <QTemporaryDir>
#include <cmath>
#include <exception>

namespace balise::cli {
namespace {

// The workload as framework nodes: objectives O1…, criteria C1…, indicators with the workload's codes,
// in the tree's depth-first order (parents first, as Project::addNodes wants).
QList<FrameworkImportNode> frameworkOf(const BenchWorkload& workload)
{
    const engine::EvaluationInput& input = workload.input;
    const engine::FlatTree& tree = input.tree;
    QList<FrameworkImportNode> nodes;
    QStringList codes(tree.nodeCount());
    int objectives = 0;
    int criteria = 0;
    for (int node = 1; node < tree.nodeCount(); ++node) {
        FrameworkImportNode imported;
        const int parent = tree.parent(node);
        const int indicator = tree.indicatorOf(node);
        FrameworkNode& n = imported.node;
        n.weight = input.weights[static_cast<size_t>(node)];
        if (indicator >= 0) {
            n.kind = NodeKind::Indicator;
            n.code = workload.indicatorCodes.value(indicator);
            n.indicator.normalization = Normalization::MinMax;
            n.indicator.direction = input.rules[static_cast<size_t>(indicator)].goal == engine::Goal::LowerIsBetter
                                        ? Direction::LowerIsBetter
                                        : Direction::HigherIsBetter;
        } else if (parent == 0) {
            n.kind = NodeKind::Objective;
            n.code = QStringLiteral("O%1").arg(++objectives);
        } else {
            n.kind = NodeKind::Criterion;
            n.code = QStringLiteral("C%1").arg(++criteria);
        }
        n.name = n.code;
        codes[node] = n.code;
        imported.parentCode = parent == 0 ? QString() : codes[parent];
        nodes.append(imported);
    }
    return nodes;
}

} // namespace

std::unique_ptr<Project> buildBenchProject(const QString& path, const BenchWorkload& workload, int periods,
                                           double* seconds)
{
    const auto start = std::chrono::steady_clock::now();
    ProjectInfo info;
    info.title = QStringLiteral("bench --live");
    auto project = Project::create(path, info);
    project->addNodes(frameworkOf(workload));
    QList<EntityId> services;
    for (const QString& code : workload.serviceCodes) {
        DataService service;
        service.name = code;
        services.append(project->addService(service));
    }
    QList<EntityId> periodIds;
    for (int p = 0; p < periods; ++p)
        periodIds.append(project->addPeriod(Period::fromLabel(QString::number(2015 + p))));
    const engine::EvaluationInput values = BenchWorkload::overPeriods(workload.input, periods);
    QList<EntityId> indicators;
    for (const QString& code : workload.indicatorCodes)
        indicators.append(project->framework().findByCode(code)->id);
    QList<Measurement> measurements;
    measurements.reserve(static_cast<qsizetype>(values.values.size()));
    for (int p = 0; p < periods; ++p)
        for (int i = 0; i < indicators.size(); ++i)
            for (int s = 0; s < services.size(); ++s) {
                const double x = values.values[values.valueIndex(p, i, s)];
                Measurement m;
                m.key = {services[s], indicators[i], periodIds[p]};
                if (std::isnan(x))
                    m.state = MeasurementState::Missing;
                else
                    m.value = x;
                measurements.append(m);
            }
    project->changeMeasurements(measurements, {});
    *seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return project;
}

bool runLiveBench(QTextStream& out, const BenchWorkload& workload, int periods, int repeat)
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    double buildSeconds = 0.0;
    try {
        project = buildBenchProject(dir.filePath(QStringLiteral("live.balise")), workload, periods, &buildSeconds);
    } catch (const std::exception& error) {
        out << CliContext::tr("The benchmark project could not be built: %1").arg(QString::fromLocal8Bit(error.what()))
            << '\n';
        return false;
    }
    out << '\n'
        << CliContext::tr("Live edits on a project of %1 measurements (%2 services × %3 indicators × %4 periods, "
                          "built in %5 s in %6):")
               .arg(project->measurements().size())
               .arg(workload.serviceCodes.size())
               .arg(workload.indicatorCodes.size())
               .arg(periods)
               .arg(benchNumber(buildSeconds, 1), QDir::toNativeSeparators(dir.path()))
        << '\n';

    ProjectEvaluation evaluation(*project);
    out.flush();
    const auto fullStart = std::chrono::steady_clock::now();
    (void)evaluation.result();
    const double fullMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - fullStart).count();

    // The weight of the first indicator and the value of the first cell, changed back and forth.
    const EntityId indicator = project->framework().findByCode(workload.indicatorCodes.first())->id;
    const MeasurementKey cell{project->services().first().id, indicator, project->periods().last().id};
    int flip = 0;
    double writeTotal = 0.0;
    auto timed = [&](auto&& write) {
        return measure(repeat, [&] {
            const auto start = std::chrono::steady_clock::now();
            write(++flip % 2 == 0);
            writeTotal += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            (void)evaluation.result();
        });
    };
    auto weightEdit = [&](bool up) {
        FrameworkNode node = *project->framework().find(indicator);
        node.weight = up ? 1.5 : 1.0;
        project->updateNode(node);
    };
    auto valueEdit = [&](bool up) {
        Measurement m = project->measurements().value(cell);
        m.state = MeasurementState::Present;
        m.value = up ? 61.0 : 42.0;
        project->setMeasurement(m);
    };
    // Each figure is write + refresh; the write alone is reported beside it.
    writeTotal = 0.0;
    const Timing weight = timed(weightEdit);
    const double weightWrite = writeTotal / (repeat + 1);
    const bool weightKeptValues = evaluation.lastRefresh() == ProjectEvaluation::Refresh::Structure;
    writeTotal = 0.0;
    const Timing value = timed(valueEdit);
    const double valueWrite = writeTotal / (repeat + 1);
    const bool valuePatched = evaluation.lastRefresh() == ProjectEvaluation::Refresh::Cells;

    printRow(out, CliContext::tr("weight edited: written and re-evaluated"), weight, 50.0, QStringLiteral("ms"));
    printRow(out, CliContext::tr("value edited: written and re-evaluated"), value, 50.0, QStringLiteral("ms"));
    out << CliContext::tr("Of which the write to the file (mean): weight %1 ms, value %2 ms. Refresh kind: %3, %4. "
                          "First full evaluation of the project: %5 ms.")
               .arg(benchNumber(weightWrite, 2), benchNumber(valueWrite, 2),
                    weightKeptValues ? CliContext::tr("values kept") : CliContext::tr("values rebuilt"),
                    valuePatched ? CliContext::tr("one cell patched") : CliContext::tr("values rebuilt"),
                    benchNumber(fullMs, 1))
        << '\n';
    return true;
}

} // namespace balise::cli
