#pragma once

#include "ProjectInfo.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace balise::ui {

// The fields that describe a project and its territory — title, territory's name, kind and
// population, and (when asked for) a description — as the New project and Project properties dialogs
// both show them. It edits a copy: the dialog that holds it decides when the project changes.
class ProjectInfoForm : public QWidget
{
    Q_OBJECT

public:
    enum class Fields
    {
        ForCreation, // no description: a new project is described later
        WithDescription
    };

    explicit ProjectInfoForm(Fields fields, QWidget* parent = nullptr);

    void setInfo(const ProjectInfo& info);
    // The info as typed; attributes the form does not show keep what setInfo() gave.
    ProjectInfo info() const;

    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* territoryEdit() const { return m_territory; }
    QComboBox* kindBox() const { return m_kind; }
    QSpinBox* populationBox() const { return m_population; }
    // The form's layout, for a dialog to add its own rows in line with these.
    QFormLayout* formLayout() const { return m_form; }

Q_SIGNALS:
    void titleEdited(const QString& title);

private:
    ProjectInfo m_base;
    QFormLayout* m_form;
    QLineEdit* m_title;
    QLineEdit* m_territory;
    QComboBox* m_kind;
    QSpinBox* m_population; // 0 shows "not given"
    QPlainTextEdit* m_description = nullptr;
};

} // namespace balise::ui
