#include "ReportPrinting.h"

#include "Project.h"
#include "ReportExport.h"
#include "ReportLayout.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace balise::ui {
namespace {

std::unique_ptr<ReportLayout> scorecard(QWidget* parent, const Project& project, const QString& service,
                                        const QString& period)
{
    if (service.isEmpty()) {
        QMessageBox::information(parent, ReportPrinting::tr("Nothing to print"),
                                 ReportPrinting::tr("Choose a service in the Scorecard view first."));
        return nullptr;
    }
    QString error;
    auto layout = ReportExport::serviceScorecard(project, service, period, error);
    if (!layout)
        QMessageBox::warning(parent, ReportPrinting::tr("No scorecard"), error);
    return layout;
}

} // namespace

void ReportPrinting::exportPdf(QWidget* parent, const Project& project, const QString& service, const QString& period)
{
    const auto layout = scorecard(parent, project, service, period);
    if (!layout)
        return;
    const QString proposed = QFileInfo(project.filePath())
                                 .absoluteDir()
                                 .filePath(tr("Scorecard %1 %2.pdf").arg(service, period).simplified());
    QString path =
        QFileDialog::getSaveFileName(parent, tr("Export the scorecard as PDF"), proposed, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString error;
    if (ReportExport::writePdf(*layout, service, path, error) == 0)
        QMessageBox::warning(parent, tr("The PDF was not written"), error);
}

void ReportPrinting::printWithPreview(QWidget* parent, const Project& project, const QString& service,
                                      const QString& period)
{
    const auto layout = scorecard(parent, project, service, period);
    if (!layout)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(service);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(tr("Print the scorecard of %1").arg(service));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&layout](QPrinter* target) { layout->print(*target); });
    preview.exec();
}

} // namespace balise::ui
