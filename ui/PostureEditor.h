#pragma once

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace balise::ui {

class ProjectDocument;

// The territory's stance for each of the five postures of the public actor (regulator, data client,
// data re-user, investor, commons creator): ticked when the territory takes that posture, with a
// sentence saying how. Each change is one undoable edit of the vade-mecum.
class PostureEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PostureEditor(QWidget* parent = nullptr);

    void setDocument(ProjectDocument* document);

    // In the order of the Posture enum: for tests.
    QList<QCheckBox*> boxes() const { return m_boxes; }
    QList<QLineEdit*> stances() const { return m_stances; }

private:
    void load();
    void commit(int row, bool typing);

    ProjectDocument* m_document = nullptr;
    bool m_loading = false;
    QList<QCheckBox*> m_boxes;
    QList<QLineEdit*> m_stances;
    QLabel* m_refusal;
};

} // namespace balise::ui
