#pragma once

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;

namespace balise::ui {

class ProjectDocument;

// File > Export data: the project's measurements (CSV in the layout Balise imports back, or JSON),
// its results (every score, coverage, light and rank) or its framework (the framework CSV, to edit in
// a spreadsheet and import again), as CSV with `,` and `.` or with `;`, `,` and a BOM for French
// spreadsheet software. Written whole or not at all; a refusal is said in the dialog.
class ExportDataDialog : public QDialog
{
    Q_OBJECT

public:
    enum class What
    {
        Measurements,
        Results,
        Framework
    };

    explicit ExportDataDialog(const ProjectDocument& document, QWidget* parent = nullptr);

    void setWhat(What what);
    QComboBox* dialectBox() const { return m_dialect; }
    QLineEdit* pathEdit() const { return m_path; }
    QString refusal() const;

    // What Export does: writes the file, or says why not. True when written.
    bool exportFile();
    void accept() override;

private:
    What what() const;
    void proposePath();
    void choosePath();

    const ProjectDocument& m_document;
    QButtonGroup* m_what;
    QComboBox* m_dialect;
    QComboBox* m_format;
    QLineEdit* m_path;
    QLabel* m_refusal;
    bool m_pathEdited = false;
};

} // namespace balise::ui
