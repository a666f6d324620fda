#include "AboutBox.h"
#include "FrameworkEditor.h"
#include "ImpactAccountEditor.h"
#include "ItemDetailsView.h"
#include "MainWindow.h"
#include "ProjectDocument.h"
#include "ProjectTreeModel.h"
#include "ProjectTreeView.h"
#include "RecentFiles.h"
#include "ServiceEditor.h"
#include "UiTestProject.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QStackedWidget>
#include <QSysInfo>
#include <QTableWidget>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace balise;
using balise::ui::MainWindow;
using balise::ui::MainWindowOptions;
using balise::ui::ProjectItemRef;
using Kind = ProjectItemRef::Kind;

namespace {

// A project file in a temporary folder, closed again so that the window can take its lock.
struct ClosedProject
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("window.balise"));
    ClosedProject() { test::createUiTestProject(path); }
};

MainWindowOptions quietOptions()
{
    MainWindowOptions options;
    options.rememberState = false;
    return options;
}

QStringList treeTexts(const QAbstractItemModel& model, const QModelIndex& parent = QModelIndex())
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        texts.append(model.data(index).toString());
        texts.append(treeTexts(model, index));
    }
    return texts;
}

QList<ProjectItemRef> allItems(const ui::ProjectTreeModel& model, const QModelIndex& parent = QModelIndex())
{
    QList<ProjectItemRef> items;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        items.append(model.itemAt(index));
        items.append(allItems(model, index));
    }
    return items;
}

// The details of the current item: in the framework editor's pane for the framework, else in the
// details view.
QString details(const MainWindow& window)
{
    if (window.currentCentre() == window.frameworkEditor())
        return window.frameworkEditor()->detailsView()->toPlainText();
    if (window.currentCentre() == window.serviceEditor()) {
        // What the form shows: labels, fields, chosen entries and ticked boxes.
        QStringList texts;
        for (const QLabel* label : window.serviceEditor()->findChildren<QLabel*>())
            texts.append(label->text());
        for (const QLineEdit* line : window.serviceEditor()->findChildren<QLineEdit*>())
            texts.append(line->text());
        for (const QComboBox* box : window.serviceEditor()->findChildren<QComboBox*>())
            texts.append(box->currentText());
        for (const QCheckBox* box : window.serviceEditor()->findChildren<QCheckBox*>())
            if (box->isChecked())
                texts.append(box->text());
        return texts.join(QLatin1Char('\n'));
    }
    if (window.currentCentre() == window.impactAccountEditor()) {
        QStringList texts;
        for (const QLabel* label : window.impactAccountEditor()->findChildren<QLabel*>())
            texts.append(label->text());
        for (const QTableWidget* table : window.impactAccountEditor()->findChildren<QTableWidget*>())
            for (int r = 0; r < table->rowCount(); ++r)
                for (int c = 0; c < table->columnCount(); ++c)
                    if (table->item(r, c))
                        texts.append(table->item(r, c)->text());
        return texts.join(QLatin1Char('\n'));
    }
    return window.detailsView()->toPlainText();
}

EntityId serviceId(const MainWindow& window, const QString& name)
{
    return window.document()->project().data().findServiceByName(name)->id;
}

} // namespace

TEST_CASE("The main window opens a project and shows its framework", "[ui]")
{
    ClosedProject file;
    MainWindow window(quietOptions());
    REQUIRE(window.openProject(file.path));
    REQUIRE(window.document() != nullptr);

    CHECK(window.windowTitle() == QStringLiteral("Val d'Essai — Balise"));
    const QStringList texts = treeTexts(*window.treeModel());
    for (const char* code : {"O1 ", "C11 ", "I111 ", "I12 ", "O2 ", "I21 "})
        CHECK(texts.filter(QRegularExpression(QLatin1Char('^') + QString::fromLatin1(code))).size() == 1);
    // The framework is what a freshly opened project shows.
    CHECK(window.treeView()->currentItem() == ProjectItemRef{Kind::FrameworkSection, NoId});
    CHECK(details(window).contains(QStringLiteral("Evaluation framework")));
    CHECK(details(window).contains(QStringLiteral("Mobilité pour tous")));
    CHECK(window.findChild<QLabel*>(QStringLiteral("statusCounts"))->text().contains(QStringLiteral("Indicators: 3")));
    CHECK(window.findChild<QLabel*>(QStringLiteral("statusPath"))->text() == QDir::toNativeSeparators(file.path));
    CHECK(window.findChild<QLabel*>(QStringLiteral("statusReadOnly"))->isHidden());

    window.closeProject();
    CHECK(window.document() == nullptr);
    CHECK(window.treeModel()->rowCount() == 0);
    CHECK(window.windowTitle() == QStringLiteral("Balise"));
}

TEST_CASE("The details view shows user text literally", "[ui]")
{
    ClosedProject file;
    MainWindow window(quietOptions());
    REQUIRE(window.openProject(file.path));

    REQUIRE(window.selectItem({Kind::Service, serviceId(window, test::markupServiceName())}));
    const QString text = details(window);
    CHECK(text.contains(QStringLiteral("<b>Covoiturage</b>")));
    CHECK(text.contains(QStringLiteral("Covoit'Local & Cie")));
    CHECK(text.contains(QStringLiteral("Personnes sans smartphone")));
    CHECK(text.contains(QStringLiteral("Data client")));
    // Shown as text: every label of the service's form is plain text, never rich text.
    for (const QLabel* label : window.serviceEditor()->findChildren<QLabel*>())
        if (label->text().contains(QStringLiteral("Covoiturage")))
            CHECK(label->textFormat() == Qt::PlainText);
}

TEST_CASE("The details of an indicator show its attributes", "[ui]")
{
    ClosedProject file;
    MainWindow window(quietOptions());
    REQUIRE(window.openProject(file.path));
    const Project& project = window.document()->project();

    REQUIRE(window.selectItem({Kind::FrameworkNode, project.framework().findByCode(QStringLiteral("I111"))->id}));
    const QString text = details(window);
    for (const char* expected :
         {"Higher is better", "Quantitative", "1,200 trajets", "5,000 trajets", "€1,500.00", "Robustness", "3 / 4",
          "Données de l'opérateur", "Sensitivity", "not rated", "C11 Usage"}) {
        INFO(expected << " in:\n" << text.toStdString());
        CHECK(text.contains(QString::fromUtf8(expected)));
    }

    REQUIRE(window.selectItem({Kind::FrameworkNode, project.framework().findByCode(QStringLiteral("O1"))->id}));
    CHECK(details(window).contains(QStringLiteral("Need: Desservir les hameaux")));
    CHECK(details(window).contains(QStringLiteral("I12")));
}

TEST_CASE("The details of an impact account add up its lines", "[ui]")
{
    ClosedProject file;
    MainWindow window(quietOptions());
    REQUIRE(window.openProject(file.path));
    REQUIRE(window.selectItem({Kind::ImpactAccount, window.document()->project().impactAccounts().first().id}));
    // 0.05 + 0.12 is 0.16999999999999998 in binary: a computed total is not shown to the last bit.
    CHECK(details(window).contains(QStringLiteral("0.17 in all")));
    CHECK(details(window).contains(QStringLiteral("250,000")));
}

TEST_CASE("Every item of the project tree has a details page", "[ui]")
{
    ClosedProject file;
    MainWindow window(quietOptions());
    REQUIRE(window.openProject(file.path));

    const QList<ProjectItemRef> items = allItems(*window.treeModel());
    CHECK(items.size() > 30);
    for (const ProjectItemRef& item : items) {
        INFO("kind " << static_cast<int>(item.kind) << ", id " << item.id);
        REQUIRE(window.selectItem(item));
        const QString text = details(window);
        CHECK_FALSE(text.trimmed().isEmpty());
        CHECK_FALSE(text.contains(QStringLiteral("no longer in the project")));
    }
}

TEST_CASE("The tree and the details follow changes of the open project", "[ui]")
{
    ClosedProject file;
    MainWindow window(quietOptions());
    REQUIRE(window.openProject(file.path));
    Project& project = window.document()->project();
    const EntityId id = serviceId(window, QStringLiteral("Vélo libre"));
    REQUIRE(window.selectItem({Kind::Service, id}));

    DataService service = *project.data().findService(id);
    service.operatorName = QStringLiteral("Régie des mobilités");
    project.updateService(service);
    CHECK(window.treeView()->currentItem() == ProjectItemRef{Kind::Service, id});
    CHECK(details(window).contains(QStringLiteral("Régie des mobilités")));

    project.removeService(id);
    // The removed item gives way to its section.
    CHECK(window.treeView()->currentItem() == ProjectItemRef{Kind::ServicesSection, NoId});
    CHECK(details(window).contains(QStringLiteral("Data services")));
}

TEST_CASE("A project another opener holds opens read-only and the status bar says why", "[ui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("held.balise"));
    const auto holder = test::createUiTestProject(path);
    MainWindow window(quietOptions());
    REQUIRE(window.openProject(path));
    REQUIRE(window.document()->project().isReadOnly());
    const QLabel* readOnly = window.findChild<QLabel*>(QStringLiteral("statusReadOnly"));
    CHECK_FALSE(readOnly->isHidden());
    CHECK(readOnly->text().startsWith(QStringLiteral("Read-only")));
    // Who holds it: the program, its process and its machine, so the user knows whom to ask.
    CHECK(readOnly->text().contains(QStringLiteral("already open in")));
    CHECK(readOnly->text().contains(QString::number(QCoreApplication::applicationPid())));
    CHECK(readOnly->text().contains(QSysInfo::machineHostName()));
    CHECK(window.windowTitle().contains(QStringLiteral("(read-only)")));
}

TEST_CASE("A project that cannot be opened is explained and changes nothing", "[ui]")
{
    ClosedProject file;
    MainWindow window(quietOptions());
    REQUIRE(window.openProject(file.path));
    QString shownMessage;
    QTimer::singleShot(0, [&shownMessage] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            shownMessage = box->text();
            box->accept();
        }
    });
    QTemporaryDir dir;
    CHECK_FALSE(window.openProject(dir.filePath(QStringLiteral("absent.balise"))));
    CHECK_FALSE(shownMessage.isEmpty());
    REQUIRE(window.document() != nullptr);
    CHECK(window.document()->filePath() == file.path);
}

TEST_CASE("Without a project the window shows the welcome page", "[ui]")
{
    QTemporaryDir dir;
    const QString sample = dir.filePath(QStringLiteral("microgrid.balise"));
    test::createUiTestProject(sample);
    MainWindowOptions options = quietOptions();
    options.sampleProject = sample;
    MainWindow window(options);
    window.show();

    const auto* stack = qobject_cast<QStackedWidget*>(window.centralWidget());
    REQUIRE(stack != nullptr);
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("welcomePage"));
    auto* sampleButton = window.findChild<QPushButton*>(QStringLiteral("welcomeSampleButton"));
    REQUIRE(sampleButton != nullptr);
    CHECK(sampleButton->isVisible());
    sampleButton->click();
    REQUIRE(window.document() != nullptr);
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("workspaceSplitter"));
    window.closeProject();
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("welcomePage"));
}

TEST_CASE("Opened projects go to the recent files", "[ui]")
{
    ui::RecentFiles().clear();
    ClosedProject file;
    {
        MainWindow window; // remembers state: records the file
        REQUIRE(window.openProject(file.path));
    }
    const QStringList recent = ui::RecentFiles().paths();
    REQUIRE_FALSE(recent.isEmpty());
    CHECK(recent.first() == QFileInfo(file.path).absoluteFilePath());
    for (int i = 0; i < 12; ++i)
        ui::RecentFiles().add(QStringLiteral("/tmp/p%1.balise").arg(i));
    CHECK(ui::RecentFiles().paths().size() == ui::RecentFiles::MaxCount);
    CHECK(ui::RecentFiles().paths().first() == QStringLiteral("/tmp/p11.balise"));
    ui::RecentFiles().clear();
}

TEST_CASE("A grab of the window has the requested size", "[ui]")
{
    ClosedProject file;
    MainWindow window(quietOptions());
    REQUIRE(window.openProject(file.path));
    window.resize(1024, 640);
    window.show();
    QCoreApplication::processEvents();
    const QPixmap image = window.grab();
    REQUIRE_FALSE(image.isNull());
    CHECK(image.deviceIndependentSize().toSize() == QSize(1024, 640));
}

TEST_CASE("The About box names the version, the licence and the libraries", "[ui]")
{
    const QString text = ui::AboutBox::text();
    CHECK(text.contains(QStringLiteral("Balise " BALISE_VERSION)));
    CHECK(text.contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
    CHECK(text.contains(QStringLiteral("SQLite 3.")));
    CHECK(text.contains(QStringLiteral("QCustomPlot 2.1")));
    CHECK(text.contains(QStringLiteral("Boost 1.")));
}

TEST_CASE("The application icon is built in and draws at every size the desktop asks for", "[ui]")
{
    // The workbench gives its windows this icon (Workbench.cpp); the package installs the same drawing.
    const QIcon icon(QStringLiteral(":/icons/balise.svg"));
    for (const int size : {16, 32, 64, 256}) {
        const QImage image = icon.pixmap(size, size).toImage();
        REQUIRE(image.width() == size);
        // Drawn, not blank: the centre of the tile is opaque, the corners (rounded) are transparent.
        CHECK(qAlpha(image.pixel(size / 2, size / 2)) == 255);
        CHECK(qAlpha(image.pixel(0, 0)) == 0);
    }
}

TEST_CASE("Find goes from one matching item of the project to the next, round again", "[ui]")
{
    ClosedProject file;
    MainWindow window(quietOptions());
    REQUIRE(window.openProject(file.path));
    // "vélo" is in the service "Vélo libre" only; codes are found too, in any case.
    REQUIRE(window.findNext(QStringLiteral("vélo")));
    CHECK(window.treeView()->currentItem().kind == Kind::Service);
    CHECK(window.currentCentre() == window.serviceEditor());
    REQUIRE(window.findNext(QStringLiteral("i111")));
    const ProjectItemRef first = window.treeView()->currentItem();
    CHECK(first.kind == Kind::FrameworkNode);
    CHECK(first.id == window.document()->project().framework().findByCode(QStringLiteral("I111"))->id);
    CHECK(window.currentCentre() == window.frameworkEditor());
    // Typing more of the same word keeps the item; Enter goes to the next, then round to the first.
    CHECK(window.findNext(QStringLiteral("I111"), true));
    CHECK(window.treeView()->currentItem() == first);
    CHECK_FALSE(window.findNext(QStringLiteral("zzz-nothing")));
    CHECK(window.treeView()->currentItem() == first);
    QStringList visited;
    for (int i = 0; i < 6; ++i) {
        REQUIRE(window.findNext(QStringLiteral("I")));
        visited.append(QString::number(window.treeView()->currentItem().id));
    }
    // The test project has more than one item with an I in its text, and the search comes round.
    CHECK(QSet<QString>(visited.cbegin(), visited.cend()).size() > 1);
}
