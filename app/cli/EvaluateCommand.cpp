#include "CliContext.h"
#include "CommandParser.h"
#include "EvaluationBuilder.h"
#include "EvaluationExport.h"
#include "EvaluationTable.h"
#include "OpenProject.h"

namespace balise::cli {
namespace {

template <typename E> std::optional<E> parseKey(const QString& text, const QStringList& allowed)
{
    return allowed.contains(text) ? fromKey<E>(text) : std::nullopt;
}

} // namespace

int runEvaluate(CliContext& context)
{
    CommandParser command(QStringLiteral("evaluate"),
                          CliContext::tr("Score the data services on the framework: every node's score (0–100), "
                                         "coverage, traffic light and rank, for every period."),
                          {QStringLiteral("PROJECT")});
    const QCommandLineOption period(QStringLiteral("period"), CliContext::tr("Evaluate this period only."),
                                    QStringLiteral("P"));
    const QCommandLineOption normalization(
        QStringLiteral("normalization"),
        CliContext::tr("Normalise every quantitative indicator this way: goalposts, minmax, zscore or rank "
                       "(default: each indicator's own)."),
        QStringLiteral("METHOD"));
    const QCommandLineOption aggregation(
        QStringLiteral("aggregation"),
        CliContext::tr("Aggregate with the weighted arithmetic or geometric mean (default: the project's)."),
        QStringLiteral("METHOD"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    CliContext::tr("Output format: table (default), csv or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    command.parser().addOptions({period, normalization, aggregation, format});
    if (const int code = command.parse(context); code >= 0)
        return code;

    const QCommandLineParser& parser = command.parser();
    EvaluationOptions options;
    if (parser.isSet(normalization)) {
        const QString text = parser.value(normalization).trimmed().toLower();
        options.normalization = parseKey<Normalization>(text, {QStringLiteral("goalposts"), QStringLiteral("minmax"),
                                                               QStringLiteral("zscore"), QStringLiteral("rank")});
        if (!options.normalization)
            return context.usage(CliContext::tr("Unknown normalization \"%1\": use goalposts, minmax, zscore or rank.")
                                     .arg(parser.value(normalization)),
                                 QStringLiteral("evaluate"));
    }
    if (parser.isSet(aggregation)) {
        const QString text = parser.value(aggregation).trimmed().toLower();
        options.aggregation = parseKey<Aggregation>(text, {QStringLiteral("arithmetic"), QStringLiteral("geometric")});
        if (!options.aggregation)
            return context.usage(CliContext::tr("Unknown aggregation \"%1\": use arithmetic or geometric.")
                                     .arg(parser.value(aggregation)),
                                 QStringLiteral("evaluate"));
    }
    const QString outputFormat = parser.value(format).trimmed().toLower();
    if (outputFormat != QLatin1String("table") && outputFormat != QLatin1String("csv") &&
        outputFormat != QLatin1String("json"))
        return context.usage(CliContext::tr("Unknown format \"%1\": use table, csv or json.").arg(parser.value(format)),
                             QStringLiteral("evaluate"));

    const auto project = openProjectToEvaluate(context, command.positional(0));
    if (!project)
        return InvalidInput;
    const ProjectData& data = project->data();
    if (parser.isSet(period)) {
        const Period* chosen = findPeriodOrExplain(context, data, parser.value(period));
        if (!chosen)
            return InvalidInput;
        options.periods = {chosen->id};
    }

    const EvaluationSetup setup = EvaluationBuilder::build(data, options);
    const engine::EvaluationResult result = engine::evaluate(setup.input);
    QTextStream& out = context.out();
    if (outputFormat == QLatin1String("csv"))
        EvaluationExport::writeCsv(out, setup, result);
    else if (outputFormat == QLatin1String("json"))
        EvaluationExport::writeJson(out, project->info().title, setup, result);
    else
        EvaluationTable(setup, result).write(out, project->info().title);
    return Success;
}

} // namespace balise::cli
