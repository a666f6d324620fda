#pragma once

#include "Ids.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace balise {
struct Period;
} // namespace balise

namespace balise::ui {

class ProjectDocument;

// The editor of one measurement period: its label, its kind (year, quarter, month, free) and its
// dates; adds and removes periods (a removal takes the period's measurements with it: asked first,
// undoable). Each change is an undoable edit written at once; a refused one is explained.
class PeriodEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodEditor(QWidget* parent = nullptr);
    ~PeriodEditor() override;

    void setDocument(ProjectDocument* document);
    void showPeriod(EntityId id);
    EntityId period() const { return m_period; }
    void setConfirmation(std::function<bool(const QString&)> confirm);

    EntityId addPeriod();
    void removePeriod();

Q_SIGNALS:
    void periodAdded(balise::EntityId id);
    void periodRemoved();

private:
    enum Attribute
    {
        Label,
        Kind,
        Dates
    };
    void load();
    void edit(int attribute, const std::function<void(Period&)>& change);
    void editDates();

    ProjectDocument* m_document = nullptr;
    EntityId m_period = NoId;
    bool m_loading = false;
    QLabel* m_title;
    QLineEdit* m_label;
    QComboBox* m_kind;
    QCheckBox* m_dated;
    QDateEdit* m_start;
    QDateEdit* m_end;
    QPushButton* m_remove;
    QLabel* m_refusal;
    std::function<bool(const QString&)> m_confirm;
};

} // namespace balise::ui
