#include "QualityAuditView.h"

#include "QualityAuditModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace balise::ui {

QualityAuditView::QualityAuditView(QWidget* parent)
    : QWidget(parent), m_model(new QualityAuditModel(this)), m_findings(new QLabel(this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("qualityAuditView"));
    auto* intro = new QLabel(tr("The user's ratings of the six qualities (0 = poor, 4 = excellent; — = not rated). "
                                "Amber: the data cast doubt on that quality. Pale red: rated 0 or 1."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_findings->setObjectName(QStringLiteral("auditFindings"));
    m_findings->setTextFormat(Qt::PlainText);
    m_findings->setWordWrap(true);
    m_findings->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_findings);
    layout->addWidget(m_table, 1);
    connect(m_model, &QualityAuditModel::audited, this, &QualityAuditView::showFindings);
}

void QualityAuditView::setDocument(ProjectDocument* document)
{
    m_model->setDocument(document);
}

void QualityAuditView::showFindings()
{
    m_findings->setText(m_model->findings().join(QLatin1Char('\n')));
    m_findings->setVisible(!m_model->findings().isEmpty());
}

} // namespace balise::ui
