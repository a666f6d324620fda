#include "AnalysisReport.h"
#include "CliContext.h"
#include "CommandParser.h"
#include "EvaluationBuilder.h"
#include "MonteCarlo.h"
#include "OneAtATimeReport.h"
#include "OpenProject.h"
#include "RankSensitivity.h"
#include "UncertaintyAnalysis.h"

#include <QJsonDocument>
#include <algorithm>
#include <cmath>

namespace balise::cli {
namespace {

// Beyond these the run would take minutes or the listing gigabytes: a typo far more often than a need.
constexpr int MaxReplications = 10'000'000;
constexpr int MaxListedReplications = 100'000;

} // namespace

int runAnalyze(CliContext& context)
{
    const QString name = QStringLiteral("analyze");
    CommandParser command(
        name,
        CliContext::tr(
            "Test how robust the ranking of the services is: a Monte Carlo run redraws the weights "
            "(each multiplied by a random factor in [1 − p, 1 + p], then renormalised among its "
            "siblings), and optionally the aggregation method and the normalisation, and reports each "
            "service's nominal, mean and median rank, its 5–95 % rank interval and its chance to rank "
            "first. Runs are reproducible from the seed, whatever the number of threads. With --one-at-a-time, "
            "each weight in turn is moved by ±X instead, showing which weights the verdict hangs on."),
        {QStringLiteral("PROJECT")});
    const QCommandLineOption uncertainty(QStringLiteral("uncertainty"),
                                         CliContext::tr("Number of Monte Carlo replications."), QStringLiteral("N"));
    const QCommandLineOption noise(QStringLiteral("weight-noise"),
                                   CliContext::tr("Relative noise p on every weight, 0 ≤ p < 1 (default 0.25: ±25 %)."),
                                   QStringLiteral("p"), QStringLiteral("0.25"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  CliContext::tr("Seed of the random draws (default 1): the same seed gives the same "
                                                 "results."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     CliContext::tr("Threads to use (default 0: every core)."), QStringLiteral("T"),
                                     QStringLiteral("0"));
    const QCommandLineOption period(QStringLiteral("period"),
                                    CliContext::tr("Period to analyse (default: the project's last period)."),
                                    QStringLiteral("P"));
    const QCommandLineOption drawAggregation(
        QStringLiteral("draw-aggregation"),
        CliContext::tr("Also draw the aggregation method: arithmetic or geometric mean, even odds, per replication."));
    const QCommandLineOption drawNormalization(
        QStringLiteral("draw-normalization"),
        CliContext::tr("Also draw the normalisation: the framework's own or another method (goalposts, minmax, "
                       "zscore, rank), even odds, per replication."));
    const QCommandLineOption sensitivity(
        QStringLiteral("sensitivity"),
        CliContext::tr("Also compute first-order and total sensitivity indices of the rank shift to each uncertain "
                       "input (Saltelli design with N base samples: N × (inputs + 2) more runs)."));
    const QCommandLineOption replications(
        QStringLiteral("replications"),
        CliContext::tr("With --format json: list every replication's parameters (weight multipliers, method, "
                       "normalisation)."));
    const QCommandLineOption oneAtATime(
        QStringLiteral("one-at-a-time"),
        CliContext::tr("Move each weight in turn by −X and +X (0.2 = ±20 %), its siblings renormalised, and report "
                       "how every service's overall score and rank change: the data of a tornado chart."),
        QStringLiteral("X"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    CliContext::tr("Output format: table (default), csv or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    command.parser().addOptions({uncertainty, noise, seed, threads, period, drawAggregation, drawNormalization,
                                 sensitivity, replications, oneAtATime, format});
    if (const int code = command.parse(context); code >= 0)
        return code;

    const QCommandLineParser& parser = command.parser();
    AnalysisRequest request;
    if (!parser.isSet(uncertainty) && !parser.isSet(oneAtATime))
        return context.usage(CliContext::tr("Say what to run: --uncertainty N replications, --one-at-a-time X, or "
                                            "both."),
                             name);
    bool ok = true;
    request.replications = parser.isSet(uncertainty) ? parser.value(uncertainty).toInt(&ok) : 0;
    if (parser.isSet(uncertainty) && (!ok || request.replications < 1 || request.replications > MaxReplications))
        return context.usage(CliContext::tr("--uncertainty must be a whole number of replications from 1 to "
                                            "10,000,000, not \"%1\".")
                                 .arg(parser.value(uncertainty)),
                             name);
    request.space.weightNoise = parser.value(noise).toDouble(&ok); // QString::toDouble reads the C locale
    if (!ok || !(request.space.weightNoise >= 0.0 && request.space.weightNoise < 1.0))
        return context.usage(CliContext::tr("--weight-noise must be at least 0 and below 1 (0.25 means ±25 %), not "
                                            "\"%1\".")
                                 .arg(parser.value(noise)),
                             name);
    request.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return context.usage(CliContext::tr("--seed must be a whole number from 0 to 18446744073709551615, not \"%1\".")
                                 .arg(parser.value(seed)),
                             name);
    request.threads = parser.value(threads).toInt(&ok);
    if (!ok || request.threads < 0)
        return context.usage(
            CliContext::tr("--threads must be a whole number (0 = every core), not \"%1\".").arg(parser.value(threads)),
            name);
    double change = 0.0;
    if (parser.isSet(oneAtATime)) {
        change = parser.value(oneAtATime).toDouble(&ok);
        if (!ok || !(change > 0.0 && change < 1.0))
            return context.usage(CliContext::tr("--one-at-a-time must be above 0 and below 1 (0.2 means ±20 %), not "
                                                "\"%1\".")
                                     .arg(parser.value(oneAtATime)),
                                 name);
    }
    request.space.drawAggregation = parser.isSet(drawAggregation);
    request.space.drawNormalisation = parser.isSet(drawNormalization);
    request.sensitivity = parser.isSet(sensitivity);
    request.listReplications = parser.isSet(replications);
    const QString outputFormat = parser.value(format).trimmed().toLower();
    if (outputFormat != QLatin1String("table") && outputFormat != QLatin1String("csv") &&
        outputFormat != QLatin1String("json"))
        return context.usage(CliContext::tr("Unknown format \"%1\": use table, csv or json.").arg(parser.value(format)),
                             name);
    if (outputFormat == QLatin1String("csv") && request.replications > 0 && change > 0.0)
        return context.usage(CliContext::tr("--format csv writes one table: ask for --uncertainty or "
                                            "--one-at-a-time, not both (or use --format json)."),
                             name);
    if (request.replications == 0 && (request.sensitivity || request.listReplications ||
                                      parser.isSet(drawAggregation) || parser.isSet(drawNormalization)))
        return context.usage(CliContext::tr("--sensitivity, --replications and the --draw options belong to a Monte "
                                            "Carlo run: add --uncertainty N."),
                             name);
    if (request.listReplications && outputFormat != QLatin1String("json"))
        return context.usage(CliContext::tr("--replications lists the parameters in JSON: add --format json."), name);
    if (request.listReplications && request.replications > MaxListedReplications)
        return context.usage(CliContext::tr("--replications lists at most 100,000 replications."), name);

    const auto project = openProjectToEvaluate(context, command.positional(0));
    if (!project)
        return InvalidInput;
    const ProjectData& data = project->data();
    const Period* chosen =
        parser.isSet(period) ? findPeriodOrExplain(context, data, parser.value(period)) : &data.periods.last();
    if (!chosen)
        return InvalidInput;
    EvaluationOptions options;
    options.periods = {chosen->id};
    const EvaluationSetup setup = EvaluationBuilder::build(data, options);

    const auto candidates = UncertaintyAnalysis::normalisationCandidates(setup.input, request.space.drawNormalisation);
    const engine::CompositeModel model = engine::CompositeModel::fromEvaluation(setup.input, 0, candidates);
    const std::vector<double> nominal = model.nominalScores();
    if (std::none_of(nominal.begin(), nominal.end(), [](double s) { return !std::isnan(s); }))
        return context.fail(InvalidInput,
                            CliContext::tr("No service has an overall score in period %1 (too much data is missing "
                                           "or every weight is 0): there is no ranking to test.")
                                .arg(chosen->label));

    AnalysisReport report(setup, model, candidates, request);
    if (request.replications > 0) {
        engine::MonteCarloOptions monteCarlo;
        monteCarlo.replications = request.replications;
        monteCarlo.space = request.space;
        monteCarlo.seed = request.seed;
        monteCarlo.keepParameters = request.listReplications;
        monteCarlo.control.threads = request.threads;
        report.uncertainty = engine::MonteCarlo(model).run(monteCarlo);
    }
    if (request.sensitivity) {
        engine::SaltelliOptions saltelli;
        saltelli.baseSamples = request.replications;
        saltelli.seed = request.seed;
        saltelli.control.threads = request.threads;
        const engine::RankSensitivity analysis(model, request.space);
        report.sensitivityInputs = analysis.inputs();
        report.sensitivity = analysis.run(saltelli);
    }
    engine::OneAtATimeResult moved;
    if (change > 0.0) {
        engine::RunControl control;
        control.threads = request.threads;
        moved = engine::OneAtATime(model).run(change, control);
    }
    const OneAtATimeReport tornado(setup, moved);

    QTextStream& out = context.out();
    if (outputFormat == QLatin1String("csv")) {
        if (request.replications > 0)
            report.writeCsv(out);
        else
            tornado.writeCsv(out);
    } else if (outputFormat == QLatin1String("json")) {
        QJsonObject root =
            request.replications > 0
                ? report.toJson(project->info().title, chosen->label)
                : QJsonObject{{QStringLiteral("project"), project->info().title},
                              {QStringLiteral("options"), QJsonObject{{QStringLiteral("period"), chosen->label}}}};
        if (change > 0.0)
            root.insert(QStringLiteral("one_at_a_time"), tornado.toJson());
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        out << CliContext::tr("Project: %1 — period %2").arg(project->info().title, chosen->label) << '\n';
        if (request.replications > 0)
            report.writeTable(out);
        if (request.replications > 0 && change > 0.0)
            out << '\n';
        if (change > 0.0)
            tornado.writeTable(out);
    }
    return Success;
}

} // namespace balise::cli
