#include "PeriodDetails.h"

#include "DetailsPage.h"
#include "DisplayFormat.h"
#include "FrameworkDetails.h"
#include "MeasurementCoverage.h"
#include "Project.h"

#include <algorithm>
#include <tuple>

namespace balise::ui {

QString PeriodDetails::periodsPage(const Project& project)
{
    DetailsPage page(tr("Periods"), tr("The periods in which measurements are taken."));
    if (project.periods().isEmpty()) {
        page.note(tr("No period yet. Importing measurements creates the periods they name."));
        return page.html();
    }
    QList<QStringList> rows;
    for (const Period& period : project.periods())
        rows.append({DisplayFormat::name(period.label), labelOf(period.kind), DisplayFormat::date(period.start),
                     DisplayFormat::date(period.end)});
    page.table({tr("Period"), tr("Kind"), tr("Start"), tr("End")}, rows);
    return page.html();
}

QString PeriodDetails::periodPage(const Project& project, EntityId id)
{
    const Period* period = project.data().findPeriod(id);
    if (!period)
        return {};
    DetailsPage page(DisplayFormat::name(period->label), tr("Period"));
    page.field(tr("Label"), period->label);
    page.field(tr("Kind"), labelOf(period->kind));
    page.field(tr("Start"), DisplayFormat::date(period->start));
    page.field(tr("End"), DisplayFormat::date(period->end));
    const MeasurementCoverage c = MeasurementCoverage::byPeriod(project).value(id);
    page.heading(tr("Measurements"));
    page.field(tr("Values"),
               tr("%1 of %2 expected").arg(DisplayFormat::integer(c.present), DisplayFormat::integer(c.expected)));
    page.field(tr("Missing"), DisplayFormat::integer(c.missing()));
    return page.html();
}

QString PeriodDetails::measurementsPage(const Project& project)
{
    const MeasurementCoverage total = MeasurementCoverage::ofProject(project);
    DetailsPage page(tr("Measurements"), tr("Values of the indicators for each service and period."));
    page.field(
        tr("Values"),
        tr("%1 of %2 expected").arg(DisplayFormat::integer(total.present), DisplayFormat::integer(total.expected)));
    page.field(tr("Missing"), DisplayFormat::integer(total.missing()));
    page.field(tr("Not applicable"), DisplayFormat::integer(total.notApplicable));
    if (project.periods().isEmpty())
        return page.html();
    page.heading(tr("By period"));
    const auto byPeriod = MeasurementCoverage::byPeriod(project);
    QList<QStringList> rows;
    for (const Period& period : project.periods()) {
        const MeasurementCoverage c = byPeriod.value(period.id);
        rows.append({DisplayFormat::name(period.label), DisplayFormat::integer(c.present),
                     DisplayFormat::integer(c.missing()), DisplayFormat::integer(c.notApplicable)});
    }
    page.table({tr("Period"), tr("Values"), tr("Missing"), tr("Not applicable")}, rows);
    return page.html();
}

QString PeriodDetails::periodMeasurementsPage(const Project& project, EntityId id)
{
    const Period* period = project.data().findPeriod(id);
    if (!period)
        return {};
    DetailsPage page(tr("Measurements — %1").arg(DisplayFormat::name(period->label)),
                     tr("%1 to %2").arg(DisplayFormat::date(period->start), DisplayFormat::date(period->end)));
    const MeasurementCoverage total = MeasurementCoverage::byPeriod(project).value(id);
    page.field(
        tr("Values"),
        tr("%1 of %2 expected").arg(DisplayFormat::integer(total.present), DisplayFormat::integer(total.expected)));
    page.field(tr("Missing"), DisplayFormat::integer(total.missing()));
    if (project.services().isEmpty())
        return page.html();

    page.heading(tr("By service"));
    const auto byService = MeasurementCoverage::byService(project, id);
    QList<QStringList> rows;
    for (const DataService& service : project.services()) {
        const MeasurementCoverage c = byService.value(service.id);
        rows.append({DisplayFormat::name(service.name), DisplayFormat::integer(c.present),
                     DisplayFormat::integer(c.missing()), DisplayFormat::integer(c.notApplicable)});
    }
    page.table({tr("Service"), tr("Values"), tr("Missing"), tr("Not applicable")}, rows);

    // Values entered as missing usually say why; they are what a reader of the scorecard asks about.
    struct Row
    {
        int serviceIndex;
        int indicatorIndex;
        QStringList cells;
    };
    QHash<EntityId, int> serviceOrder;
    for (qsizetype i = 0; i < project.services().size(); ++i)
        serviceOrder.insert(project.services()[i].id, static_cast<int>(i));
    QHash<EntityId, int> indicatorOrder;
    const auto indicators = project.framework().indicators();
    for (qsizetype i = 0; i < indicators.size(); ++i)
        indicatorOrder.insert(indicators[i]->id, static_cast<int>(i));
    std::vector<Row> missing;
    for (const Measurement& m : project.measurements()) {
        if (m.key.periodId != id || m.state == MeasurementState::Present)
            continue;
        const DataService* service = project.data().findService(m.key.serviceId);
        const FrameworkNode* indicator = project.framework().find(m.key.indicatorId);
        missing.push_back(
            {serviceOrder.value(m.key.serviceId),
             indicatorOrder.value(m.key.indicatorId),
             {service ? DisplayFormat::name(service->name) : QString(),
              indicator ? FrameworkDetails::codeAndName(*indicator) : QString(), labelOf(m.state), m.comment}});
    }
    if (!missing.empty()) {
        std::sort(missing.begin(), missing.end(), [](const Row& a, const Row& b) {
            return std::tie(a.serviceIndex, a.indicatorIndex) < std::tie(b.serviceIndex, b.indicatorIndex);
        });
        QList<QStringList> missingRows;
        for (const Row& row : missing)
            missingRows.append(row.cells);
        page.heading(tr("Values recorded as missing or not applicable"));
        page.table({tr("Service"), tr("Indicator"), tr("State"), tr("Comment")}, missingRows);
    }
    return page.html();
}

} // namespace balise::ui
