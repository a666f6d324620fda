#pragma once

#include "commands/ProjectPropertiesCommand.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace balise::ui {

class ProjectDocument;
class ProjectInfoForm;

// File > Project properties: the project's title, territory and description, and the settings of
// its evaluation — traffic-light thresholds, the minimum coverage under which a score is
// "insufficient data", the readability limits of the quality audit, the default normalisation and
// aggregation. OK applies everything in one undoable step; a refused change is said in the dialog,
// which stays open, and the project is left as it was.
class ProjectPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProjectPropertiesDialog(ProjectDocument& document, QWidget* parent = nullptr);

    ProjectInfoForm* infoForm() const { return m_info; }
    QDoubleSpinBox* redBelowBox() const { return m_redBelow; }
    QDoubleSpinBox* greenFromBox() const { return m_greenFrom; }
    QSpinBox* coverageBox() const { return m_coverage; }
    QComboBox* normalisationBox() const { return m_normalisation; }
    QComboBox* aggregationBox() const { return m_aggregation; }

    // The properties as typed.
    ProjectProperties properties() const;
    // What OK does: applies the change (nothing when nothing changed), or shows why not. True when done.
    bool apply();
    QString refusal() const;

    void accept() override;

private:
    void refuse(const QString& message);

    ProjectDocument& m_document;
    ProjectProperties m_before;
    ProjectInfoForm* m_info;
    QDoubleSpinBox* m_redBelow;
    QDoubleSpinBox* m_greenFrom;
    QSpinBox* m_coverage; // percent
    QSpinBox* m_perCriterion;
    QSpinBox* m_inFramework;
    QComboBox* m_normalisation;
    QComboBox* m_aggregation;
    QLabel* m_refusal;
};

} // namespace balise::ui
