#pragma once

#include "QualityAudit.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>

namespace balise::ui {

class ProjectDocument;

// The quality audit of the indicators as a table: one row per indicator (framework order), the user's
// 0–4 rating of each of the six qualities — tinted when the data cast doubt on that quality — and the
// hints in words. Recomputed after any change that can move it (framework, measurements, services,
// periods, settings, vade-mecum links), once per batch of changes.
class QualityAuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Indicator,
        FirstQuality, // six columns, in the order of Quality
        Hints = FirstQuality + engine::qualityAxisCount,
        ColumnCount
    };

    explicit QualityAuditModel(QObject* parent = nullptr);
    ~QualityAuditModel() override;

    void setDocument(ProjectDocument* document);
    // The framework-wide findings (readability, crowded criteria…) of the last audit, in words.
    const QStringList& findings() const { return m_findings; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void audited();

private:
    void recompute();

    QPointer<ProjectDocument> m_document;
    QStringList m_labels;           // per row: code and name
    QList<QStringList> m_hintTexts; // per row: its hints in words
    engine::AuditResult m_result;
    QStringList m_findings;
    bool m_pending = false;
};

} // namespace balise::ui
