#include "QualityAuditModel.h"

#include "DisplayFormat.h"
#include "FrameworkChecks.h"
#include "Project.h"
#include "ProjectChange.h"
#include "ProjectDocument.h"
#include "QualityAuditBuilder.h"

#include <QBrush>
#include <QColor>
#include <QTimer>

namespace balise::ui {

QualityAuditModel::QualityAuditModel(QObject* parent) : QAbstractTableModel(parent)
{}

QualityAuditModel::~QualityAuditModel() = default;

void QualityAuditModel::setDocument(ProjectDocument* document)
{
    if (m_document)
        disconnect(&m_document->project(), nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(&m_document->project(), &Project::changed, this, [this](const ProjectChange& change) {
            using Subject = ProjectChange::Subject;
            if (change.subject == Subject::Info || change.subject == Subject::Revisions ||
                change.subject == Subject::Questionnaire || change.subject == Subject::ImpactAccounts || m_pending)
                return;
            m_pending = true;
            QTimer::singleShot(0, this, &QualityAuditModel::recompute);
        });
        connect(m_document, &QObject::destroyed, this, &QualityAuditModel::recompute);
    }
    recompute();
}

void QualityAuditModel::recompute()
{
    m_pending = false;
    beginResetModel();
    m_labels.clear();
    m_hintTexts.clear();
    m_result = {};
    m_findings.clear();
    if (m_document) {
        const ProjectData& data = m_document->project().data();
        const QualityAuditBuilder builder(data);
        m_result = builder.run();
        // The hints in words come from the same checks `balise validate` prints, per indicator code.
        QHash<QString, QStringList> byCode;
        for (const FrameworkFinding& finding : FrameworkChecks::run(data)) {
            if (finding.code.isEmpty() || !data.framework.findByCode(finding.code) ||
                !data.framework.findByCode(finding.code)->isIndicator())
                m_findings.append(finding.message);
            else
                byCode[finding.code].append(finding.message);
        }
        for (int i = 0; i < static_cast<int>(m_result.indicators.size()); ++i) {
            const FrameworkNode* node = builder.indicator(i);
            m_labels.append(node ? node->code + QLatin1Char(' ') + node->name : QString());
            m_hintTexts.append(node ? byCode.value(node->code) : QStringList());
        }
    }
    endResetModel();
    Q_EMIT audited();
}

int QualityAuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_labels.size());
}

int QualityAuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QualityAuditModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_labels.size())
        return {};
    const engine::IndicatorAudit& audit = m_result.indicators[static_cast<size_t>(index.row())];
    const int column = index.column();
    if (column == Indicator)
        return role == Qt::DisplayRole   ? QVariant(m_labels[index.row()])
               : role == Qt::ToolTipRole ? QVariant(DisplayFormat::toolTip(m_labels[index.row()]))
                                         : QVariant();
    if (column == Hints) {
        if (role == Qt::DisplayRole)
            return m_hintTexts[index.row()].isEmpty() ? QString()
                                                      : m_hintTexts[index.row()].join(QStringLiteral(" · "));
        if (role == Qt::ToolTipRole)
            return DisplayFormat::toolTip(m_hintTexts[index.row()].join(QLatin1Char('\n')));
        return {};
    }
    const auto axis = static_cast<engine::QualityAxis>(column - FirstQuality);
    const int rating = audit.ratings[static_cast<size_t>(column - FirstQuality)];
    const bool doubted = audit.doubts(axis);
    switch (role) {
    case Qt::DisplayRole:
        return rating < 0 ? QStringLiteral("—") : QStringLiteral("%1 / 4").arg(rating);
    case Qt::TextAlignmentRole:
        return Qt::AlignCenter;
    case Qt::BackgroundRole:
        // A doubt from the data is amber; a low rating from the user, pale red.
        if (doubted)
            return QBrush(QColor(0xfd, 0xe3, 0xa7));
        if (rating >= 0 && rating <= 1)
            return QBrush(QColor(0xf4, 0xc7, 0xc3));
        return {};
    case Qt::ToolTipRole:
        return doubted ? tr("The data cast doubt on this quality: see the hints.") : QVariant();
    }
    return {};
}

QVariant QualityAuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == Indicator)
        return tr("Indicator");
    if (section == Hints)
        return tr("Hints from the data");
    if (section >= FirstQuality && section < Hints)
        return labelOf(static_cast<Quality>(section - FirstQuality));
    return {};
}

} // namespace balise::ui
