#pragma once

#include "Ids.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace balise::ui {

class ProjectDocument;

// A data service's answers to the operator questionnaire, typed in a table (one row per question),
// each checked against its question (yes or no, a number within the scale, one of the choices…) and
// refused with the reason otherwise; and the adequacy score they give, in all and per need
// (AdequacyScore). Each answer is one undoable edit of the service.
class ServiceAnswersEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceAnswersEditor(QWidget* parent = nullptr);

    void setDocument(ProjectDocument* document);
    void showService(EntityId id);

    QTableWidget* table() const { return m_table; }
    QLabel* adequacy() const { return m_adequacy; }
    QString refusal() const;
    // Types `answer` for the question in `row` (as the table's editor does).
    void setAnswer(int row, const QString& answer);
    // Reads an operator's filled questionnaire (the CSV exported from the questionnaire) into this
    // service's answers, in one undoable step, or refuses it whole with every problem by line. Returns
    // what was done or why not, for the user.
    QString importAnswers(const QString& path, bool* imported = nullptr);

private:
    void load();
    void commit(int row);

    ProjectDocument* m_document = nullptr;
    EntityId m_service = NoId;
    bool m_loading = false;
    QList<EntityId> m_questions; // per row
    QTableWidget* m_table;
    QLabel* m_adequacy;
    QLabel* m_refusal;
    QPushButton* m_import;
};

} // namespace balise::ui
