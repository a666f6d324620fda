#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace balise {
class Project;
}

namespace balise::ui {

// The workbench's File > Export as PDF and File > Print: the scorecard of the service (and period)
// the Scorecard view shows, through a file dialog or the system's print dialog with its preview.
// Problems are said in a message box over `parent`; nothing is written half.
class ReportPrinting
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrinting)

public:
    static void exportPdf(QWidget* parent, const Project& project, const QString& service, const QString& period);
    static void printWithPreview(QWidget* parent, const Project& project, const QString& service,
                                 const QString& period);
};

} // namespace balise::ui
