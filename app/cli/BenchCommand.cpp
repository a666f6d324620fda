#include "BenchReport.h"
#include "BenchWorkload.h"
#include "CliContext.h"
#include "CommandParser.h"
#include "CompositeModel.h"
#include "LiveBench.h"
#include "MonteCarlo.h"
#include "RankSensitivity.h"

#include <QDir>
#include <QSaveFile>
#include <QSysInfo>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <sys/resource.h>
#include <thread>

namespace balise::cli {
namespace {

double peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux reports KiB
}

// How long a Monte Carlo run takes to return once cancelled: a run far too long to finish is started on
// another thread, cancelled after 50 ms, and the time from the request to the return is measured.
Timing cancelLatency(const engine::EvaluationInput& input, const engine::UncertaintySpace& space, int threads,
                     int repeat)
{
    const auto model = engine::CompositeModel::fromEvaluation(input, 0, {std::nullopt});
    std::vector<double> ms;
    for (int k = 0; k < repeat; ++k) {
        std::atomic<bool> cancel{false};
        std::chrono::steady_clock::time_point returned;
        std::jthread run([&] {
            engine::MonteCarloOptions options;
            options.replications = 100'000'000;
            options.space = space;
            options.control.threads = threads;
            options.control.cancel = &cancel;
            (void)engine::MonteCarlo(model).run(options);
            returned = std::chrono::steady_clock::now();
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        const auto requested = std::chrono::steady_clock::now();
        cancel = true;
        run.join();
        ms.push_back(std::chrono::duration<double, std::milli>(returned - requested).count());
    }
    std::sort(ms.begin(), ms.end());
    return {engine::MonteCarlo::quantile(ms, 0.5), ms.front(), ms.back()};
}

bool writeRanks(const QString& path, const BenchWorkload& workload, const engine::MonteCarloResult& result)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    QTextStream out(&file);
    out << "service,nominal_rank,mean_rank,median_rank,q05_rank,q95_rank,p_first\n";
    for (qsizetype s = 0; s < workload.serviceCodes.size(); ++s) {
        const auto& r = result.services[static_cast<size_t>(s)];
        out << workload.serviceCodes.at(s) << ',' << r.nominalRank << ',' << QString::number(r.meanRank, 'g', 17) << ','
            << QString::number(r.medianRank, 'g', 17) << ',' << QString::number(r.q05Rank, 'g', 17) << ','
            << QString::number(r.q95Rank, 'g', 17) << ',' << QString::number(r.pFirst, 'g', 17) << '\n';
    }
    out.flush();
    return file.commit();
}

} // namespace

int runBench(CliContext& context)
{
    CommandParser command(QStringLiteral("bench"),
                          CliContext::tr("Measure the evaluation engine on the reference workload (200 services × "
                                         "300 indicators): one evaluation, 12 periods, a Monte Carlo run, Saltelli "
                                         "sensitivity with N = 100 and 1,000, the peak memory and how fast a "
                                         "cancelled run returns. Times are the median, minimum and maximum of "
                                         "repeated runs after one warm-up run."),
                          {});
    const QCommandLineOption hierarchyOption(QStringLiteral("hierarchy"),
                                             CliContext::tr("Hierarchy file (iCode, Level, Parent, Direction, "
                                                            "Weight)."),
                                             QStringLiteral("H.csv"));
    const QCommandLineOption dataOption(QStringLiteral("data"), CliContext::tr("Data file (uCode, then indicators)."),
                                        QStringLiteral("D.csv"));
    const QCommandLineOption unitsOption(QStringLiteral("units"),
                                         CliContext::tr("Services of the reference size to use (default 200)."),
                                         QStringLiteral("U"), QStringLiteral("200"));
    const QCommandLineOption indicatorsOption(QStringLiteral("indicators"),
                                              CliContext::tr("Indicators of the reference size (default 300)."),
                                              QStringLiteral("M"), QStringLiteral("300"));
    const QCommandLineOption replicationsOption(QStringLiteral("replications"),
                                                CliContext::tr("Monte Carlo replications (default 1000)."),
                                                QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          CliContext::tr("Timed runs of each figure (default 10)."),
                                          QStringLiteral("K"), QStringLiteral("10"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           CliContext::tr("Threads for Monte Carlo and Saltelli (default: all cores)."),
                                           QStringLiteral("T"), QStringLiteral("0"));
    const QCommandLineOption liveOption(
        QStringLiteral("live"),
        CliContext::tr("Also time edits on an open project file of the workload over 12 periods (a weight, a value: "
                       "written and re-evaluated, as in the workbench)."));
    const QCommandLineOption pdfOption(
        QStringLiteral("pdf"), CliContext::tr("Also time the PDF comparison of 50 services of the workload over 12 "
                                              "periods, from the open project to the written file."));
    const QCommandLineOption ranksOption(QStringLiteral("ranks"),
                                         CliContext::tr("Also write the Monte Carlo rank statistics to this CSV file "
                                                        "(the columns of \"balise analyze --format csv\")."),
                                         QStringLiteral("FILE.csv"));
    command.parser().addOptions({hierarchyOption, dataOption, unitsOption, indicatorsOption, replicationsOption,
                                 repeatOption, threadsOption, ranksOption, liveOption, pdfOption});
    if (const int code = command.parse(context); code >= 0)
        return code;

    QCommandLineParser& parser = command.parser();
    auto integer = [&](const QCommandLineOption& option, int minimum, int* value) {
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        return ok && *value >= minimum;
    };
    int units = 0, indicators = 0, replications = 0, repeat = 0, threads = 0;
    if (!integer(unitsOption, 1, &units) || !integer(indicatorsOption, 1, &indicators))
        return context.usage(CliContext::tr("--units and --indicators must be whole numbers of at least 1."),
                             QStringLiteral("bench"));
    if (!integer(replicationsOption, 1, &replications))
        return context.usage(CliContext::tr("--replications must be a whole number of at least 1."),
                             QStringLiteral("bench"));
    if (!integer(repeatOption, 1, &repeat))
        return context.usage(CliContext::tr("--repeat must be a whole number of at least 1."), QStringLiteral("bench"));
    if (!integer(threadsOption, 0, &threads))
        return context.usage(CliContext::tr("--threads must be a whole number (0 = all cores)."),
                             QStringLiteral("bench"));
    if (parser.isSet(hierarchyOption) != parser.isSet(dataOption))
        return context.usage(CliContext::tr("--hierarchy and --data go together."), QStringLiteral("bench"));

    std::optional<BenchWorkload> workload;
    if (parser.isSet(hierarchyOption)) {
        QString error;
        workload = BenchWorkload::read(parser.value(hierarchyOption), parser.value(dataOption), &error);
        if (!workload)
            return context.fail(InvalidInput, error);
    } else if (const QString folder = BenchWorkload::findReferenceFolder(units, indicators); !folder.isEmpty()) {
        QString error;
        const QDir dir(folder);
        workload = BenchWorkload::read(dir.filePath(BenchWorkload::hierarchyFileName(units, indicators)),
                                       dir.filePath(BenchWorkload::dataFileName(units, indicators)), &error);
        if (!workload)
            return context.fail(InvalidInput, error);
    } else if (parser.isSet(unitsOption) || parser.isSet(indicatorsOption)) {
        workload = BenchWorkload::synthetic(units, indicators);
    } else {
        return context.fail(InvalidInput,
                            CliContext::tr("The reference files %1 and %2 were not found in ./bench/data nor beside "
                                           "the program: pass them with --hierarchy and --data (they are in the "
                                           "source tree's bench/data folder).")
                                .arg(BenchWorkload::hierarchyFileName(units, indicators),
                                     BenchWorkload::dataFileName(units, indicators)));
    }

    const engine::EvaluationInput& one = workload->input;
    const engine::EvaluationInput twelve = BenchWorkload::overPeriods(one, 12);
    engine::UncertaintySpace space; // ±25 %, arithmetic or geometric drawn: the reference analysis
    space.weightNoise = 0.25;
    space.drawAggregation = true;
    const int threadsUsed = engine::ParallelRuns::threadsFor(threads, replications);

    QTextStream& out = context.out();
    out << CliContext::tr("Workload: %1").arg(workload->description) << '\n'
        << CliContext::tr("Machine: %1 hardware threads, %2; %3 worker thread(s); %4 timed runs per figure")
               .arg(std::thread::hardware_concurrency())
               .arg(QSysInfo::prettyProductName())
               .arg(threadsUsed)
               .arg(repeat)
        << '\n'
        << '\n'
        << QStringLiteral("%1 %2 %3 %4 %5")
               .arg(CliContext::tr("figure"), -52)
               .arg(CliContext::tr("median"), 12)
               .arg(CliContext::tr("min"), 10)
               .arg(CliContext::tr("max"), 10)
               .arg(CliContext::tr("target"), 12)
        << '\n';
    out.flush();

    const bool reference = one.services == 200 && one.tree.indicatorCount() == 300;
    auto targetIf = [reference](bool applies, double target) {
        return reference && applies ? target : 0.0;
    };
    // One full evaluation as the workbench runs it after an edit: normalise every indicator in every
    // period, aggregate every node, coverage, lights, and the services ranked at every aggregated node
    // (overall, objectives, criteria), into the result the workbench keeps. The following rows measure
    // the same with ranks at the 300 indicators too (as `balise evaluate` exports them), and a first
    // evaluation into a new result, which also pays for fresh memory.
    const struct
    {
        const engine::EvaluationInput& input;
        double target;
    } evaluations[] = {{one, 0.5}, {twelve, 5.0}};
    auto periodsLabel = [](const QString& what, int periods) {
        return periods == 1 ? CliContext::tr("%1, 1 period").arg(what)
                            : CliContext::tr("%1, %2 periods").arg(what).arg(periods);
    };
    engine::EvaluationResult kept;
    // Plain loops rather than structured bindings: clang 14 (the fuzzing build) cannot capture those.
    for (const auto& evaluation : evaluations) {
        const engine::EvaluationInput& input = evaluation.input;
        engine::EvaluationOptions options;
        options.rankedNodes = engine::RankedNodes::Aggregated;
        options.threads = threads;
        const Timing timing = measure(repeat, [&] { engine::evaluate(input, kept, options); });
        printRow(out, periodsLabel(CliContext::tr("evaluation"), input.periods), timing,
                 targetIf(true, evaluation.target), QStringLiteral("ms"));
        out.flush();
    }
    for (const auto& evaluation : evaluations) {
        const engine::EvaluationInput& input = evaluation.input;
        engine::EvaluationOptions options;
        options.threads = threads;
        const Timing timing = measure(repeat, [&] { engine::evaluate(input, kept, options); });
        printRow(out, periodsLabel(CliContext::tr("+ indicator ranks"), input.periods), timing, 0.0,
                 QStringLiteral("ms"));
        out.flush();
    }
    for (const auto& evaluation : evaluations) {
        const engine::EvaluationInput& input = evaluation.input;
        engine::EvaluationOptions options;
        options.threads = threads;
        const Timing timing = measure(repeat, [&] { (void)engine::evaluate(input, options); });
        printRow(out, periodsLabel(CliContext::tr("+ into a new result"), input.periods), timing, 0.0,
                 QStringLiteral("ms"));
        out.flush();
    }

    engine::MonteCarloResult uncertainty;
    const Timing monteCarlo = measure(repeat, [&] {
        // Timed from the normalised data: the model's precomputation is part of every run.
        const auto model = engine::CompositeModel::fromEvaluation(one, 0, {std::nullopt});
        engine::MonteCarloOptions options;
        options.replications = replications;
        options.space = space;
        options.seed = 1;
        options.control.threads = threads;
        uncertainty = engine::MonteCarlo(model).run(options);
    });
    const double memory = peakMemoryMiB();
    printRow(out, CliContext::tr("Monte Carlo, %1 replications").arg(replications), monteCarlo,
             targetIf(replications == 1000, 60.0), QStringLiteral("ms"));
    out.flush();

    engine::SaltelliResult sensitivity;
    for (const int n : {100, 1000}) {
        const Timing saltelli = measure(repeat, [&] {
            const auto model = engine::CompositeModel::fromEvaluation(one, 0, {std::nullopt});
            engine::SaltelliOptions options;
            options.baseSamples = n;
            options.seed = 1;
            options.control.threads = threads;
            sensitivity = engine::RankSensitivity(model, space).run(options);
        });
        printRow(out, CliContext::tr("Saltelli, N = %1 (%2 runs)").arg(n).arg(n * 4), saltelli,
                 targetIf(true, n == 100 ? 25.0 : 250.0), QStringLiteral("ms"));
        out.flush();
    }
    printRow(out, CliContext::tr("peak memory (after Monte Carlo)"), {memory, memory, memory},
             targetIf(replications == 1000, 100.0), QStringLiteral("MiB"));
    const Timing latency = cancelLatency(one, space, threads, repeat);
    printRow(out, CliContext::tr("cancel: request to return"), latency, targetIf(true, 10.0), QStringLiteral("ms"));

    out << '\n'
        << CliContext::tr("Sensitivity of the mean rank shift (N = 1000): weights S = %1, S_T = %2; aggregation "
                          "S = %3, S_T = %4; mean shift %5 ranks.")
               .arg(benchNumber(sensitivity.firstOrder.at(0), 3), benchNumber(sensitivity.total.at(0), 3),
                    benchNumber(sensitivity.firstOrder.at(1), 3), benchNumber(sensitivity.total.at(1), 3),
                    benchNumber(sensitivity.mean, 2))
        << '\n';
    if (parser.isSet(ranksOption)) {
        if (!writeRanks(parser.value(ranksOption), *workload, uncertainty))
            return context.fail(InvalidInput,
                                CliContext::tr("%1 could not be written.").arg(parser.value(ranksOption)));
        out << CliContext::tr("Monte Carlo rank statistics written to %1.").arg(parser.value(ranksOption)) << '\n';
    }
    if (parser.isSet(liveOption) && !runLiveBench(out, *workload, 12, repeat))
        return InvalidInput;
    if (parser.isSet(pdfOption) && !runPdfBench(out, *workload, std::min(repeat, 5)))
        return InvalidInput;
    return Success;
}

} // namespace balise::cli
