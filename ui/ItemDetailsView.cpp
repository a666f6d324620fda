#include "ItemDetailsView.h"

#include "DetailsPage.h"
#include "EvaluationBuilder.h"
#include "FrameworkDetails.h"
#include "ImpactAccountDetails.h"
#include "PeriodDetails.h"
#include "Project.h"
#include "ServiceDetails.h"
#include "VadeMecumDetails.h"

#include <QScrollBar>

namespace balise::ui {

using Kind = ProjectItemRef::Kind;

ItemDetailsView::ItemDetailsView(QWidget* parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("itemDetailsView"));
    // Pages hold no links to follow; user text that looks like a URL must stay text.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDocumentMargin(16);
}

QString ItemDetailsView::pageFor(const Project& project, const ProjectItemRef& item)
{
    switch (item.kind) {
    case Kind::None:
        return {};
    case Kind::FrameworkSection:
        return FrameworkDetails::sectionPage(project);
    case Kind::FrameworkNode:
        if (const FrameworkNode* node = project.framework().find(item.id))
            return FrameworkDetails::nodePage(project, *node);
        return {};
    case Kind::ServicesSection:
        return ServiceDetails::sectionPage(project);
    case Kind::Service:
        return ServiceDetails::servicePage(project, item.id);
    case Kind::PeriodsSection:
        return PeriodDetails::periodsPage(project);
    case Kind::Period:
        return PeriodDetails::periodPage(project, item.id);
    case Kind::MeasurementsSection:
        return PeriodDetails::measurementsPage(project);
    case Kind::PeriodMeasurements:
        return PeriodDetails::periodMeasurementsPage(project, item.id);
    case Kind::ResultsSection:
    case Kind::UncertaintyAnalysis:
    case Kind::QualityAudit:
    case Kind::Scorecard:
    case Kind::Destabilisation:
    case Kind::Sensitivity:
    case Kind::ReportsSection:
    case Kind::Report: {
        // Shown only while the project cannot be scored; otherwise the comparison view takes its place.
        DetailsPage page(tr("Scores and comparison"));
        const QString reason = EvaluationBuilder::unavailableReason(project.data());
        page.note(reason.isEmpty() ? tr("The services are scored on the framework.") : reason);
        return page.html();
    }
    case Kind::ImpactAccountsSection:
        return ImpactAccountDetails::sectionPage(project);
    case Kind::ImpactAccount:
        return ImpactAccountDetails::accountPage(project, item.id);
    default: // the vade-mecum, its groups and items
        return VadeMecumDetails::page(project, item);
    }
}

void ItemDetailsView::showItem(const Project* project, const ProjectItemRef& item)
{
    if (!project || !item.isValid()) {
        m_item = {};
        clear();
        return;
    }
    // Showing the same item again (after a change) keeps the reader where they were.
    const int scroll = item == m_item ? verticalScrollBar()->value() : 0;
    m_item = item;
    QString html = pageFor(*project, item);
    if (html.isEmpty()) {
        DetailsPage page(tr("Not in the project"));
        page.note(tr("This item is no longer in the project."));
        html = page.html();
    }
    setHtml(html);
    verticalScrollBar()->setValue(scroll);
}

} // namespace balise::ui
