#include "ReportExport.h"

#include "Evaluation.h"
#include "EvaluationBuilder.h"
#include "Project.h"
#include "ReportLayout.h"
#include "ServiceScorecard.h"
#include "ServiceScorecardReport.h"

#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>
#include <cmath>

namespace balise::ui {

std::unique_ptr<ReportLayout> ReportExport::serviceScorecard(const Project& project, const QString& service,
                                                             const QString& period, QString& error)
{
    if (const QString reason = EvaluationBuilder::unavailableReason(project.data()); !reason.isEmpty()) {
        error = reason;
        return nullptr;
    }
    const EvaluationSetup setup = EvaluationBuilder::build(project.data());
    const engine::EvaluationResult result = engine::evaluate(setup.input);
    const int s = static_cast<int>(setup.serviceNames.indexOf(service));
    if (s < 0) {
        error = tr("The project has no service called \"%1\".").arg(service);
        return nullptr;
    }
    int p = static_cast<int>(setup.periodLabels.size()) - 1;
    if (!period.isEmpty()) {
        p = static_cast<int>(setup.periodLabels.indexOf(period));
        if (p < 0) {
            error = tr("The project has no period labelled \"%1\".").arg(period);
            return nullptr;
        }
    } else {
        while (p > 0 && std::isnan(result.score(p, 0, s)))
            --p;
    }
    if (p < 0) {
        error = tr("The project has no period to report on.");
        return nullptr;
    }
    const ServiceScorecard card = ServiceScorecardBuilder::build(project, setup, result, p, s);
    auto layout = std::make_unique<ReportLayout>(
        ReportFrame{card.territory, card.projectTitle, ServiceScorecardReport::kind(), QDate::currentDate()});
    ServiceScorecardReport::compose(card, *layout);
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
