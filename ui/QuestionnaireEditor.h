#pragma once

#include "Ids.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace balise {
struct Question;
struct Questionnaire;
} // namespace balise

namespace balise::ui {

class ProjectDocument;

// The questionnaire the territory puts to data-service operators: sections and their questions (free
// text, yes/no, one or several choices, a scale, a number), each optionally scored — with its weight
// and which way it counts — and linked to a need of the vade-mecum or an objective of the framework;
// a preview as the operator will read it; and a starter set to begin from. Every change is one
// undoable edit; removing a question asks first when operators answered it (undo gives the answers
// back).
class QuestionnaireEditor : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionnaireEditor(QWidget* parent = nullptr);

    void setDocument(ProjectDocument* document);
    // Selects a section (or, with a question id, that question).
    void showSection(EntityId sectionId);
    void showQuestion(EntityId questionId);
    EntityId currentSection() const { return m_section; }
    EntityId currentQuestion() const { return m_question; }

    void setConfirmation(std::function<bool(const QString&)> confirm);

    EntityId addSection();
    EntityId addQuestion();
    void removeCurrent();
    void moveCurrent(int delta);
    bool addStarterQuestions();
    // Writes the blank questionnaire for operators: JSON when `path` ends in .json, a PDF document to
    // print when in .pdf, else CSV. Returns the reason when it cannot be written (nothing is left
    // half-written).
    QString exportBlank(const QString& path) const;

    QLineEdit* sectionTitleEdit() const { return m_sectionTitle; }
    QPlainTextEdit* questionTextEdit() const { return m_text; }
    QComboBox* kindBox() const { return m_kind; }
    QPlainTextEdit* choicesEdit() const { return m_choices; }
    QCheckBox* scoredBox() const { return m_scored; }
    QCheckBox* lowerIsBetterBox() const { return m_lowerIsBetter; }
    QComboBox* needBox() const { return m_need; }
    QTextBrowser* preview() const { return m_preview; }
    QTreeWidget* outline() const { return m_outline; }

private:
    enum Field
    {
        SectionTitle = 1,
        Text,
        Kind,
        Choices,
        Scale,
        Scored,
        Weight,
        LowerIsBetter,
        Need,
        Objective
    };
    void load();
    void loadForm();
    void fillLinks();
    void renderPreview();
    // The questionnaire as the operator sees it; on paper with room to write and who answers.
    QString operatorHtml(bool forPrint) const;
    void editQuestion(Field field, const std::function<void(Question&)>& change);
    bool change(const Questionnaire& after, qint64 mergeKey, const QString& text);

    ProjectDocument* m_document = nullptr;
    EntityId m_section = NoId;
    EntityId m_question = NoId;
    bool m_loading = false;
    QTreeWidget* m_outline;
    QStackedWidget* m_forms;
    QLineEdit* m_sectionTitle;
    QPlainTextEdit* m_text;
    QComboBox* m_kind;
    QFormLayout* m_questionForm;
    QPlainTextEdit* m_choices;
    QSpinBox* m_scaleMin;
    QSpinBox* m_scaleMax;
    QCheckBox* m_scored;
    QDoubleSpinBox* m_weight;
    QCheckBox* m_lowerIsBetter;
    QComboBox* m_need;
    QComboBox* m_objective;
    QTabWidget* m_tabs;
    QTextBrowser* m_preview;
    QPushButton* m_addSection;
    QPushButton* m_addQuestion;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_starter;
    QPushButton* m_export;
    QLabel* m_refusal;
    std::function<bool(const QString&)> m_confirm;
};

} // namespace balise::ui
