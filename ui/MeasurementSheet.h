#pragma once

#include "Ids.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace balise {
struct ProjectChange;
} // namespace balise

namespace balise::ui {

class MeasurementSheetModel;
class ProjectDocument;

// The measurement sheet: choose a period, type values service by service (Tab moves right, Enter
// down), paste a block from a spreadsheet (Ctrl+V), copy (Ctrl+C), clear (Delete). A refused value is
// explained under the sheet; nothing changes.
class MeasurementSheet : public QWidget
{
    Q_OBJECT

public:
    explicit MeasurementSheet(QWidget* parent = nullptr);
    ~MeasurementSheet() override;

    void setDocument(ProjectDocument* document);
    void showPeriod(EntityId period);

    MeasurementSheetModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    void pasteClipboard();
    void copySelection() const;
    void clearSelection();

private:
    void fillPeriods();
    void showRefusal(const QString& message);

    ProjectDocument* m_document = nullptr;
    MeasurementSheetModel* m_model;
    QComboBox* m_periods;
    QTableView* m_view;
    QLabel* m_hint;
    QLabel* m_refusal;
};

} // namespace balise::ui
