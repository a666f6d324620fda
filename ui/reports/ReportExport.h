#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class QPagedPaintDevice;

namespace balise {
class Project;
struct UncertaintyOutcome;
} // namespace balise

namespace balise::ui {

class ReportLayout;

// Makes reports of a project and writes them: what the workbench's Export PDF and Print, and the
// command line's `balise export --pdf`, share. A report is laid out once and can then be printed on
// any paged device (a PDF file, a printer, the print preview).
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    // The scorecard of the service named `service` in the period labelled `period` (empty: the last
    // period where the service has an overall score, else the last one). Null with `error` set when
    // the project cannot be evaluated or has no such service or period.
    static std::unique_ptr<ReportLayout> serviceScorecard(const Project& project, const QString& service,
                                                          const QString& period, QString& error);

    // The comparison of the services named in `services` (empty: all of them) in the period labelled
    // `period` (empty: the last one); rank intervals from `uncertainty` when it is about that period.
    static std::unique_ptr<ReportLayout> comparison(const Project& project, const QStringList& services,
                                                    const QString& period, const UncertaintyOutcome* uncertainty,
                                                    QString& error);

    // How the service named `service` moved over the periods.
    static std::unique_ptr<ReportLayout> evolution(const Project& project, const QString& service, QString& error);
    // The project's impact accounts.
    static std::unique_ptr<ReportLayout> impacts(const Project& project);
    // The vade-mecum and framework document for political validation.
    static std::unique_ptr<ReportLayout> frameworkDocument(const Project& project);

    // Writes `layout` as a PDF at `path`, whole or not at all (QSaveFile). Returns the number of pages,
    // or 0 with `error` set.
    static int writePdf(const ReportLayout& layout, const QString& title, const QString& path, QString& error);
};

} // namespace balise::ui
