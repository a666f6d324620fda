#include "BenchReport.h"
#include "BenchWorkload.h"
#include "CliContext.h"
#include "LiveBench.h"
#include "Project.h"

#include <QFileInfo>
#include <QTemporaryDir>

#ifdef BALISE_WITH_GUI
#include "reports/ReportExport.h"
#include "reports/ReportLayout.h"
#endif

namespace balise::cli {

bool runPdfBench(QTextStream& out, const BenchWorkload& workload, int repeat)
{
#ifdef BALISE_WITH_GUI
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    double buildSeconds = 0.0;
    try {
        project = buildBenchProject(dir.filePath(QStringLiteral("pdf.balise")), workload, 12, &buildSeconds);
    } catch (const std::exception& error) {
        out << CliContext::tr("The benchmark project could not be built: %1").arg(QString::fromLocal8Bit(error.what()))
            << '\n';
        return false;
    }
    const QStringList services = workload.serviceCodes.mid(0, 50);
    const QString pdf = dir.filePath(QStringLiteral("comparison.pdf"));
    int pages = 0;
    QString error;
    const Timing t = measure(repeat, [&] {
        const auto layout = ui::ReportExport::comparison(*project, services, QString(), nullptr, error);
        pages = layout ? ui::ReportExport::writePdf(*layout, QStringLiteral("bench"), pdf, error) : 0;
    });
    if (pages == 0) {
        out << error << '\n';
        return false;
    }
    out << '\n'
        << CliContext::tr("PDF comparison of %1 services on a project of %2 services × %3 indicators × 12 periods "
                          "(evaluation, layout, charts and file; %4 pages, %5 KiB):")
               .arg(services.size())
               .arg(workload.serviceCodes.size())
               .arg(workload.indicatorCodes.size())
               .arg(pages)
               .arg(QFileInfo(pdf).size() / 1024)
        << '\n';
    printRow(out, CliContext::tr("PDF comparison, 50 services"), t, 5000.0, QStringLiteral("ms"));
    return true;
#else
    Q_UNUSED(workload)
    Q_UNUSED(repeat)
    out << CliContext::tr("This build of Balise has no workbench and cannot draw PDF reports.") << '\n';
    return false;
#endif
}

} // namespace balise::cli
