#include "ExportDataDialog.h"

#include "DataExport.h"
#include "EditorWidgets.h"
#include "Evaluation.h"
#include "EvaluationBuilder.h"
#include "FrameworkCsvWriter.h"
#include "Project.h"
#include "ProjectDocument.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace balise::ui {

ExportDataDialog::ExportDataDialog(const ProjectDocument& document, QWidget* parent)
    : QDialog(parent), m_document(document), m_what(new QButtonGroup(this)), m_dialect(new QComboBox(this)),
      m_format(new QComboBox(this)), m_path(new QLineEdit(this)),
      m_refusal(EditorWidgets::refusalLine(this, QStringLiteral("exportDataRefusal")))
{
    setObjectName(QStringLiteral("exportDataDialog"));
    setWindowTitle(tr("Export data"));
    const std::pair<What, QString> choices[] = {
        {What::Measurements, tr("The &measurements, to edit in a spreadsheet and import again")},
        {What::Results, tr("The &results: every score, coverage, light and rank")},
        {What::Framework, tr("The &framework, as the framework CSV Balise reads")}};
    auto* layout = new QVBoxLayout(this);
    for (const auto& [id, text] : choices) {
        auto* button = new QRadioButton(text, this);
        m_what->addButton(button, static_cast<int>(id));
        layout->addWidget(button);
    }
    m_what->button(static_cast<int>(What::Measurements))->setChecked(true);

    m_format->addItem(tr("CSV"), QStringLiteral("csv"));
    m_format->addItem(tr("JSON"), QStringLiteral("json"));
    m_dialect->setObjectName(QStringLiteral("exportDialect"));
    m_dialect->addItem(tr("; and , with a BOM (French spreadsheet software)"), QStringLiteral("semicolon"));
    m_dialect->addItem(tr(", and . (most software and scripts)"), QStringLiteral("comma"));
    m_path->setObjectName(QStringLiteral("exportPath"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Separators:"), m_dialect);
    auto* pathLabel = new QLabel(tr("F&ile:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xport"));
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_what, &QButtonGroup::idClicked, this, [this] {
        m_format->setEnabled(what() == What::Measurements);
        if (what() != What::Measurements)
            m_format->setCurrentIndex(0);
        proposePath();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_dialect->setEnabled(m_format->currentData().toString() == QLatin1String("csv"));
        proposePath();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(browse, &QPushButton::clicked, this, &ExportDataDialog::choosePath);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDataDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    proposePath();
}

ExportDataDialog::What ExportDataDialog::what() const
{
    return static_cast<What>(m_what->checkedId());
}

void ExportDataDialog::setWhat(What what)
{
    m_what->button(static_cast<int>(what))->click();
}

QString ExportDataDialog::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

void ExportDataDialog::proposePath()
{
    if (m_pathEdited)
        return;
    const QFileInfo project(m_document.project().filePath());
    const QString stem = what() == What::Measurements ? tr("measurements")
                         : what() == What::Results    ? tr("results")
                                                      : tr("framework");
    m_path->setText(QDir::toNativeSeparators(project.absoluteDir().filePath(
        project.completeBaseName() + QLatin1Char(' ') + stem + QLatin1Char('.') + m_format->currentData().toString())));
}

void ExportDataDialog::choosePath()
{
    const QString suffix = m_format->currentData().toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text(),
                                                      suffix == QLatin1String("json") ? tr("JSON files (*.json)")
                                                                                      : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(path));
    m_pathEdited = true;
}

bool ExportDataDialog::exportFile()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    auto refuse = [this](const QString& message) {
        m_refusal->setText(message);
        m_refusal->show();
        return false;
    };
    if (path.isEmpty())
        return refuse(tr("Say which file to write."));
    const Project& project = m_document.project();
    const CsvDialect dialect =
        m_dialect->currentData().toString() == QLatin1String("comma") ? CsvDialect::comma() : CsvDialect::semicolon();
    QByteArray bytes;
    switch (what()) {
    case What::Measurements:
        bytes = m_format->currentData().toString() == QLatin1String("json")
                    ? DataExport::measurementsJson(project.data())
                    : DataExport::measurementsCsv(project.data(), dialect);
        break;
    case What::Results: {
        if (const QString reason = EvaluationBuilder::unavailableReason(project.data()); !reason.isEmpty())
            return refuse(reason);
        const EvaluationSetup setup = EvaluationBuilder::build(project.data());
        bytes = DataExport::resultsCsv(setup, engine::evaluate(setup.input), dialect);
        break;
    }
    case What::Framework: {
        FrameworkCsvWriter::Format format;
        format.separator = dialect.separator;
        format.decimalMark = dialect.decimalMark;
        bytes = FrameworkCsvWriter::write(project.framework(), {}, format);
        if (dialect.bom)
            bytes.prepend("\xEF\xBB\xBF");
        break;
    }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return refuse(tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    m_refusal->hide();
    return true;
}

void ExportDataDialog::accept()
{
    if (exportFile())
        QDialog::accept();
}

} // namespace balise::ui
