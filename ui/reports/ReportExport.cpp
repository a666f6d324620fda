#include "ReportExport.h"

#include "ComparisonReport.h"
#include "Evaluation.h"
#include "EvaluationBuilder.h"
#include "EvolutionReport.h"
#include "FrameworkDocumentReport.h"
#include "ImpactReport.h"
#include "Project.h"
#include "ReportLayout.h"
#include "ServiceComparison.h"
#include "ServiceEvolution.h"
#include "ServiceScorecard.h"
#include "ServiceScorecardReport.h"

#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>
#include <cmath>
#include <optional>

namespace balise::ui {

namespace {

// A project evaluated for a report, with the period it is about.
struct Evaluated
{
    EvaluationSetup setup;
    engine::EvaluationResult result;
    int period = -1;
};

// Evaluates `project` and finds the period labelled `label` (empty: the last one). Null with `error`
// set when it cannot.
std::optional<Evaluated> evaluate(const Project& project, const QString& label, QString& error)
{
    if (const QString reason = EvaluationBuilder::unavailableReason(project.data()); !reason.isEmpty()) {
        error = reason;
        return std::nullopt;
    }
    Evaluated e;
    e.setup = EvaluationBuilder::build(project.data());
    e.result = engine::evaluate(e.setup.input);
    e.period =
        static_cast<int>(label.isEmpty() ? e.setup.periodLabels.size() - 1 : e.setup.periodLabels.indexOf(label));
    if (e.period < 0) {
        error = label.isEmpty() ? ReportExport::tr("The project has no period to report on.")
                                : ReportExport::tr("The project has no period labelled \"%1\".").arg(label);
        return std::nullopt;
    }
    return e;
}

int serviceIndex(const EvaluationSetup& setup, const QString& name, QString& error)
{
    const int s = static_cast<int>(setup.serviceNames.indexOf(name));
    if (s < 0)
        error = ReportExport::tr("The project has no service called \"%1\".").arg(name);
    return s;
}

ReportFrame frameFor(const Project& project, const QString& kind)
{
    return {project.info().territory.name, project.info().title, kind, QDate::currentDate()};
}

} // namespace

std::unique_ptr<ReportLayout> ReportExport::serviceScorecard(const Project& project, const QString& service,
                                                             const QString& period, QString& error)
{
    auto e = evaluate(project, period, error);
    if (!e)
        return nullptr;
    const int s = serviceIndex(e->setup, service, error);
    if (s < 0)
        return nullptr;
    // Without a period asked for: the last one in which the service has an overall score.
    if (period.isEmpty())
        while (e->period > 0 && std::isnan(e->result.score(e->period, 0, s)))
            --e->period;
    const ServiceScorecard card = ServiceScorecardBuilder::build(project, e->setup, e->result, e->period, s);
    auto layout = std::make_unique<ReportLayout>(frameFor(project, ServiceScorecardReport::kind()));
    ServiceScorecardReport::compose(card, *layout);
    return layout;
}

std::unique_ptr<ReportLayout> ReportExport::comparison(const Project& project, const QStringList& services,
                                                       const QString& period, const UncertaintyOutcome* uncertainty,
                                                       QString& error)
{
    const auto e = evaluate(project, period, error);
    if (!e)
        return nullptr;
    QList<int> chosen;
    for (const QString& name : services) {
        const int s = serviceIndex(e->setup, name, error);
        if (s < 0)
            return nullptr;
        if (!chosen.contains(s))
            chosen.append(s);
    }
    const ServiceComparison c =
        ServiceComparisonBuilder::build(project, e->setup, e->result, e->period, chosen, uncertainty);
    auto layout = std::make_unique<ReportLayout>(frameFor(project, ComparisonReport::kind()));
    ComparisonReport::compose(c, *layout);
    return layout;
}

std::unique_ptr<ReportLayout> ReportExport::evolution(const Project& project, const QString& service, QString& error)
{
    const auto e = evaluate(project, QString(), error);
    if (!e)
        return nullptr;
    const int s = serviceIndex(e->setup, service, error);
    if (s < 0)
        return nullptr;
    const ServiceEvolution evolution = ServiceEvolutionBuilder::build(project, e->setup, e->result, s);
    auto layout = std::make_unique<ReportLayout>(frameFor(project, EvolutionReport::kind()));
    EvolutionReport::compose(evolution, *layout);
    return layout;
}

std::unique_ptr<ReportLayout> ReportExport::impacts(const Project& project)
{
    auto layout = std::make_unique<ReportLayout>(frameFor(project, ImpactReport::kind()));
    ImpactReport::compose(project, *layout);
    return layout;
}

std::unique_ptr<ReportLayout> ReportExport::frameworkDocument(const Project& project)
{
    auto layout = std::make_unique<ReportLayout>(frameFor(project, FrameworkDocumentReport::kind()));
    FrameworkDocumentReport::compose(project, *layout);
    return layout;
}

int ReportExport::writePdf(const ReportLayout& layout, const QString& title, const QString& path, QString& error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return 0;
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Balise"));
        writer.setResolution(600);
        pages = layout.print(writer);
    }
    if (pages == 0) {
        file.cancelWriting();
        error = tr("The report could not be drawn.");
        return 0;
    }
    if (!file.commit()) {
        error = tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return 0;
    }
    return pages;
}

} // namespace balise::ui
