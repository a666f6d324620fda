#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QStringList>

namespace balise {
class Project;
} // namespace balise

namespace balise::ui {

class CoalescedRefresh;

// The adequacy of each data service's offer to the territory's needs, from its answers to the
// operator questionnaire (AdequacyScore): one row per service, a column for the whole and one per
// need that scored questions answer. Follows the project once per batch of changes.
class AdequacyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        ScoreRole = Qt::UserRole + 1, // double, NaN when nothing scored was answered
        CoverageRole                  // double 0–1
    };

    explicit AdequacyModel(QObject* parent = nullptr);

    void setProject(const Project* project);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    QPointer<const Project> m_project;
    CoalescedRefresh* m_refresh; // child of this model
    QStringList m_services;
    QStringList m_columns;                           // "In all", then the needs' titles
    QList<QList<std::pair<double, double>>> m_cells; // [service][column]: score, coverage
};

} // namespace balise::ui
