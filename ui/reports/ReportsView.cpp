#include "ReportsView.h"

#include "CoalescedRefresh.h"
#include "EditorWidgets.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "ProjectEvaluation.h"
#include "ReportExport.h"
#include "ReportLayout.h"
#include "ReportPreview.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QVBoxLayout>
#include <algorithm>

namespace balise::ui {

ReportsView::ReportsView(QWidget* parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_service(new QComboBox(this)), m_services(new QListWidget(this)),
      m_period(new QComboBox(this)), m_serviceLabel(new QLabel(tr("&Service:"), this)),
      m_servicesLabel(new QLabel(tr("Ser&vices:"), this)), m_periodLabel(new QLabel(tr("Peri&od:"), this)),
      m_problem(EditorWidgets::refusalLine(this, QStringLiteral("reportProblem"))),
      m_export(new QPushButton(tr("E&xport PDF…"), this)), m_print(new QPushButton(tr("&Print…"), this)),
      m_preview(new ReportPreview(this))
{
    setObjectName(QStringLiteral("reportsView"));
    m_refresh = new CoalescedRefresh(this, [this] {
        fillChoices();
        updatePreview();
    });
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->addItem(tr("Scorecard of a service"), static_cast<int>(Kind::Scorecard));
    m_kind->addItem(tr("Comparison of services"), static_cast<int>(Kind::Comparison));
    m_kind->addItem(tr("Evolution of a service"), static_cast<int>(Kind::Evolution));
    m_kind->addItem(tr("Vade-mecum and framework"), static_cast<int>(Kind::FrameworkDocument));
    m_kind->addItem(tr("Impact accounts"), static_cast<int>(Kind::Impacts));
    m_service->setObjectName(QStringLiteral("reportService"));
    m_services->setObjectName(QStringLiteral("reportServices"));
    m_services->setToolTip(tr("The services compared; none ticked: all of them"));
    m_services->setMaximumHeight(110);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_serviceLabel->setBuddy(m_service);
    m_servicesLabel->setBuddy(m_services);
    auto* kindLabel = new QLabel(tr("&Report:"), this);
    kindLabel->setBuddy(m_kind);
    m_periodLabel->setBuddy(m_period);

    m_preview->setObjectName(QStringLiteral("reportPreview"));

    auto* form = new QFormLayout;
    form->addRow(kindLabel, m_kind);
    form->addRow(m_serviceLabel, m_service);
    form->addRow(m_servicesLabel, m_services);
    form->addRow(m_periodLabel, m_period);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_print);
    buttons->addStretch();
    auto* top = new QHBoxLayout;
    top->addLayout(form, 1);
    top->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addWidget(m_preview, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateForm();
        updatePreview();
    });
    connect(m_service, &QComboBox::activated, this, &ReportsView::updatePreview);
    connect(m_period, &QComboBox::activated, this, &ReportsView::updatePreview);
    connect(m_services, &QListWidget::itemChanged, this, &ReportsView::updatePreview);
    connect(m_export, &QPushButton::clicked, this, &ReportsView::chooseAndExport);
    connect(m_print, &QPushButton::clicked, this, &ReportsView::printWithDialog);
    updateForm();
}

ReportsView::~ReportsView() = default;

void ReportsView::setDocument(ProjectDocument* document)
{
    if (m_document)
        disconnect(&m_document->evaluation(), nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(&m_document->evaluation(), &ProjectEvaluation::stale, m_refresh, &CoalescedRefresh::request);
    fillChoices();
    updatePreview();
}

void ReportsView::setUncertaintySource(std::function<const UncertaintyOutcome*()> source)
{
    m_uncertainty = std::move(source);
}

void ReportsView::showKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

ReportsView::Kind ReportsView::kind() const
{
    return static_cast<Kind>(m_kind->currentData().toInt());
}

void ReportsView::showScorecard(const QString& service, const QString& period)
{
    showKind(Kind::Scorecard);
    if (const int s = m_service->findText(service); s >= 0)
        m_service->setCurrentIndex(s);
    if (const int p = m_period->findText(period); p >= 0)
        m_period->setCurrentIndex(p);
    updatePreview();
}

void ReportsView::fillChoices()
{
    ProjectEvaluation* evaluation = m_document ? &m_document->evaluation() : nullptr;
    const bool available = evaluation && evaluation->isAvailable();
    const QStringList services = available ? evaluation->setup().serviceNames : QStringList();
    EditorWidgets::refill(m_service, services, false);
    EditorWidgets::refill(m_period, available ? evaluation->setup().periodLabels : QStringList(), true);
    // Ticks survive a refill for the services still there.
    QStringList ticked;
    for (int i = 0; i < m_services->count(); ++i)
        if (m_services->item(i)->checkState() == Qt::Checked)
            ticked.append(m_services->item(i)->text());
    const QSignalBlocker quiet(m_services);
    m_services->clear();
    for (const QString& name : services) {
        auto* item = new QListWidgetItem(name, m_services);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    m_problem->setVisible(m_document && !available);
    if (m_document && !available)
        m_problem->setText(evaluation->unavailableReason());
    m_export->setEnabled(available);
    m_print->setEnabled(available);
}

void ReportsView::updateForm()
{
    const bool one = kind() == Kind::Scorecard || kind() == Kind::Evolution;
    const bool several = kind() == Kind::Comparison;
    const bool period = kind() == Kind::Scorecard || several;
    m_serviceLabel->setVisible(one);
    m_service->setVisible(one);
    m_servicesLabel->setVisible(several);
    m_services->setVisible(several);
    m_periodLabel->setVisible(period);
    m_period->setVisible(period);
}

std::unique_ptr<ReportLayout> ReportsView::makeReport(QString& error) const
{
    if (!m_document) {
        error = tr("No project is open.");
        return nullptr;
    }
    const Project& project = m_document->project();
    const QString period = m_period->currentText();
    switch (kind()) {
    case Kind::Scorecard:
        return ReportExport::serviceScorecard(project, m_service->currentText(), period, error);
    case Kind::Comparison: {
        QStringList chosen;
        for (int i = 0; i < m_services->count(); ++i)
            if (m_services->item(i)->checkState() == Qt::Checked)
                chosen.append(m_services->item(i)->text());
        return ReportExport::comparison(project, chosen, period, m_uncertainty ? m_uncertainty() : nullptr, error);
    }
    case Kind::FrameworkDocument:
        return ReportExport::frameworkDocument(project);
    case Kind::Evolution:
        return ReportExport::evolution(project, m_service->currentText(), error);
    case Kind::Impacts:
        return ReportExport::impacts(project);
    }
    return nullptr;
}

QString ReportsView::title() const
{
    return kind() == Kind::Scorecard || kind() == Kind::Evolution ? m_service->currentText()
                                                                  : m_document->project().info().title;
}

void ReportsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_previewStale)
        updatePreview();
}

void ReportsView::updatePreview()
{
    m_previewStale = !isVisible();
    if (m_previewStale)
        return;
    QString error;
    const auto layout = makeReport(error);
    m_preview->setPages(layout ? layout->record() : std::vector<ReportPage>());
    if (!layout && m_document && m_document->evaluation().isAvailable()) {
        m_problem->setText(error);
        m_problem->show();
    }
}

int ReportsView::previewPages() const
{
    return m_preview->pageCount();
}

QString ReportsView::exportTo(const QString& path) const
{
    QString error;
    const auto layout = makeReport(error);
    if (!layout)
        return error;
    if (ReportExport::writePdf(*layout, title(), path, error) == 0)
        return error;
    return {};
}

void ReportsView::chooseAndExport()
{
    if (!m_document)
        return;
    const QString name =
        (m_kind->currentText() + QLatin1Char(' ') + title() + QLatin1Char(' ') + m_period->currentText())
            .simplified()
            .replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|]+)")), QStringLiteral("-"));
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the report as PDF"),
        QFileInfo(m_document->project().filePath()).absoluteDir().filePath(name + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    const QString error = exportTo(path);
    m_problem->setText(error);
    m_problem->setVisible(!error.isEmpty());
}

std::unique_ptr<ReportLayout> ReportsView::reportOrSay()
{
    if (!m_document)
        return nullptr;
    QString error;
    auto layout = makeReport(error);
    if (!layout) {
        m_problem->setText(error);
        m_problem->show();
    }
    return layout;
}

bool ReportsView::print(const ReportLayout& layout, QWidget* parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title());
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    layout.print(printer);
    return true;
}

void ReportsView::printWithDialog()
{
    if (const auto layout = reportOrSay())
        print(*layout, this);
}

void ReportsView::printWithPreview()
{
    const auto layout = reportOrSay();
    if (!layout)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Print %1").arg(m_kind->currentText()));
    auto* preview = new ReportPreview(&dialog);
    preview->setPages(layout->record());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::AcceptRole);
    printButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(printButton, &QPushButton::clicked, &dialog, [&] {
        if (print(*layout, &dialog))
            dialog.accept();
    });
    auto* box = new QVBoxLayout(&dialog);
    box->addWidget(preview, 1);
    box->addWidget(buttons);
    preview->setFocus(); // its keys zoom and scroll
    // A page's width to its height, on nine tenths of the screen's height.
    const QRect screen = dialog.screen()->availableGeometry();
    dialog.resize(std::min(screen.width(), screen.height() * 3 / 4), screen.height() * 9 / 10);
    dialog.exec();
}

} // namespace balise::ui
