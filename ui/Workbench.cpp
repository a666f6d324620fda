#include "Workbench.h"

#include "ApplicationIdentity.h"
#include "ExportDataDialog.h"
#include "Language.h"
#include "LanguageSetting.h"
#include "MainWindow.h"
#include "NewProjectDialog.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "ProjectPropertiesDialog.h"
#include "SaveTemplateDialog.h"
#include "TemplateLibraryDialog.h"
#include "UncertaintyView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QIcon>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>
#include <optional>

namespace balise::ui {
namespace {

// Exit codes shared with the command line (DESIGN §7).
constexpr int Success = 0;
constexpr int UsageError = 2;
constexpr int InvalidInput = 3;

// The size of --screenshot images, fixed so that they compare across machines.
constexpr QSize ScreenshotSize(1280, 800);

struct NamedView;

class Workbench
{
    Q_DECLARE_TR_FUNCTIONS(Workbench)

public:
    static int run(QApplication& app);

private:
    static const NamedView* findView(const QString& name);
    static QString sampleProject();
    static int fail(int code, const QString& message);
};

// The views --view can show, by the names DESIGN §7 gives them (and the README lists): a part of the
// project selected in the tree, the welcome page, or one of the dialogs over the window.
enum class ViewDialog
{
    None,
    NewProject,
    Properties,
    TemplateLibrary,
    SaveTemplate,
    ExportData
};

struct NamedView
{
    const char* name;
    ProjectItemRef::Kind kind; // None: the welcome page, the project left closed
    ViewDialog dialog = ViewDialog::None;
};
constexpr NamedView namedViews[] = {
    {"framework", ProjectItemRef::Kind::FrameworkSection},
    {"vademecum", ProjectItemRef::Kind::VadeMecumSection},
    {"services", ProjectItemRef::Kind::ServicesSection},
    {"service", ProjectItemRef::Kind::Service}, // the first one
    {"destabilisation", ProjectItemRef::Kind::Destabilisation},
    {"periods", ProjectItemRef::Kind::PeriodsSection},
    {"measurements", ProjectItemRef::Kind::MeasurementsSection},
    {"comparison", ProjectItemRef::Kind::ResultsSection},
    {"scorecard", ProjectItemRef::Kind::Scorecard},
    {"sensitivity", ProjectItemRef::Kind::Sensitivity},
    {"uncertainty", ProjectItemRef::Kind::UncertaintyAnalysis},
    {"audit", ProjectItemRef::Kind::QualityAudit},
    {"impacts", ProjectItemRef::Kind::ImpactAccountsSection},
    {"reports", ProjectItemRef::Kind::ReportsSection},
    {"welcome", ProjectItemRef::Kind::None},
    {"new-project", ProjectItemRef::Kind::None, ViewDialog::NewProject},
    {"properties", ProjectItemRef::Kind::FrameworkSection, ViewDialog::Properties},
    {"templates", ProjectItemRef::Kind::None, ViewDialog::TemplateLibrary},
    {"save-template", ProjectItemRef::Kind::FrameworkSection, ViewDialog::SaveTemplate},
    {"export-data", ProjectItemRef::Kind::FrameworkSection, ViewDialog::ExportData},
};

QString viewNames()
{
    QStringList names;
    for (const NamedView& view : namedViews)
        names.append(QLatin1String(view.name));
    return names.join(QStringLiteral(", "));
}

const NamedView* Workbench::findView(const QString& name)
{
    for (const NamedView& view : namedViews)
        if (name == QLatin1String(view.name))
            return &view;
    return nullptr;
}

// The sample the welcome page offers: BALISE_SAMPLE_PROJECT when set, else the one built in the
// source tree this binary comes from (samples/README.md says how to build it).
QString Workbench::sampleProject()
{
    const QString fromEnvironment = qEnvironmentVariable("BALISE_SAMPLE_PROJECT");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStringLiteral(BALISE_SAMPLES_DIR "/microgrid.balise");
}

int Workbench::fail(int code, const QString& message)
{
    QTextStream(stderr) << message << Qt::endl;
    return code;
}

int Workbench::run(QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Balise workbench: evaluate and steer urban data services."));
    parser.addPositionalArgument(QStringLiteral("project"),
                                 tr("The project to open (.balise), or a template to import (.balise-template)."),
                                 QStringLiteral("[PROJECT]"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), tr("Render the window to a PNG image and exit."),
                                        QStringLiteral("OUT.png"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        tr("The part of the project to show first (framework by default): %1.").arg(viewNames()),
        QStringLiteral("NAME"), QStringLiteral("framework"));
    parser.addOption(screenshot);
    parser.addOption(view);
    if (!parser.parse(app.arguments()))
        return fail(UsageError, parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return fail(UsageError, tr("Give at most one project to open."));
    const NamedView* named = findView(parser.value(view));
    if (!named)
        return fail(UsageError, tr("Unknown view \"%1\": use one of %2.").arg(parser.value(view), viewNames()));
    const QString projectPath = positional.value(0);
    const bool screenshotMode = parser.isSet(screenshot);
    const ProjectItemRef::Kind section = named->kind == ProjectItemRef::Kind::None && named->dialog == ViewDialog::None
                                             ? ProjectItemRef::Kind::FrameworkSection
                                             : named->kind;

    MainWindowOptions options;
    options.sampleProject = sampleProject();
    options.rememberState = !screenshotMode;
    MainWindow window(options);

    if (!screenshotMode) {
        window.show();
        // The desktop opens both kinds of Balise file here: a template goes into the library.
        if (projectPath.endsWith(QLatin1String(balise::TemplateLibrary::suffix), Qt::CaseInsensitive))
            QTimer::singleShot(0, &window, [&window, projectPath] { window.openTemplateLibrary(projectPath); });
        else if (!projectPath.isEmpty() && window.openProject(projectPath))
            window.selectItem({section, NoId});
        return app.exec();
    }

    // The welcome page and the New project dialog show no project: the file is not even opened.
    if (!projectPath.isEmpty() && named->kind != ProjectItemRef::Kind::None) {
        QString error;
        auto document = ProjectDocument::open(projectPath, error);
        if (!document)
            return fail(InvalidInput, error);
        const EntityId firstService =
            document->project().services().isEmpty() ? NoId : document->project().services().constFirst().id;
        window.setDocument(std::move(document));
        window.selectItem({section, section == ProjectItemRef::Kind::Service ? firstService : NoId});
        // A picture of the robustness view shows an analysis, not an empty form.
        if (section == ProjectItemRef::Kind::UncertaintyAnalysis)
            window.uncertaintyView()->runInForeground();
    }
    window.resize(ScreenshotSize);
    window.show();
    // A dialog view is the dialog alone, at its own size, over the window it belongs to.
    std::unique_ptr<QDialog> dialog;
    if (named->dialog == ViewDialog::NewProject)
        dialog = std::make_unique<NewProjectDialog>(QDir::homePath(), &window);
    else if (named->dialog == ViewDialog::Properties && window.document())
        dialog = std::make_unique<ProjectPropertiesDialog>(*window.document(), &window);
    else if (named->dialog == ViewDialog::TemplateLibrary)
        dialog = std::make_unique<TemplateLibraryDialog>(balise::TemplateLibrary::standard(), &window);
    else if (named->dialog == ViewDialog::SaveTemplate && window.document())
        dialog = std::make_unique<SaveTemplateDialog>(window.document()->project().data(),
                                                      balise::TemplateLibrary::standard(), &window);
    else if (named->dialog == ViewDialog::ExportData && window.document())
        dialog = std::make_unique<ExportDataDialog>(*window.document(), &window);
    else if (named->dialog != ViewDialog::None)
        return fail(UsageError, tr("The %1 view needs a project.").arg(QLatin1String(named->name)));
    if (dialog)
        dialog->show();
    QWidget* shown = dialog ? static_cast<QWidget*>(dialog.get()) : &window;
    const QString output = parser.value(screenshot);
    int code = Success;
    // Rendered once the event loop has run: layouts and the tree's rows are settled by then.
    QTimer::singleShot(0, &window, [&] {
        QApplication::processEvents();
        const QPixmap image = shown->grab();
        if (!image.save(output, "PNG"))
            code =
                fail(InvalidInput, tr("Could not write the screenshot to %1.").arg(QDir::toNativeSeparators(output)));
        dialog.reset();
        window.setDocument(nullptr);
        app.exit(code);
    });
    app.exec();
    return code;
}

} // namespace

int runWorkbench(int argc, char** argv)
{
    QApplication app(argc, argv);
    balise::setApplicationIdentity();
    // The desktop entry and icon the package installs (installer/): window managers match the
    // window to them, and the window shows the same beacon.
    QGuiApplication::setDesktopFileName(QStringLiteral(BALISE_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/balise.svg")));
    balise::installTranslations(app, LanguageSetting::atStartUp());
    return Workbench::run(app);
}

} // namespace balise::ui
