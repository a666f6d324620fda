#pragma once

#include "Ids.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace balise::ui {

class ProjectDocument;

// The history of the vade-mecum, "a dynamic document": its revisions with date, author, political
// status (draft, submitted, politically validated — by whom and when) and summary; recording a new
// one freezes the content as it stands; the status and summary of each are edited in place; and any
// two states — two revisions, or a revision and the current content — are compared: what was added,
// removed or changed. Every change is one undoable edit.
class RevisionsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RevisionsEditor(QWidget* parent = nullptr);

    void setDocument(ProjectDocument* document);
    void showRevision(EntityId id);
    EntityId revision() const { return m_revision; }

    // Records a revision with this summary; returns its id (NoId when refused).
    EntityId recordRevision(const QString& summary);
    // Compares revision `from` (an id) with `to` (an id, or NoId for the current content).
    void compare(EntityId from, EntityId to);
    // Shows the whole content revision `id` froze.
    void showContent(EntityId id);

    QTableWidget* table() const { return m_table; }
    QComboBox* statusBox() const { return m_status; }
    QLineEdit* validatedByEdit() const { return m_validatedBy; }
    QDateEdit* validatedOnEdit() const { return m_validatedOn; }
    QPlainTextEdit* summaryEdit() const { return m_summary; }
    QTextBrowser* differences() const { return m_differences; }
    QString refusal() const;

Q_SIGNALS:
    void revisionRecorded(balise::EntityId id);

private:
    void load();
    void loadForm();
    void commitForm();
    void fillCompareChoices();

    ProjectDocument* m_document = nullptr;
    EntityId m_revision = NoId;
    bool m_loading = false;
    QTableWidget* m_table;
    QComboBox* m_status;
    QLineEdit* m_validatedBy;
    QDateEdit* m_validatedOn;
    QPlainTextEdit* m_summary;
    QPushButton* m_record;
    QPushButton* m_showContent;
    QComboBox* m_from;
    QComboBox* m_to;
    QTextBrowser* m_differences;
    QLabel* m_refusal;
};

} // namespace balise::ui
