#pragma once

#include "Ids.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace balise {
struct ImpactAccount;
} // namespace balise

namespace balise::ui {

class ProjectDocument;

// The editor of one impact account [bilan des impacts]: what it is about (name, service, unit of
// activity, currency), its cost and benefit lines per unit with who bears them, the volume of activity
// in each period, the investment and discount rate — and, as they change, the totals per unit and per
// period, the net value, the net present value and the internal rate of return. Every change is an
// undoable edit; accounts are added and removed here.
class ImpactAccountEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ImpactAccountEditor(QWidget* parent = nullptr);
    ~ImpactAccountEditor() override;

    void setDocument(ProjectDocument* document);
    void showAccount(EntityId id);
    EntityId account() const { return m_account; }

    EntityId addAccount();
    void removeAccount();
    void addLine();
    void removeLine(int row);

    QTableWidget* lines() const { return m_lines; }
    QTableWidget* volumes() const { return m_volumes; }
    QLabel* results() const { return m_results; }

Q_SIGNALS:
    void accountAdded(balise::EntityId id);
    void accountRemoved();

private:
    enum Attribute
    {
        Name,
        Service,
        Unit,
        Currency,
        Investment,
        Rate,
        Lines,
        Volumes
    };
    void load();
    void showResults(const ImpactAccount& account);
    void edit(int attribute, const std::function<QString(ImpactAccount&)>& change);
    void editLines();
    void editVolumes();

    ProjectDocument* m_document = nullptr;
    EntityId m_account = NoId;
    bool m_loading = false;
    QLabel* m_title;
    QLineEdit* m_name;
    QComboBox* m_service;
    QLineEdit* m_unit;
    QLineEdit* m_currency;
    QLineEdit* m_investment;
    QLineEdit* m_rate;
    QTableWidget* m_lines;
    QTableWidget* m_volumes;
    QLabel* m_results;
    QLabel* m_refusal;
};

} // namespace balise::ui
