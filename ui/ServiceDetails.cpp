#include "ServiceDetails.h"

#include "DetailsPage.h"
#include "DisplayFormat.h"
#include "MeasurementCoverage.h"
#include "Project.h"

namespace balise::ui {

QString ServiceDetails::sectionPage(const Project& project)
{
    DetailsPage page(tr("Data services"), tr("The urban data services evaluated on the framework."));
    if (project.services().isEmpty()) {
        page.note(tr("No data service yet. Importing measurements creates the services they name."));
        return page.html();
    }
    const auto coverage = MeasurementCoverage::byServiceOverAllPeriods(project);
    QList<QStringList> rows;
    for (const DataService& service : project.services()) {
        const MeasurementCoverage c = coverage.value(service.id);
        rows.append({DisplayFormat::name(service.name), service.operatorName, labelOf(service.domain),
                     labelOf(service.dataRole), DisplayFormat::integer(c.present),
                     DisplayFormat::integer(c.missing())});
    }
    page.table({tr("Service"), tr("Operator"), tr("Domain"), tr("Role of data"), tr("Values"), tr("Missing")}, rows);
    return page.html();
}

QString ServiceDetails::servicePage(const Project& project, EntityId id)
{
    const DataService* service = project.data().findService(id);
    if (!service)
        return {};
    DetailsPage page(DisplayFormat::name(service->name), tr("Data service"));
    page.field(tr("Name"), service->name);
    page.field(tr("Operator"), service->operatorName);
    page.field(tr("Domain"), labelOf(service->domain));
    page.field(tr("Role of data"), labelOf(service->dataRole));
    page.field(tr("Description"), service->description);

    page.heading(tr("Inclusivity"));
    page.field(tr("Population reached"), service->populationReached);
    page.field(tr("Population not reached"), service->populationNotReached);

    page.heading(tr("Postures of the public actor"));
    QStringList postures;
    for (const Posture posture : allValues<Posture>())
        if (service->hasPosture(posture))
            postures.append(labelOf(posture));
    if (postures.isEmpty())
        page.note(tr("No posture chosen for this service."));
    else
        page.bulletList(postures);

    page.heading(tr("Destabilisation profile"));
    bool assessed = false;
    for (const auto& rating : service->destabilisation)
        assessed = assessed || rating.has_value();
    if (!assessed) {
        page.note(tr("Not assessed."));
    } else {
        QList<QStringList> rows;
        for (const DestabilisationAxis axis : allValues<DestabilisationAxis>()) {
            const auto& rating = service->destabilisation[static_cast<size_t>(axis)];
            rows.append({labelOf(axis), rating ? tr("%1 / 4").arg(*rating) : tr("not assessed")});
        }
        page.table({tr("Axis"), tr("Rating")}, rows);
    }

    page.heading(tr("Answers to the operator questionnaire"));
    if (service->answers.isEmpty()) {
        page.note(tr("No answer recorded."));
    } else {
        QList<QStringList> rows;
        for (const QuestionnaireAnswer& answer : service->answers) {
            const Question* question = project.questionnaire().findQuestion(answer.questionId);
            rows.append({question ? question->text : tr("(question removed)"), answer.answer});
        }
        page.table({tr("Question"), tr("Answer")}, rows);
    }

    page.heading(tr("Measurements"));
    const MeasurementCoverage c = MeasurementCoverage::byServiceOverAllPeriods(project).value(service->id);
    page.field(tr("Values"),
               tr("%1 of %2 expected").arg(DisplayFormat::integer(c.present), DisplayFormat::integer(c.expected)));
    page.field(tr("Missing"), DisplayFormat::integer(c.missing()));
    page.field(tr("Not applicable"), DisplayFormat::integer(c.notApplicable));

    QStringList accounts;
    for (const ImpactAccount& account : project.impactAccounts())
        if (account.serviceId == service->id)
            accounts.append(DisplayFormat::name(account.name));
    if (!accounts.isEmpty()) {
        page.heading(tr("Impact accounts"));
        page.bulletList(accounts);
    }
    return page.html();
}

} // namespace balise::ui
