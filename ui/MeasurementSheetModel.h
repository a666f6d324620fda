#pragma once

#include "Ids.h"
#include "Measurement.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace balise {
struct FrameworkNode;
struct ProjectChange;
} // namespace balise

namespace balise::ui {

class ProjectDocument;

// The measurement sheet of one period: a row per data service, a column per indicator (framework
// order). Cells show values in the user's locale, level labels for qualitative indicators, and
// "missing" for a measurement recorded as missing; cells nobody filled are empty. Typing, pasting and
// clearing go through undoable commands; text that is not a valid measurement is refused with the
// reason, and nothing changes.
class MeasurementSheetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        StateRole = Qt::UserRole + 1, // "present", "missing" or "empty"
    };

    explicit MeasurementSheetModel(QObject* parent = nullptr);
    ~MeasurementSheetModel() override;

    void setDocument(ProjectDocument* document);
    // The period shown; NoId or an unknown id shows the project's last period.
    void setPeriod(EntityId period);
    EntityId period() const { return m_period; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Pastes rows of tab-separated cells (what spreadsheets put on the clipboard) from `topLeft` on.
    // All cells are checked first: one invalid cell refuses the whole block, naming the cell. Cells
    // beyond the sheet's last row or column are refused too. Empty cells clear.
    bool paste(const QModelIndex& topLeft, const QString& text);
    // Clears the given cells in one undo step.
    bool clear(const QModelIndexList& indexes);
    // The cells as tab-separated text, rows by lines, for the clipboard.
    QString copy(const QModelIndexList& indexes) const;

    MeasurementKey keyAt(const QModelIndex& index) const;
    const FrameworkNode* indicatorAt(int column) const;
    QString lastRefusal() const { return m_lastRefusal; }

private:
    void follow(const ProjectChange& change);
    void rebuild();
    bool refuse(const QString& reason);
    // The measurement typed as `text` into the cell, or nullopt with the reason; `cleared` is set for
    // an empty text.
    std::optional<Measurement> measurementFrom(const QModelIndex& index, const QString& text, bool* cleared,
                                               QString* reason) const;

    QPointer<ProjectDocument> m_document;
    EntityId m_requestedPeriod = NoId;
    EntityId m_period = NoId;
    QList<EntityId> m_services;
    QList<EntityId> m_indicators;
    QString m_lastRefusal;
};

} // namespace balise::ui
