#include "ImpactAccountDetails.h"

#include "DetailsPage.h"
#include "DisplayFormat.h"
#include "Project.h"

namespace balise::ui {
namespace {

const ImpactAccount* findAccount(const Project& project, EntityId id)
{
    for (const ImpactAccount& account : project.impactAccounts())
        if (account.id == id)
            return &account;
    return nullptr;
}

QString amount(double value, const QString& currency)
{
    return ImpactAccountDetails::tr("%1 %2").arg(DisplayFormat::number(value), currency);
}

QString total(double value, const QString& currency)
{
    return ImpactAccountDetails::tr("%1 %2").arg(DisplayFormat::computed(value), currency);
}

} // namespace

QString ImpactAccountDetails::sectionPage(const Project& project)
{
    DetailsPage page(tr("Impact accounts"),
                     tr("Costs and benefits per unit of activity, split between society and the user."));
    if (project.impactAccounts().isEmpty()) {
        page.note(tr("No impact account yet."));
        return page.html();
    }
    QList<QStringList> rows;
    for (const ImpactAccount& account : project.impactAccounts()) {
        const DataService* service = project.data().findService(account.serviceId);
        rows.append({DisplayFormat::name(account.name), service ? DisplayFormat::name(service->name) : QString(),
                     account.unit, DisplayFormat::integer(account.lines.size())});
    }
    page.table({tr("Account"), tr("Service"), tr("Unit of activity"), tr("Lines")}, rows);
    return page.html();
}

QString ImpactAccountDetails::accountPage(const Project& project, EntityId id)
{
    const ImpactAccount* account = findAccount(project, id);
    if (!account)
        return {};
    DetailsPage page(DisplayFormat::name(account->name), tr("Impact account"));
    const DataService* service = project.data().findService(account->serviceId);
    page.field(tr("Service"), service ? service->name : QString());
    page.field(tr("Unit of activity"), account->unit);
    page.field(tr("Currency"), account->currency);
    page.field(tr("Investment"), account->investment ? amount(*account->investment, account->currency) : QString());
    page.field(tr("Discount rate per period"), DisplayFormat::percent(account->discountRate));

    page.heading(tr("Costs and benefits per unit"));
    if (account->lines.isEmpty()) {
        page.note(tr("No line yet."));
    } else {
        QList<QStringList> rows;
        double society = 0.0;
        double user = 0.0;
        for (const ImpactLine& line : account->lines) {
            rows.append(
                {DisplayFormat::name(line.label), amount(line.valuePerUnit, account->currency), labelOf(line.bearer)});
            (line.bearer == ImpactBearer::Society ? society : user) += line.valuePerUnit;
        }
        page.table({tr("Line"), tr("Per unit"), tr("Borne by")}, rows);
        page.field(tr("Net for society"), total(society, account->currency));
        page.field(tr("Net for the user"), total(user, account->currency));
        page.field(tr("Net per unit"), total(society + user, account->currency));
    }

    page.heading(tr("Volume of activity"));
    if (account->volumes.isEmpty()) {
        page.note(tr("No volume yet."));
    } else {
        QList<QStringList> rows;
        for (const ImpactVolume& volume : account->volumes) {
            const Period* period = project.data().findPeriod(volume.periodId);
            rows.append({period ? DisplayFormat::name(period->label) : QString(), DisplayFormat::number(volume.volume),
                         account->unit});
        }
        page.table({tr("Period"), tr("Volume"), tr("Unit")}, rows);
    }
    return page.html();
}

} // namespace balise::ui
