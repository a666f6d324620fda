#include "ModelTestMessages.h"
#include "ProjectTreeModel.h"
#include "UiTestProject.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace balise;
using balise::ui::ProjectItemRef;
using balise::ui::ProjectTreeModel;
using Kind = ProjectItemRef::Kind;

namespace {

QString sectionText(const ProjectTreeModel& model, Kind kind)
{
    return model.data(model.indexOf({kind, NoId})).toString();
}

QStringList columnTexts(const ProjectTreeModel& model, const QModelIndex& parent = QModelIndex())
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        texts.append(model.data(index).toString());
        texts.append(columnTexts(model, index));
    }
    return texts;
}

} // namespace

TEST_CASE("The project tree model passes QAbstractItemModelTester, also through changes", "[ui]")
{
    QTemporaryDir dir;
    auto project = test::createUiTestProject(dir.filePath(QStringLiteral("tree.balise")));
    test::ModelTestMessages messages;
    ProjectTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setProject(project.get());

    // Vade-mecum, framework, services, periods, measurements, results, impact accounts, reports.
    CHECK(model.rowCount() == 8);
    CHECK(model.index(7, 0).data().toString() == QStringLiteral("Reports"));
    CHECK(model.rowCount(model.index(7, 0)) == 5);
    CHECK(model.columnCount() == 2);
    DataService added;
    added.name = QStringLiteral("Navette");
    project->addService(added);
    FrameworkNode node = *project->framework().findByCode(QStringLiteral("I21"));
    node.weight = 4;
    project->updateNode(node);
    project->removePeriod(project->periods().constFirst().id);
    model.setProject(nullptr);
    CHECK(model.rowCount() == 0);
    model.setProject(project.get());
    INFO(messages.messages().join(QLatin1Char('\n')).toStdString());
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("The project tree shows every part of the project with its counts", "[ui]")
{
    QTemporaryDir dir;
    auto project = test::createUiTestProject(dir.filePath(QStringLiteral("tree.balise")));
    ProjectTreeModel model;
    model.setProject(project.get());

    const QStringList sections = {model.data(model.index(0, 0)).toString(), model.data(model.index(1, 0)).toString(),
                                  model.data(model.index(2, 0)).toString(), model.data(model.index(3, 0)).toString(),
                                  model.data(model.index(4, 0)).toString(), model.data(model.index(5, 0)).toString(),
                                  model.data(model.index(6, 0)).toString()};
    CHECK(sections[0].startsWith(QStringLiteral("Vade-mecum (1 need")));
    CHECK(sections[1].startsWith(QStringLiteral("Framework (2 objective")));
    CHECK(sections[1].contains(QStringLiteral("3 indicator")));
    CHECK(sections[2] == QStringLiteral("Data services (2)"));
    CHECK(sections[3] == QStringLiteral("Periods (1)"));
    // 2 services × 3 indicators expected in 2024, one value present.
    CHECK(sections[4].startsWith(QStringLiteral("Measurements (1 value")));
    CHECK(sections[4].endsWith(QStringLiteral(", 5 missing)")));
    CHECK(sections[5] == QStringLiteral("Scores and comparison"));
    CHECK(sections[6] == QStringLiteral("Impact accounts (1)"));

    const QStringList texts = columnTexts(model);
    for (const char* code : {"O1 Mobilité pour tous", "C11 Usage", "I111 Trajets partagés par mois", "I12 Accès",
                             "O2 Climat", "I21 CO2 évité"})
        CHECK(texts.filter(QString::fromUtf8(code)).size() == 1);
    // User text is data, not markup.
    CHECK(texts.contains(test::markupServiceName()));
    CHECK(texts.contains(QStringLiteral("Desservir les hameaux — Mobility")));
    CHECK(texts.filter(QStringLiteral("2024: 1 value")).size() == 1);

    const QModelIndex i111 =
        model.indexOf({Kind::FrameworkNode, project->framework().findByCode(QStringLiteral("I111"))->id});
    REQUIRE(i111.isValid());
    CHECK(model.data(i111.siblingAtColumn(ProjectTreeModel::WeightColumn)).toString() == QStringLiteral("2"));
    CHECK(model.itemAt(i111).kind == Kind::FrameworkNode);
    CHECK(model.data(model.parent(i111)).toString() == QStringLiteral("C11 Usage"));
}

TEST_CASE("The project tree follows changes of the project without reopening it", "[ui]")
{
    QTemporaryDir dir;
    auto project = test::createUiTestProject(dir.filePath(QStringLiteral("tree.balise")));
    ProjectTreeModel model;
    model.setProject(project.get());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    DataService added;
    added.name = QStringLiteral("Navette à la demande");
    const EntityId id = project->addService(added);

    CHECK(resets.count() >= 1);
    const QModelIndex services = model.indexOf({Kind::ServicesSection, NoId});
    CHECK(model.data(services).toString() == QStringLiteral("Data services (3)"));
    CHECK(model.rowCount(services) == 1 + 3); // the destabilisation radar, then the services
    CHECK(model.indexOf({Kind::Service, id}).isValid());
    // 3 services × 3 indicators now expected.
    CHECK(sectionText(model, Kind::MeasurementsSection).endsWith(QStringLiteral(", 8 missing)")));

    project->removeService(id);
    CHECK(sectionText(model, Kind::ServicesSection) == QStringLiteral("Data services (2)"));
    CHECK_FALSE(model.indexOf({Kind::Service, id}).isValid());
}

TEST_CASE("The project tree empties itself when its project is destroyed", "[ui]")
{
    QTemporaryDir dir;
    auto project = test::createUiTestProject(dir.filePath(QStringLiteral("tree.balise")));
    ProjectTreeModel model;
    model.setProject(project.get());
    REQUIRE(model.rowCount() == 8);
    project.reset();
    CHECK(model.rowCount() == 0);
    CHECK(model.project() == nullptr);
}
