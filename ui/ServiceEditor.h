#pragma once

#include "Ids.h"

#include <QList>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace balise {
struct DataService;
} // namespace balise

namespace balise::ui {

class ProjectDocument;
class ServiceAnswersEditor;

// The editor of one data service: every attribute of DESIGN §2 — name, operator, domain, role of the
// data, description, the populations it reaches and does not reach, the postures of the public actor,
// and the six destabilisation ratings. Each change is an undoable edit written at once; a refused one
// is explained under the form and the field shows the stored value again. Also adds and removes
// services (a removal takes the service's measurements with it: asked first, undoable).
class ServiceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceEditor(QWidget* parent = nullptr);
    ~ServiceEditor() override;

    void setDocument(ProjectDocument* document);
    void showService(EntityId id);
    EntityId service() const { return m_service; }
    ServiceAnswersEditor* answers() const { return m_answers; }

    // Asked before removing a service with measurements; defaults to a question box.
    void setConfirmation(std::function<bool(const QString&)> confirm);

    EntityId addService();
    void removeService();

Q_SIGNALS:
    // A service was added or removed here: the window selects it (or its section).
    void serviceAdded(balise::EntityId id);
    void serviceRemoved();

private:
    enum Attribute
    {
        Name,
        Operator,
        Domain,
        Role,
        Description,
        Reached,
        NotReached,
        Postures,
        Destabilisation // + axis
    };
    void load();
    void edit(int attribute, const std::function<void(DataService&)>& change);
    void showRefusal(const QString& message);

    ProjectDocument* m_document = nullptr;
    EntityId m_service = NoId;
    bool m_loading = false;
    QLabel* m_title;
    QLineEdit* m_name;
    QLineEdit* m_operator;
    QComboBox* m_domain;
    QComboBox* m_role;
    QPlainTextEdit* m_description;
    QLineEdit* m_reached;
    QLineEdit* m_notReached;
    QList<QCheckBox*> m_postures;
    QList<QComboBox*> m_destabilisation;
    QPushButton* m_remove;
    QLabel* m_refusal;
    ServiceAnswersEditor* m_answers; // child of this editor
    std::function<bool(const QString&)> m_confirm;
};

} // namespace balise::ui
