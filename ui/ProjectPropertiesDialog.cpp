#include "ProjectPropertiesDialog.h"

#include "EditorWidgets.h"
#include "ModelValidator.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "ProjectInfoForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace balise::ui {
namespace {

QDoubleSpinBox* scoreBox(QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0.0, 100.0);
    box->setDecimals(1);
    box->setSingleStep(5.0);
    return box;
}

QSpinBox* countBox(QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(1, 10'000);
    return box;
}

} // namespace

ProjectPropertiesDialog::ProjectPropertiesDialog(ProjectDocument& document, QWidget* parent)
    : QDialog(parent), m_document(document), m_before{document.project().info(), document.project().settings()},
      m_info(new ProjectInfoForm(ProjectInfoForm::Fields::WithDescription, this)), m_redBelow(scoreBox(this)),
      m_greenFrom(scoreBox(this)), m_coverage(new QSpinBox(this)), m_perCriterion(countBox(this)),
      m_inFramework(countBox(this)), m_normalisation(new QComboBox(this)), m_aggregation(new QComboBox(this)),
      m_refusal(EditorWidgets::refusalLine(this, QStringLiteral("propertiesRefusal")))
{
    setObjectName(QStringLiteral("projectPropertiesDialog"));
    setWindowTitle(tr("Project properties"));
    m_info->setInfo(m_before.info);
    m_coverage->setRange(0, 100);
    m_coverage->setSuffix(QStringLiteral(" %"));
    for (Normalization method : allValues<Normalization>())
        if (method != Normalization::Default) // the framework's own default is what is chosen here
            m_normalisation->addItem(labelOf(method), static_cast<int>(method));
    for (Aggregation method : allValues<Aggregation>())
        m_aggregation->addItem(labelOf(method), static_cast<int>(method));

    const ProjectSettings& settings = m_before.settings;
    m_redBelow->setValue(settings.redBelow);
    m_greenFrom->setValue(settings.greenFrom);
    m_coverage->setValue(qRound(settings.minimumCoverage * 100.0));
    m_perCriterion->setValue(settings.maxIndicatorsPerCriterion);
    m_inFramework->setValue(settings.maxIndicatorsInFramework);
    m_normalisation->setCurrentIndex(m_normalisation->findData(static_cast<int>(settings.defaultNormalization)));
    m_aggregation->setCurrentIndex(m_aggregation->findData(static_cast<int>(settings.defaultAggregation)));

    auto* evaluation = new QGroupBox(tr("Evaluation"), this);
    auto* form = new QFormLayout(evaluation);
    form->addRow(tr("&Red below:"), m_redBelow);
    form->addRow(tr("&Green from:"), m_greenFrom);
    form->addRow(tr("Minimum &coverage:"), m_coverage);
    // One line, unwrapped: a wrapped label in a form is clipped to one line's height by some styles.
    auto* coverageNote = new QLabel(tr("Less measured than this: \"insufficient data\", no score."), evaluation);
    coverageNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), coverageNote);
    form->addRow(tr("&Normalisation by default:"), m_normalisation);
    form->addRow(tr("&Aggregation:"), m_aggregation);
    auto* readability = new QGroupBox(tr("Readability of the framework"), this);
    auto* limits = new QFormLayout(readability);
    limits->addRow(tr("Indicators per criterion, at most:"), m_perCriterion);
    limits->addRow(tr("Indicators in the framework, at most:"), m_inFramework);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(evaluation);
    layout->addWidget(readability);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectPropertiesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (document.project().isReadOnly()) {
        for (QWidget* field : findChildren<QWidget*>())
            if (field != buttons && !buttons->isAncestorOf(field))
                field->setEnabled(false);
        buttons->setStandardButtons(QDialogButtonBox::Close);
    }
}

ProjectProperties ProjectPropertiesDialog::properties() const
{
    ProjectProperties typed = m_before;
    typed.info = m_info->info();
    // Unchanged on screen, unchanged in the file: a stored 33.33 shown as 33.3 stays 33.33.
    auto typedScore = [](const QDoubleSpinBox* box, double stored) {
        const double shownStep = std::pow(10.0, -box->decimals());
        return std::abs(box->value() - stored) <= 0.5 * shownStep ? stored : box->value();
    };
    typed.settings.redBelow = typedScore(m_redBelow, m_before.settings.redBelow);
    typed.settings.greenFrom = typedScore(m_greenFrom, m_before.settings.greenFrom);
    if (m_coverage->value() != qRound(m_before.settings.minimumCoverage * 100.0))
        typed.settings.minimumCoverage = m_coverage->value() / 100.0;
    typed.settings.maxIndicatorsPerCriterion = m_perCriterion->value();
    typed.settings.maxIndicatorsInFramework = m_inFramework->value();
    typed.settings.defaultNormalization = static_cast<Normalization>(m_normalisation->currentData().toInt());
    typed.settings.defaultAggregation = static_cast<Aggregation>(m_aggregation->currentData().toInt());
    return typed;
}

bool ProjectPropertiesDialog::apply()
{
    const ProjectProperties after = properties();
    if (after == m_before)
        return true;
    // Both parts are checked before either is written, so that a refusal changes nothing.
    ValidationIssues issues = ModelValidator::checkInfo(after.info);
    issues.append(ModelValidator::checkSettings(after.settings));
    if (!issues.isEmpty()) {
        refuse(ModelValidator::join(issues));
        return false;
    }
    const QString error = m_document.execute(std::make_unique<ProjectPropertiesCommand>(m_document, m_before, after));
    if (!error.isEmpty()) {
        refuse(error);
        return false;
    }
    m_before = after;
    m_refusal->hide();
    return true;
}

QString ProjectPropertiesDialog::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

void ProjectPropertiesDialog::refuse(const QString& message)
{
    m_refusal->setText(message);
    m_refusal->show();
}

void ProjectPropertiesDialog::accept()
{
    if (m_document.project().isReadOnly() || apply())
        QDialog::accept();
}

} // namespace balise::ui
