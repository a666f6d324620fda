#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace balise::ui {

class ProjectDocument;
class QualityAuditModel;

// The quality audit of the indicators: the six qualities per indicator with the hints from the data,
// and the framework-wide warnings (readability) above.
class QualityAuditView : public QWidget
{
    Q_OBJECT

public:
    explicit QualityAuditView(QWidget* parent = nullptr);
    void setDocument(ProjectDocument* document);
    QualityAuditModel* model() const { return m_model; }

private:
    void showFindings();

    QualityAuditModel* m_model;
    QLabel* m_findings;
    QTableView* m_table;
};

} // namespace balise::ui
