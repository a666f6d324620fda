#pragma once

#include "VadeMecumItems.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace balise::ui {

class ProjectDocument;

// The editor of one item of the vade-mecum — a priority need (domain, priority), a principle, a field
// of attention (family), a resource offered (kind, conditions) or a free section — or, with no item, of
// the list it belongs to, to add the first one. Every change is one undoable edit written at once;
// typing in a field merges into one step. Adds, removes (the objectives and questions that cited the
// item lose that link: undo gives it back) and moves items within their list.
class VadeMecumItemEditor : public QWidget
{
    Q_OBJECT

public:
    using Part = VadeMecumItems::Part;

    explicit VadeMecumItemEditor(QWidget* parent = nullptr);
    ~VadeMecumItemEditor() override;

    void setDocument(ProjectDocument* document);
    // Shows the item `id` of `part` (NoId: the list itself, empty or not).
    void showItem(Part part, EntityId id);
    Part part() const { return m_part; }
    EntityId item() const { return m_item; }

    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QComboBox* choiceBox() const { return m_choice; }
    QComboBox* priorityBox() const { return m_priority; }
    QPlainTextEdit* conditionsEdit() const { return m_conditions; }

    // Asked before removing an item that objectives or questions cite; defaults to a question box.
    void setConfirmation(std::function<bool(const QString&)> confirm);

    EntityId addItem();
    void removeItem();
    void moveItem(int delta);

Q_SIGNALS:
    void itemAdded(balise::ui::VadeMecumItems::Part part, balise::EntityId id);
    void itemRemoved(balise::ui::VadeMecumItems::Part part);

private:
    enum Field
    {
        Title = 1,
        Text,
        Choice,
        Priority,
        Conditions
    };
    void load();
    void fillChoices();
    void edit(Field field, const std::function<void(VadeMecumItems::Item&)>& change);
    bool change(const VadeMecum& after, qint64 mergeKey, const QString& text);
    void showRefusal(const QString& message);

    ProjectDocument* m_document = nullptr;
    Part m_part = Part::Needs;
    EntityId m_item = NoId;
    bool m_loading = false;
    QLabel* m_heading;
    QLabel* m_intro;
    QFormLayout* m_form;
    QLineEdit* m_title;
    QComboBox* m_choice;
    QComboBox* m_priority;
    QPlainTextEdit* m_text;
    QPlainTextEdit* m_conditions;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QLabel* m_refusal;
    std::function<bool(const QString&)> m_confirm;
};

} // namespace balise::ui
