#pragma once

#include "Ids.h"

#include <QDate>
#include <QList>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QFormLayout;
class QPlainTextEdit;

namespace balise {
struct FrameworkNode;
} // namespace balise

namespace balise::ui {

class ProjectDocument;

// Every attribute of one indicator, editable: definition, kind and levels, direction and normalisation,
// unit, source, collection protocol and frequency, collection cost, baseline and target with their
// dates, target band, traffic-light thresholds, and the six quality ratings with their justifications.
// Each change is an undoable edit of the node, written at once; a refused one is said under the form
// and the field shows the stored value again.
class IndicatorForm : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorForm(QWidget* parent = nullptr);
    ~IndicatorForm() override;

    void setDocument(ProjectDocument* document);
    void showIndicator(EntityId id);
    EntityId indicator() const { return m_node; }

private:
    // Attributes, for merging consecutive edits: after the grid's columns so that they never merge with
    // an edit made in the grid.
    enum Attribute
    {
        Definition = 100,
        Kind,
        Levels,
        Direction,
        Normalization,
        Unit,
        Source,
        Protocol,
        Frequency,
        Cost,
        CostNote,
        Baseline,
        BaselineDate,
        Target,
        TargetDate,
        BandLow,
        BandHigh,
        BandTolerance,
        RedBelow,
        GreenFrom,
        QualityRating = 200,       // + quality
        QualityJustification = 300 // + quality
    };
    void load();
    // Applies `change` to a copy of the node and executes the edit; `change` returns the reason when
    // the typed text cannot be used (then nothing is written), else an empty string.
    void edit(int attribute, const std::function<QString(FrameworkNode&)>& change);
    // A one-line field: shows `read` of the node, writes through `write`.
    QLineEdit* addLine(const QString& label, int attribute, const std::function<QString(const FrameworkNode&)>& read,
                       const std::function<QString(FrameworkNode&, const QString&)>& write);
    QLineEdit* addNumber(const QString& label, int attribute,
                         const std::function<std::optional<double>&(FrameworkNode&)>& field);
    QLineEdit* addDate(const QString& label, int attribute, const std::function<QDate&(FrameworkNode&)>& field);
    void refuse(const QString& message);

    ProjectDocument* m_document = nullptr;
    EntityId m_node = NoId;
    bool m_loading = false;
    QLabel* m_title;
    QPlainTextEdit* m_definition;
    QComboBox* m_kind;
    QComboBox* m_direction;
    QComboBox* m_normalization;
    QList<std::function<void(const FrameworkNode&)>> m_loaders; // one per line field
    QList<QComboBox*> m_ratings;
    QList<QLineEdit*> m_justifications;
    QLabel* m_refusal;
    QFormLayout* m_form;
};

} // namespace balise::ui
