#pragma once

#include "ProjectItemRef.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QUndoGroup;

namespace balise {
struct ProjectChange;
} // namespace balise

namespace balise::ui {

class ComparisonView;
class PeriodEditor;
class QualityAuditView;
class ReportsView;
class ScorecardView;
class SensitivityView;
class ServiceEditor;
class UncertaintyView;
class DestabilisationView;
class FrameworkEditor;
class ImpactAccountEditor;
class MeasurementSheet;
class ItemDetailsView;
class ProjectDocument;
class ProjectTreeModel;
class ProjectTreeView;
class PostureEditor;
class QuestionnaireEditor;
class RevisionsEditor;
class VadeMecumItemEditor;
class WelcomePage;

struct MainWindowOptions
{
    // The sample project the welcome page offers (shown only when the file exists).
    QString sampleProject;
    // Whether the window restores and saves its geometry and records opened files in the recent list.
    // Off for --screenshot, which must look the same on every machine and leave the settings alone.
    bool rememberState = true;
};

// The workbench window: the project tree on the left, the details of the selected item in the centre,
// the welcome page when no project is open; the menus and the tool bar of the project's commands. Owns the open
// ProjectDocument (at most one) and the tree model that shows it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const MainWindowOptions& options = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the project at `path` in place of the current one. On failure tells the user why in a
    // message box, keeps what was open, and returns false.
    bool openProject(const QString& path);
    // Shows `document` in place of the current one (nullptr: closes it).
    void setDocument(std::unique_ptr<ProjectDocument> document);
    void closeProject();
    // Writes a complete copy of the open project to `path` and goes on working on the copy (Save As).
    // On failure tells the user why in a message box and goes on with the original; returns false.
    bool saveProjectAs(const QString& path);
    ProjectDocument* document() const { return m_document.get(); }
    // File > Template library. With `importPath` (a .balise-template file the desktop asked Balise to
    // open), the file is imported first and the dialog says how that went.
    void openTemplateLibrary(const QString& importPath = {});

    // Selects `item` in the tree and shows its details; false when the project has no such item.
    bool selectItem(const ProjectItemRef& item);
    // Selects the next item of the project tree whose text contains `text` (any case), after the
    // current one and round again — or the current one itself with `keepCurrent`, as typing does;
    // false, with a word in the status bar, when none does.
    bool findNext(const QString& text, bool keepCurrent = false);

    ProjectTreeModel* treeModel() const { return m_treeModel; }
    ProjectTreeView* treeView() const { return m_treeView; }
    ItemDetailsView* detailsView() const { return m_detailsView; }
    FrameworkEditor* frameworkEditor() const { return m_frameworkEditor; }
    MeasurementSheet* measurementSheet() const { return m_measurementSheet; }
    ComparisonView* comparisonView() const { return m_comparisonView; }
    UncertaintyView* uncertaintyView() const { return m_uncertaintyView; }
    ServiceEditor* serviceEditor() const { return m_serviceEditor; }
    PeriodEditor* periodEditor() const { return m_periodEditor; }
    QualityAuditView* qualityAuditView() const { return m_qualityAuditView; }
    ScorecardView* scorecardView() const { return m_scorecardView; }
    ReportsView* reportsView() const { return m_reportsView; }
    DestabilisationView* destabilisationView() const { return m_destabilisationView; }
    SensitivityView* sensitivityView() const { return m_sensitivityView; }
    ImpactAccountEditor* impactAccountEditor() const { return m_impactAccountEditor; }
    VadeMecumItemEditor* vadeMecumEditor() const { return m_vadeMecumEditor; }
    PostureEditor* postureEditor() const { return m_postureEditor; }
    RevisionsEditor* revisionsEditor() const { return m_revisionsEditor; }
    QuestionnaireEditor* questionnaireEditor() const { return m_questionnaireEditor; }
    // The editor or view in the centre for the current item.
    QWidget* currentCentre() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createStatusBar();
    void createToolBar();
    void chooseAndOpen();
    void chooseAndCreate();
    void chooseAndCreateFrom(const QString& templateId);
    void chooseAndSaveAs();
    void saveAsTemplate();
    // Before File > Export / Print: the Scorecard view's choice becomes the report's.
    bool prepareReport();
    void editProperties();
    QString lastDirectory() const;
    void fillRecentMenu();
    void refreshRecentFiles();
    void onProjectChanged(const balise::ProjectChange& change);
    void showCurrentItem(const ProjectItemRef& item);
    bool showVadeMecumItem(const ProjectItemRef& item);
    void updateTitleAndStatus();
    void restoreWindowState();
    void saveWindowState() const;

    MainWindowOptions m_options;
    std::unique_ptr<ProjectDocument> m_document;
    // Widgets and the model are children of this window (Qt ownership).
    ProjectTreeModel* m_treeModel = nullptr;
    QStackedWidget* m_stack = nullptr;
    WelcomePage* m_welcomePage = nullptr;
    QSplitter* m_splitter = nullptr;
    ProjectTreeView* m_treeView = nullptr;
    QStackedWidget* m_centre = nullptr; // the details view or the editor of the current item
    ItemDetailsView* m_detailsView = nullptr;
    FrameworkEditor* m_frameworkEditor = nullptr;
    MeasurementSheet* m_measurementSheet = nullptr;
    ComparisonView* m_comparisonView = nullptr;
    UncertaintyView* m_uncertaintyView = nullptr;
    ServiceEditor* m_serviceEditor = nullptr;
    PeriodEditor* m_periodEditor = nullptr;
    QualityAuditView* m_qualityAuditView = nullptr;
    ScorecardView* m_scorecardView = nullptr;
    ReportsView* m_reportsView = nullptr;
    DestabilisationView* m_destabilisationView = nullptr;
    SensitivityView* m_sensitivityView = nullptr;
    ImpactAccountEditor* m_impactAccountEditor = nullptr;
    VadeMecumItemEditor* m_vadeMecumEditor = nullptr;
    PostureEditor* m_postureEditor = nullptr;
    RevisionsEditor* m_revisionsEditor = nullptr;
    QuestionnaireEditor* m_questionnaireEditor = nullptr;
    QUndoGroup* m_undoGroup = nullptr; // the open document's stack is its only member
    QMenu* m_recentMenu = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_propertiesAction = nullptr;
    QAction* m_saveTemplateAction = nullptr;
    QAction* m_exportPdfAction = nullptr;
    QAction* m_exportDataAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QLineEdit* m_findField = nullptr; // in the tool bar; Ctrl+F
    QMenu* m_editMenu = nullptr;
    QAction* m_settingsAction = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_readOnlyLabel = nullptr;
    QLabel* m_countsLabel = nullptr;
};

} // namespace balise::ui
