#pragma once

#include <QWidget>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace balise {
struct UncertaintyOutcome;
}

namespace balise::ui {

class CoalescedRefresh;
class ProjectDocument;
class ReportLayout;
class ReportPreview;

// The Reports section of the workbench: which report, about what (a service, services, a period), the
// report itself in a live preview of its pages, and Export PDF / Print. The same layouts as
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
    // Print…: the system's print dialog. File > Print: a preview of the pages in a dialog that prints
    // from it (the Reports view may not be the one shown).
    void printWithDialog();
    void printWithPreview();

    QComboBox* kindBox() const { return m_kind; }
    QComboBox* serviceBox() const { return m_service; }
    QListWidget* servicesList() const { return m_services; }
    QComboBox* periodBox() const { return m_period; }
    QLabel* problem() const { return m_problem; }
    int previewPages() const;
    ReportPreview* preview() const { return m_preview; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillChoices();
    void updateForm();
    // Records the report's pages for the preview; while the view is hidden, only notes that they
    // are out of date, and showEvent records them: a report of a large project takes a noticeable
    // time to lay out, and every edit elsewhere in the workbench asks for it.
    void updatePreview();
    // The system's print dialog over `parent`, then the report printed; false when the user cancels.
    bool print(const ReportLayout& layout, QWidget* parent) const;
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
    ReportPreview* m_preview;
    bool m_previewStale = false; // asked for while hidden
};

} // namespace balise::ui
