#pragma once

#include <QWidget>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

namespace balise {
struct UncertaintyOutcome;
}

namespace balise::ui {

class CoalescedRefresh;
class ProjectDocument;
class ReportLayout;

// The Reports section of the workbench: which report, about what (a service, services, a period), the
// report itself in a live print preview, and Export PDF / Print. The same layouts as
// `balise export --pdf` (ReportExport), so that what is previewed is what is printed. Follows the
// project: the preview is redrawn after an edit.
class ReportsView : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Scorecard,
        Comparison,
        FrameworkDocument,
        Evolution,
        Impacts
    };

    explicit ReportsView(QWidget* parent = nullptr);
    ~ReportsView() override;

    void setDocument(ProjectDocument* document);
    // Where the last current uncertainty analysis comes from (the Robustness view).
    void setUncertaintySource(std::function<const UncertaintyOutcome*()> source);

    void showKind(Kind kind);
    Kind kind() const;
    // Sets the scorecard's service and period by name and label (the Scorecard view's choice).
    void showScorecard(const QString& service, const QString& period);

    // The report as set up, or null with `error` set.
    std::unique_ptr<ReportLayout> makeReport(QString& error) const;
    // Writes the report to `path`; returns the reason when it cannot (nothing is left half-written).
    QString exportTo(const QString& path) const;
    void chooseAndExport();
    // Print…: the system's print dialog. File > Print: the print preview dialog, which prints from it.
    void printWithDialog();
    void printWithPreview();

    QComboBox* kindBox() const { return m_kind; }
    QComboBox* serviceBox() const { return m_service; }
    QListWidget* servicesList() const { return m_services; }
    QComboBox* periodBox() const { return m_period; }
    QLabel* problem() const { return m_problem; }
    int previewPages() const;

private:
    void fillChoices();
    void updateForm();
    void paintPreview(QPrinter* printer);
    // The report, or null after saying why under the form.
    std::unique_ptr<ReportLayout> reportOrSay();
    QString title() const;

    ProjectDocument* m_document = nullptr;
    std::function<const UncertaintyOutcome*()> m_uncertainty;
    CoalescedRefresh* m_refresh;
    QComboBox* m_kind;
    QComboBox* m_service;
    QListWidget* m_services;
    QComboBox* m_period;
    QLabel* m_serviceLabel;
    QLabel* m_servicesLabel;
    QLabel* m_periodLabel;
    QLabel* m_problem;
    QPushButton* m_export;
    QPushButton* m_print;
    QPrintPreviewWidget* m_preview;
    QPrinter* m_printer; // owned: the preview paints on it
    int m_pages = 0;
};

} // namespace balise::ui
