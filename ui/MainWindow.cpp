#include "MainWindow.h"

#include "AboutBox.h"
#include "ComparisonView.h"
#include "DestabilisationView.h"
#include "DisplayFormat.h"
#include "ExportDataDialog.h"
#include "FileImporter.h"
#include "FrameworkEditor.h"
#include "ImpactAccountEditor.h"
#include "ItemDetailsView.h"
#include "LanguageSetting.h"
#include "MeasurementSheet.h"
#include "NewProjectDialog.h"
#include "PeriodEditor.h"
#include "PostureEditor.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "ProjectEvaluation.h"
#include "ProjectPropertiesDialog.h"
#include "ProjectSummary.h"
#include "ProjectTreeModel.h"
#include "ProjectTreeView.h"
#include "QualityAuditView.h"
#include "QuestionnaireEditor.h"
#include "RecentFiles.h"
#include "RevisionsEditor.h"
#include "SaveTemplateDialog.h"
#include "ScorecardView.h"
#include "SensitivityView.h"
#include "ServiceEditor.h"
#include "StorageError.h"
#include "TemplateLibraryDialog.h"
#include "UncertaintyView.h"
#include "VadeMecumItemEditor.h"
#include "WelcomePage.h"
#include "reports/ReportsView.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace balise::ui {
namespace {

const auto geometryKey = QStringLiteral("mainWindow/geometry");
const auto stateKey = QStringLiteral("mainWindow/state");
const auto splitterKey = QStringLiteral("mainWindow/splitter");
const auto lastDirectoryKey = QStringLiteral("mainWindow/lastDirectory");

QLabel* statusLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

bool samePath(const QString& a, const QString& b)
{
    const QString canonicalA = QFileInfo(a).canonicalFilePath();
    return !canonicalA.isEmpty() && canonicalA == QFileInfo(b).canonicalFilePath();
}

} // namespace

MainWindow::MainWindow(const MainWindowOptions& options, QWidget* parent)
    : QMainWindow(parent), m_options(options), m_treeModel(new ProjectTreeModel(this)),
      m_stack(new QStackedWidget(this)), m_welcomePage(new WelcomePage(m_stack)), m_splitter(new QSplitter(m_stack)),
      m_treeView(new ProjectTreeView(m_splitter)), m_centre(new QStackedWidget(m_splitter)),
      m_undoGroup(new QUndoGroup(this)), m_pathLabel(statusLabel(this)), m_readOnlyLabel(statusLabel(this)),
      m_countsLabel(statusLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_treeView->setProjectModel(m_treeModel);
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_splitter->addWidget(m_treeView);
    // The editors and views of the centre, one page each of m_centre (which owns them).
    auto page = [this](auto* widget) {
        m_centre->addWidget(widget);
        return widget;
    };
    m_detailsView = page(new ItemDetailsView);
    m_frameworkEditor = page(new FrameworkEditor);
    m_measurementSheet = page(new MeasurementSheet);
    m_comparisonView = page(new ComparisonView);
    m_uncertaintyView = page(new UncertaintyView);
    m_serviceEditor = page(new ServiceEditor);
    m_periodEditor = page(new PeriodEditor);
    m_qualityAuditView = page(new QualityAuditView);
    m_scorecardView = page(new ScorecardView);
    m_destabilisationView = page(new DestabilisationView);
    m_sensitivityView = page(new SensitivityView);
    m_impactAccountEditor = page(new ImpactAccountEditor);
    m_vadeMecumEditor = page(new VadeMecumItemEditor);
    m_postureEditor = page(new PostureEditor);
    m_revisionsEditor = page(new RevisionsEditor);
    m_questionnaireEditor = page(new QuestionnaireEditor);
    m_reportsView = page(new ReportsView);
    m_reportsView->setUncertaintySource([this] { return m_uncertaintyView->currentOutcome(); });
    connect(m_revisionsEditor, &RevisionsEditor::revisionRecorded, this, [this](EntityId id) {
        selectItem({ProjectItemRef::Kind::Revision, id});
    });
    // The tree's groups and items of each list of the vade-mecum, by the editor's part.
    static constexpr std::pair<ProjectItemRef::Kind, ProjectItemRef::Kind> partKinds[] = {
        {ProjectItemRef::Kind::NeedsGroup, ProjectItemRef::Kind::Need},
        {ProjectItemRef::Kind::PrinciplesGroup, ProjectItemRef::Kind::Principle},
        {ProjectItemRef::Kind::FieldsGroup, ProjectItemRef::Kind::Field},
        {ProjectItemRef::Kind::ResourcesGroup, ProjectItemRef::Kind::Resource},
        {ProjectItemRef::Kind::FreeSectionsGroup, ProjectItemRef::Kind::FreeSection}};
    connect(m_vadeMecumEditor, &VadeMecumItemEditor::itemAdded, this, [this](VadeMecumItems::Part part, EntityId id) {
        selectItem({partKinds[static_cast<int>(part)].second, id});
    });
    connect(m_vadeMecumEditor, &VadeMecumItemEditor::itemRemoved, this, [this](VadeMecumItems::Part part) {
        selectItem({partKinds[static_cast<int>(part)].first, NoId});
    });
    connect(m_impactAccountEditor, &ImpactAccountEditor::accountAdded, this, [this](EntityId id) {
        selectItem({ProjectItemRef::Kind::ImpactAccount, id});
    });
    connect(m_impactAccountEditor, &ImpactAccountEditor::accountRemoved, this, [this] {
        selectItem({ProjectItemRef::Kind::ImpactAccountsSection, NoId});
    });
    connect(m_periodEditor, &PeriodEditor::periodAdded, this, [this](EntityId id) {
        selectItem({ProjectItemRef::Kind::Period, id});
    });
    connect(m_periodEditor, &PeriodEditor::periodRemoved, this, [this] {
        selectItem({ProjectItemRef::Kind::PeriodsSection, NoId});
    });
    connect(m_serviceEditor, &ServiceEditor::serviceAdded, this, [this](EntityId id) {
        selectItem({ProjectItemRef::Kind::Service, id});
    });
    connect(m_serviceEditor, &ServiceEditor::serviceRemoved, this, [this] {
        selectItem({ProjectItemRef::Kind::ServicesSection, NoId});
    });
    m_splitter->addWidget(m_centre);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({440, 840});
    m_splitter->setChildrenCollapsible(false);
    m_stack->addWidget(m_welcomePage);
    m_stack->addWidget(m_splitter);
    setCentralWidget(m_stack);

    m_welcomePage->setSampleProject(options.sampleProject);
    connect(m_welcomePage, &WelcomePage::newRequested, this, &MainWindow::chooseAndCreate);
    connect(m_welcomePage, &WelcomePage::openRequested, this, &MainWindow::chooseAndOpen);
    connect(m_welcomePage, &WelcomePage::openPathRequested, this, &MainWindow::openProject);
    connect(m_treeView, &ProjectTreeView::currentItemChanged, this, &MainWindow::showCurrentItem);

    createMenus();
    createToolBar();
    createStatusBar();
    refreshRecentFiles();
    updateTitleAndStatus();
    resize(1280, 800);
    if (m_options.rememberState)
        restoreWindowState();
}

// The model and views are children of the window; the document goes first so that the model forgets
// the project before it is destroyed.
MainWindow::~MainWindow()
{
    setDocument(nullptr);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_newAction = file->addAction(tr("&New project…"), this, &MainWindow::chooseAndCreate);
    m_newAction->setShortcuts(QKeySequence::New);
    m_openAction = file->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpen);
    m_openAction->setShortcuts(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_saveAsAction = file->addAction(tr("Save &as…"), this, &MainWindow::chooseAndSaveAs);
    m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveAsAction->setToolTip(tr("Write a copy of the project to another file and go on working on the copy"));
    m_saveTemplateAction = file->addAction(tr("Save as &template…"), this, &MainWindow::saveAsTemplate);
    m_saveTemplateAction->setToolTip(
        tr("Keep this project's vade-mecum, framework and questionnaire as a starting point for other projects"));
    file->addAction(tr("Template &library…"), this, [this] { openTemplateLibrary(); });
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import measurements or services…"), this, [this] {
        if (m_document)
            FileImporter::run(*m_document, this);
    });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportDataAction = file->addAction(tr("Export &data…"), this, [this] {
        if (m_document)
            ExportDataDialog(*m_document, this).exec();
    });
    m_propertiesAction = file->addAction(tr("Project &properties…"), this, &MainWindow::editProperties);
    file->addSeparator();
    // Reports: what the Reports view is set to, or the scorecard the Scorecard view shows.
    m_exportPdfAction = file->addAction(tr("&Export the report as PDF…"), this, [this] {
        if (prepareReport())
            m_reportsView->chooseAndExport();
    });
    m_printAction = file->addAction(tr("Print t&he report…"), this, [this] {
        if (prepareReport())
            m_reportsView->printWithPreview();
    });
    m_printAction->setShortcuts(QKeySequence::Print);
    file->addSeparator();
    m_closeAction = file->addAction(tr("&Close"), this, &MainWindow::closeProject);
    m_closeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_editMenu = edit;
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    edit->addAction(undo);
    m_undoAction = undo;
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction = redo;
    // Ctrl+Shift+Z where that is the platform's redo, and Ctrl+Y everywhere, as spreadsheet users expect.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Y));
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcuts(redoKeys);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* settings = edit->addAction(tr("&Settings…"), this, [this] { LanguageSetting::choose(this); });
    m_settingsAction = settings;
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Balise"), this, [this] { AboutBox::show(this); });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createToolBar()
{
    // Icons from the desktop's theme where it has them, else the style's own.
    auto withIcon = [this](QAction* action, const QString& themeName, QStyle::StandardPixmap fallback) {
        action->setIcon(QIcon::fromTheme(themeName, style()->standardIcon(fallback)));
    };
    withIcon(m_newAction, QStringLiteral("document-new"), QStyle::SP_FileIcon);
    withIcon(m_openAction, QStringLiteral("document-open"), QStyle::SP_DialogOpenButton);
    withIcon(m_importAction, QStringLiteral("document-import"), QStyle::SP_ArrowDown);
    withIcon(m_undoAction, QStringLiteral("edit-undo"), QStyle::SP_ArrowBack);
    withIcon(m_redoAction, QStringLiteral("edit-redo"), QStyle::SP_ArrowForward);
    QToolBar* bar = addToolBar(tr("Project"));
    bar->setObjectName(QStringLiteral("projectToolBar")); // saveState() needs it
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(m_newAction);
    bar->addAction(m_openAction);
    bar->addSeparator();
    bar->addAction(m_importAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();

    // Find: a field in the tool bar; Enter goes to the next match in the project tree.
    m_findField = new QLineEdit(bar);
    m_findField->setObjectName(QStringLiteral("findField"));
    m_findField->setPlaceholderText(tr("Find in the project (Ctrl+F)"));
    m_findField->setClearButtonEnabled(true);
    m_findField->setMaximumWidth(320);
    m_findField->setToolTip(tr("An objective, indicator, service, period or vade-mecum item by its code or its "
                               "name; Enter finds the next one"));
    bar->addWidget(m_findField);
    connect(m_findField, &QLineEdit::returnPressed, this, [this] { findNext(m_findField->text()); });
    connect(m_findField, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (!text.trimmed().isEmpty())
            findNext(text, true);
    });
    auto* find = new QAction(tr("&Find…"), this);
    find->setShortcuts(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_findField->setFocus(Qt::ShortcutFocusReason);
        m_findField->selectAll();
    });
    m_editMenu->insertAction(m_settingsAction, find);
    m_editMenu->insertSeparator(m_settingsAction);
}

bool MainWindow::findNext(const QString& text, bool keepCurrent)
{
    const QString wanted = text.trimmed();
    if (!m_document || wanted.isEmpty())
        return false;
    const QModelIndexList hits = m_treeModel->match(m_treeModel->index(0, 0), Qt::DisplayRole, wanted, -1,
                                                    Qt::MatchContains | Qt::MatchRecursive | Qt::MatchWrap);
    // The sections themselves ("Data services (3)") are not what anyone searches for.
    QModelIndexList items;
    for (const QModelIndex& hit : hits)
        if (!m_treeModel->itemAt(hit).isSection())
            items.append(hit);
    if (items.isEmpty()) {
        statusBar()->showMessage(tr("Nothing in the project matches \"%1\".").arg(wanted), 5000);
        return false;
    }
    // After the current item in tree order: the hits come in that order, the current one among them.
    const QModelIndex current = m_treeView->currentIndex().siblingAtColumn(0);
    const qsizetype at = items.indexOf(current);
    const QModelIndex next = at < 0 ? items.first() : items[keepCurrent ? at : (at + 1) % items.size()];
    statusBar()->showMessage(tr("%1 of %2 matching \"%3\"").arg(items.indexOf(next) + 1).arg(items.size()).arg(wanted),
                             5000);
    return selectItem(m_treeModel->itemAt(next));
}

void MainWindow::createStatusBar()
{
    m_pathLabel->setObjectName(QStringLiteral("statusPath"));
    m_readOnlyLabel->setObjectName(QStringLiteral("statusReadOnly"));
    m_countsLabel->setObjectName(QStringLiteral("statusCounts"));
    // A long path must not push the counts out of the window.
    m_pathLabel->setMinimumWidth(80);
    m_pathLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
}

bool MainWindow::openProject(const QString& path)
{
    if (m_document && samePath(m_document->filePath(), path))
        return true;
    QString error;
    auto document = ProjectDocument::open(path, error);
    if (!document) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot open the project"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        if (!QFileInfo::exists(path)) {
            RecentFiles().remove(path);
            refreshRecentFiles();
        }
        return false;
    }
    setDocument(std::move(document));
    return true;
}

void MainWindow::setDocument(std::unique_ptr<ProjectDocument> document)
{
    m_treeModel->setProject(nullptr);
    m_detailsView->showItem(nullptr, {});
    m_frameworkEditor->setDocument(nullptr);
    m_measurementSheet->setDocument(nullptr);
    m_comparisonView->setEvaluation(nullptr);
    m_uncertaintyView->setEvaluation(nullptr);
    m_serviceEditor->setDocument(nullptr);
    m_periodEditor->setDocument(nullptr);
    m_qualityAuditView->setDocument(nullptr);
    m_scorecardView->setEvaluation(nullptr);
    m_destabilisationView->setDocument(nullptr);
    m_sensitivityView->setEvaluation(nullptr);
    m_impactAccountEditor->setDocument(nullptr);
    m_vadeMecumEditor->setDocument(nullptr);
    m_postureEditor->setDocument(nullptr);
    m_revisionsEditor->setDocument(nullptr);
    m_questionnaireEditor->setDocument(nullptr);
    m_reportsView->setDocument(nullptr);
    if (m_document)
        m_undoGroup->removeStack(&m_document->undoStack());
    m_document = std::move(document); // the previous project (and its lock) goes here
    if (m_document) {
        Project& project = m_document->project();
        connect(&project, &Project::changed, this, &MainWindow::onProjectChanged);
        connect(m_document.get(), &ProjectDocument::editRefused, this,
                [this](const QString& message) { statusBar()->showMessage(message, 10000); });
        m_undoGroup->addStack(&m_document->undoStack());
        m_undoGroup->setActiveStack(&m_document->undoStack());
        m_frameworkEditor->setDocument(m_document.get());
        m_measurementSheet->setDocument(m_document.get());
        m_comparisonView->setEvaluation(&m_document->evaluation());
        m_uncertaintyView->setEvaluation(&m_document->evaluation());
        m_serviceEditor->setDocument(m_document.get());
        m_periodEditor->setDocument(m_document.get());
        m_qualityAuditView->setDocument(m_document.get());
        m_scorecardView->setEvaluation(&m_document->evaluation());
        m_destabilisationView->setDocument(m_document.get());
        m_sensitivityView->setEvaluation(&m_document->evaluation());
        m_impactAccountEditor->setDocument(m_document.get());
        m_vadeMecumEditor->setDocument(m_document.get());
        m_postureEditor->setDocument(m_document.get());
        m_revisionsEditor->setDocument(m_document.get());
        m_questionnaireEditor->setDocument(m_document.get());
        m_reportsView->setDocument(m_document.get());
        m_treeModel->setProject(&project);
        m_treeView->expandDefault();
        m_stack->setCurrentWidget(m_splitter);
        selectItem({ProjectItemRef::Kind::FrameworkSection, NoId});
        if (m_options.rememberState) {
            RecentFiles().add(m_document->filePath());
            QSettings().setValue(lastDirectoryKey, QFileInfo(m_document->filePath()).absolutePath());
        }
    } else {
        m_stack->setCurrentWidget(m_welcomePage);
    }
    refreshRecentFiles();
    updateTitleAndStatus();
}

void MainWindow::closeProject()
{
    setDocument(nullptr);
}

bool MainWindow::selectItem(const ProjectItemRef& item)
{
    return m_treeView->selectItem(item);
}

QString MainWindow::lastDirectory() const
{
    const QString folder = QSettings().value(lastDirectoryKey).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void MainWindow::chooseAndOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a project"), lastDirectory(), tr("Balise projects (*.balise)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::chooseAndCreate()
{
    chooseAndCreateFrom(QString());
}

void MainWindow::chooseAndCreateFrom(const QString& templateId)
{
    NewProjectDialog dialog(lastDirectory(), this);
    dialog.selectTemplate(templateId);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (std::unique_ptr<Project> project = dialog.takeProject())
        setDocument(std::make_unique<ProjectDocument>(std::move(project)));
}

void MainWindow::chooseAndSaveAs()
{
    if (!m_document)
        return;
    const QFileInfo current(m_document->filePath());
    const QString proposed = current.absoluteDir().filePath(tr("%1 (copy).balise").arg(current.completeBaseName()));
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save the project as"), proposed, tr("Balise projects (*.balise)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".balise")))
        path += QStringLiteral(".balise");
    saveProjectAs(path);
}

bool MainWindow::saveProjectAs(const QString& path)
{
    if (!m_document)
        return false;
    try {
        m_document->project().saveAs(path);
    } catch (const StorageError& error) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot save the project"), error.message(), QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }
    if (m_options.rememberState) {
        RecentFiles().add(m_document->filePath());
        QSettings().setValue(lastDirectoryKey, QFileInfo(m_document->filePath()).absolutePath());
    }
    refreshRecentFiles();
    updateTitleAndStatus();
    statusBar()->showMessage(
        tr("Saved as %1; every change now goes to this file.").arg(QDir::toNativeSeparators(m_document->filePath())),
        10000);
    return true;
}

bool MainWindow::prepareReport()
{
    if (!m_document)
        return false;
    if (m_centre->currentWidget() == m_scorecardView)
        m_reportsView->showScorecard(m_scorecardView->currentServiceName(), m_scorecardView->currentPeriodLabel());
    return true;
}

void MainWindow::saveAsTemplate()
{
    if (!m_document)
        return;
    SaveTemplateDialog dialog(m_document->project().data(), TemplateLibrary::standard(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Template \"%1\" saved.").arg(dialog.titleEdit()->text()), 5000);
}

void MainWindow::openTemplateLibrary(const QString& importPath)
{
    TemplateLibraryDialog dialog(TemplateLibrary::standard(), this);
    if (!importPath.isEmpty())
        dialog.importFile(importPath);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenTemplate().isEmpty())
        chooseAndCreateFrom(dialog.chosenTemplate());
}

void MainWindow::editProperties()
{
    if (!m_document)
        return;
    ProjectPropertiesDialog dialog(*m_document, this);
    dialog.exec();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentFiles().paths();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString path = paths[i];
        // '&' marks a shortcut in menu text: a path holding one must show it.
        QString shown = QDir::toNativeSeparators(path);
        shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
        m_recentMenu->addAction(QStringLiteral("&%1  %2").arg(QString::number(i + 1), shown), this,
                                [this, path] { openProject(path); });
    }
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No recent project"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("Clear the list"), this, [this] {
        RecentFiles().clear();
        refreshRecentFiles();
    });
    clear->setEnabled(!paths.isEmpty());
}

void MainWindow::refreshRecentFiles()
{
    m_welcomePage->setRecentFiles(RecentFiles().paths());
}

void MainWindow::onProjectChanged(const ProjectChange& change)
{
    updateTitleAndStatus();
    // The tree ignores these subjects (it shows none of them), so it will not re-announce the current
    // item: the details, which do show settings and the file's state, are refreshed here.
    if (change.subject == ProjectChange::Subject::Settings || change.subject == ProjectChange::Subject::File)
        showCurrentItem(m_treeView->currentItem());
}

void MainWindow::showCurrentItem(const ProjectItemRef& item)
{
    using Kind = ProjectItemRef::Kind;
    if (m_document && (item.kind == Kind::FrameworkSection || item.kind == Kind::FrameworkNode)) {
        m_frameworkEditor->selectNode(item.id);
        m_centre->setCurrentWidget(m_frameworkEditor);
        return;
    }
    if (m_document && (item.kind == Kind::MeasurementsSection || item.kind == Kind::PeriodMeasurements)) {
        if (item.kind == Kind::PeriodMeasurements)
            m_measurementSheet->showPeriod(item.id);
        m_centre->setCurrentWidget(m_measurementSheet);
        return;
    }
    if (m_document && item.kind == Kind::ResultsSection && m_document->evaluation().isAvailable()) {
        m_centre->setCurrentWidget(m_comparisonView);
        return;
    }
    if (m_document && item.kind == Kind::Service) {
        m_serviceEditor->showService(item.id);
        m_centre->setCurrentWidget(m_serviceEditor);
        return;
    }
    if (m_document && item.kind == Kind::Period) {
        m_periodEditor->showPeriod(item.id);
        m_centre->setCurrentWidget(m_periodEditor);
        return;
    }
    // An account opens its editor; the section too when there is no account yet, to add the first.
    if (m_document && (item.kind == Kind::ImpactAccount || (item.kind == Kind::ImpactAccountsSection &&
                                                            m_document->project().impactAccounts().isEmpty()))) {
        m_impactAccountEditor->showAccount(item.id);
        m_centre->setCurrentWidget(m_impactAccountEditor);
        return;
    }
    if (m_document && item.kind == Kind::Sensitivity) {
        m_centre->setCurrentWidget(m_sensitivityView);
        return;
    }
    if (m_document && item.kind == Kind::Destabilisation) {
        m_centre->setCurrentWidget(m_destabilisationView);
        return;
    }
    if (m_document && item.kind == Kind::Scorecard) {
        m_centre->setCurrentWidget(m_scorecardView);
        return;
    }
    if (m_document && item.kind == Kind::QualityAudit) {
        m_centre->setCurrentWidget(m_qualityAuditView);
        return;
    }
    if (m_document && (item.kind == Kind::ReportsSection || item.kind == Kind::Report)) {
        if (item.kind == Kind::Report)
            m_reportsView->showKind(static_cast<ReportsView::Kind>(item.id - 1));
        m_centre->setCurrentWidget(m_reportsView);
        return;
    }
    if (m_document && item.kind == Kind::UncertaintyAnalysis) {
        m_centre->setCurrentWidget(m_uncertaintyView);
        return;
    }
    if (m_document && showVadeMecumItem(item))
        return;
    m_detailsView->showItem(m_document ? &m_document->project() : nullptr, item);
    m_centre->setCurrentWidget(m_detailsView);
}

bool MainWindow::showVadeMecumItem(const ProjectItemRef& item)
{
    using Kind = ProjectItemRef::Kind;
    using Part = VadeMecumItems::Part;
    if (item.kind == Kind::QuestionnaireGroup || item.kind == Kind::QuestionnaireSection) {
        if (item.kind == Kind::QuestionnaireSection)
            m_questionnaireEditor->showSection(item.id);
        m_centre->setCurrentWidget(m_questionnaireEditor);
        return true;
    }
    if (item.kind == Kind::RevisionsGroup || item.kind == Kind::Revision) {
        if (item.kind == Kind::Revision)
            m_revisionsEditor->showRevision(item.id);
        m_centre->setCurrentWidget(m_revisionsEditor);
        return true;
    }
    if (item.kind == Kind::PosturesGroup || item.kind == Kind::PostureStance) {
        m_centre->setCurrentWidget(m_postureEditor);
        return true;
    }
    std::optional<Part> part;
    switch (item.kind) {
    case Kind::NeedsGroup:
    case Kind::Need:
        part = Part::Needs;
        break;
    case Kind::PrinciplesGroup:
    case Kind::Principle:
        part = Part::Principles;
        break;
    case Kind::FieldsGroup:
    case Kind::Field:
        part = Part::Fields;
        break;
    case Kind::ResourcesGroup:
    case Kind::Resource:
        part = Part::Resources;
        break;
    case Kind::FreeSectionsGroup:
    case Kind::FreeSection:
        part = Part::Sections;
        break;
    default:
        return false;
    }
    // A group shows its list's editor with no item: what the list is for, and Add.
    m_vadeMecumEditor->showItem(*part, item.id);
    m_centre->setCurrentWidget(m_vadeMecumEditor);
    return true;
}

QWidget* MainWindow::currentCentre() const
{
    return m_centre->currentWidget();
}

void MainWindow::updateTitleAndStatus()
{
    m_closeAction->setEnabled(m_document != nullptr);
    m_saveAsAction->setEnabled(m_document != nullptr);
    m_findField->setEnabled(m_document != nullptr);
    m_propertiesAction->setEnabled(m_document != nullptr);
    m_saveTemplateAction->setEnabled(m_document != nullptr);
    m_exportPdfAction->setEnabled(m_document != nullptr);
    m_exportDataAction->setEnabled(m_document != nullptr);
    m_printAction->setEnabled(m_document != nullptr);
    m_importAction->setEnabled(m_document && !m_document->project().isReadOnly());
    if (!m_document) {
        setWindowTitle(tr("Balise"));
        m_pathLabel->clear();
        m_pathLabel->setToolTip(QString());
        m_readOnlyLabel->hide();
        m_countsLabel->clear();
        return;
    }
    const Project& project = m_document->project();
    // "[*]" in a window title is Qt's modified-marker placeholder; doubled, it shows as typed.
    QString name = m_document->displayName();
    name.replace(QStringLiteral("[*]"), QStringLiteral("[*][*]"));
    setWindowTitle(project.isReadOnly() ? tr("%1 (read-only) — Balise").arg(name) : tr("%1 — Balise").arg(name));

    const QString path = QDir::toNativeSeparators(project.filePath());
    m_pathLabel->setText(path);
    m_pathLabel->setToolTip(DisplayFormat::toolTip(path));
    if (project.isReadOnly()) {
        const QString reason = project.readOnlyReason();
        m_readOnlyLabel->setText(reason.isEmpty() ? tr("Read-only") : tr("Read-only: %1").arg(reason));
        m_readOnlyLabel->show();
    } else {
        m_readOnlyLabel->hide();
    }
    const ProjectSummary summary = ProjectSummary::of(project.data(), 0);
    const QLocale locale;
    m_countsLabel->setText(tr("Objectives: %1 · Indicators: %2 · Services: %3 · Periods: %4 · Values: %5")
                               .arg(locale.toString(summary.objectives), locale.toString(summary.indicators),
                                    locale.toString(summary.services), locale.toString(summary.periods),
                                    locale.toString(summary.measurements - summary.missingMeasurements)));
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_options.rememberState)
        saveWindowState();
    // Closing the project releases its lock now rather than when the window object goes.
    setDocument(nullptr);
    event->accept();
}

} // namespace balise::ui
