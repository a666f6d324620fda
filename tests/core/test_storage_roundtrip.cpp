#include "ChangeRefused.h"
#include "Project.h"
#include "ProjectFileError.h"
#include "RichProject.h"
#include "Schema.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace balise;

namespace {

ProjectInfo titled(const QString& title)
{
    ProjectInfo info;
    info.title = title;
    return info;
}

} // namespace

TEST_CASE("A project with every entity survives close and reopen unchanged", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("every.balise"));
    ProjectData written;
    {
        auto project = Project::create(path, titled(QStringLiteral("Tout")));
        test::fillWithEveryEntity(*project);
        written = project->data();
        REQUIRE(written.framework.size() == 5);
        REQUIRE(written.measurements.size() == 3);
    }
    auto reopened = Project::open(path, ProjectFile::Access::ReadWrite);
    test::requireSameData(written, reopened->data());
    CHECK(reopened->file().versionOnDisk() == Schema::currentVersion);
}

TEST_CASE("Edits are persisted as they happen and announced", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edits.balise"));
    auto project = Project::create(path, titled(QStringLiteral("Edits")));
    test::fillWithEveryEntity(*project);
    QSignalSpy spy(project.get(), &Project::changed);

    FrameworkNode renamed = *project->framework().findByCode(QStringLiteral("C11"));
    renamed.name = QStringLiteral("Pertes réseau");
    project->updateNode(renamed);
    REQUIRE(spy.count() == 1);
    const auto change = spy.takeFirst().at(0).value<ProjectChange>();
    CHECK(change.subject == ProjectChange::Subject::Framework);
    CHECK(change.id == renamed.id);

    // A second process (here: a read-only open) sees the committed edit at once.
    auto reader = Project::open(path, ProjectFile::Access::ReadOnly);
    CHECK(reader->framework().findByCode(QStringLiteral("C11"))->name == QStringLiteral("Pertes réseau"));
}

TEST_CASE("Removing a node removes its subtree and measurements in file and memory", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("remove.balise"));
    auto project = Project::create(path, titled(QStringLiteral("Remove")));
    test::fillWithEveryEntity(*project);
    const EntityId c11 = project->framework().findByCode(QStringLiteral("C11"))->id;
    project->removeNode(c11);
    CHECK(project->framework().findByCode(QStringLiteral("I111")) == nullptr);
    CHECK(project->framework().findByCode(QStringLiteral("I12")) != nullptr);
    CHECK(project->measurements().size() == 1);
    const ProjectData inMemory = project->data();
    project.reset();
    auto reopened = Project::open(path, ProjectFile::Access::ReadOnly);
    test::requireSameData(inMemory, reopened->data());
}

TEST_CASE("Moving nodes keeps sibling order in file and memory", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("move.balise"));
    auto project = Project::create(path, titled(QStringLiteral("Move")));
    test::fillWithEveryEntity(*project);
    const Framework& fw = project->framework();
    const EntityId o1 = fw.findByCode(QStringLiteral("O1"))->id;
    const EntityId i12 = fw.findByCode(QStringLiteral("I12"))->id;
    project->moveNode(i12, o1, 0);
    REQUIRE(project->framework().children(o1).first()->code == QStringLiteral("I12"));

    // Moving a node under its own descendant is refused and changes nothing.
    const EntityId c11 = fw.findByCode(QStringLiteral("C11"))->id;
    CHECK_THROWS_AS(project->moveNode(o1, c11, 0), ChangeRefused);
    // Placing a node under an indicator is refused.
    const EntityId i111 = fw.findByCode(QStringLiteral("I111"))->id;
    CHECK_THROWS_AS(project->moveNode(c11, i111, 0), ChangeRefused);

    const ProjectData inMemory = project->data();
    project.reset();
    auto reopened = Project::open(path, ProjectFile::Access::ReadOnly);
    test::requireSameData(inMemory, reopened->data());
    CHECK(reopened->framework().children(o1).first()->code == QStringLiteral("I12"));
}

TEST_CASE("A refused change leaves file and memory untouched", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("refused.balise"));
    auto project = Project::create(path, titled(QStringLiteral("Refused")));
    test::fillWithEveryEntity(*project);
    const QByteArray before = test::readBytes(path);
    const ProjectData data = project->data();

    FrameworkNode duplicate;
    duplicate.kind = NodeKind::Objective;
    duplicate.code = QStringLiteral("o1"); // codes are unique without regard to case
    duplicate.name = QStringLiteral("Doublon");
    CHECK_THROWS_AS(project->addNode(duplicate), ChangeRefused);

    DataService unnamed;
    CHECK_THROWS_AS(project->addService(unnamed), ChangeRefused);

    // A batch of nodes is all-or-nothing: the second one's unknown parent undoes the first.
    FrameworkImportNode good{duplicate, QString(), 1};
    good.node.code = QStringLiteral("O9");
    FrameworkImportNode orphan{duplicate, QStringLiteral("NOPE"), 2};
    orphan.node.code = QStringLiteral("O10");
    CHECK_THROWS_AS(project->addNodes({good, orphan}), ChangeRefused);

    CHECK(project->framework().findByCode(QStringLiteral("O9")) == nullptr);
    CHECK(test::readBytes(path) == before);
    test::requireSameData(data, project->data());
}

TEST_CASE("Save As writes a checked copy and continues on it", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("original.balise"));
    const QString copy = dir.filePath(QStringLiteral("copy.balise"));
    auto project = Project::create(path, titled(QStringLiteral("Original")));
    test::fillWithEveryEntity(*project);
    const ProjectData data = project->data();
    project->saveAs(copy);
    CHECK(project->filePath() == QFileInfo(copy).absoluteFilePath());
    CHECK_FALSE(project->isReadOnly());

    ProjectInfo info = project->info();
    info.title = QStringLiteral("Copie");
    project->setInfo(info);
    project.reset();

    CHECK(Project::open(path, ProjectFile::Access::ReadOnly)->info().title == QStringLiteral("Original"));
    auto reopened = Project::open(copy, ProjectFile::Access::ReadOnly);
    CHECK(reopened->info().title == QStringLiteral("Copie"));
    CHECK(reopened->measurements() == data.measurements);
    // No temporary file is left beside the copy.
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 2);
}

TEST_CASE("Importing measurements creates services and periods in one transaction", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("import.balise"));
    auto project = Project::create(path, titled(QStringLiteral("Import")));
    test::fillWithEveryEntity(*project);
    const EntityId i111 = project->framework().findByCode(QStringLiteral("I111"))->id;
    const EntityId i12 = project->framework().findByCode(QStringLiteral("I12"))->id;
    QList<MeasurementImportRow> rows;
    auto row = [](const char* service, EntityId indicator, const char* period, MeasurementState state,
                  std::optional<double> value, std::optional<int> level, const char* comment) {
        MeasurementImportRow r;
        r.serviceName = QString::fromUtf8(service);
        r.indicatorId = indicator;
        r.periodLabel = QString::fromUtf8(period);
        r.state = state;
        r.value = value;
        r.level = level;
        r.comment = QString::fromUtf8(comment);
        return r;
    };
    rows.append(row("Boucle solaire", i111, "2026", MeasurementState::Present, 41000.0, std::nullopt, ""));
    rows.append(row("boucle SOLAIRE", i12, "2026", MeasurementState::Present, std::nullopt, 2, ""));
    rows.append(
        row("Microgrid des Tanneurs", i111, "2024", MeasurementState::Missing, std::nullopt, std::nullopt, "perdu"));

    const QByteArray before = test::readBytes(path);
    const auto dry = project->importMeasurements(rows, true);
    CHECK(dry.servicesCreated == QStringList{QStringLiteral("Boucle solaire")});
    CHECK(dry.periodsCreated == QStringList{QStringLiteral("2026")});
    CHECK(dry.measurementsAdded == 2);
    CHECK(dry.measurementsReplaced == 1);
    CHECK(dry.missingCells == 1);
    CHECK(test::readBytes(path) == before);
    CHECK(project->services().size() == 1);

    const auto done = project->importMeasurements(rows, false);
    CHECK(done.measurementsAdded == 2);
    REQUIRE(project->services().size() == 2);
    const Period* p2026 = project->data().findPeriodByLabel(QStringLiteral("2026"));
    REQUIRE(p2026);
    CHECK(p2026->kind == PeriodKind::Year);
    CHECK(p2026->start == QDate(2026, 1, 1));
    const ProjectData inMemory = project->data();
    project.reset();
    test::requireSameData(inMemory, Project::open(path, ProjectFile::Access::ReadOnly)->data());
}

TEST_CASE("Removing a vade-mecum need removes the links to it", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("links.balise"));
    auto project = Project::create(path, titled(QStringLiteral("Links")));
    test::fillWithEveryEntity(*project);
    VadeMecum vm = project->vadeMecum();
    vm.needs.removeFirst();
    project->setVadeMecum(vm);
    const FrameworkNode* o1 = project->framework().findByCode(QStringLiteral("O1"));
    CHECK(o1->links.size() == 2);
    CHECK(project->questionnaire().sections[0].questions[0].needId == NoId);
    const ProjectData inMemory = project->data();
    project.reset();
    test::requireSameData(inMemory, Project::open(path, ProjectFile::Access::ReadOnly)->data());
}

TEST_CASE("A read-only project refuses every change", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.balise"));
    Project::create(path, titled(QStringLiteral("RO")));
    auto project = Project::open(path, ProjectFile::Access::ReadOnly);
    CHECK(project->isReadOnly());
    ProjectInfo info = project->info();
    info.title = QStringLiteral("Changed");
    CHECK_THROWS_AS(project->setInfo(info), StorageError);
    CHECK(project->info().title == QStringLiteral("RO"));
}

TEST_CASE("Levels in use keep their rank and label", "[storage]")
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("levels.balise")), titled(QStringLiteral("Levels")));
    test::fillWithEveryEntity(*project); // I12 has levels opaque < partielle < ouverte, "partielle" measured
    FrameworkNode node = *project->framework().findByCode(QStringLiteral("I12"));
    FrameworkNode reordered = node;
    std::swap(reordered.indicator.levels[0], reordered.indicator.levels[1]);
    reordered.indicator.levels[0].score = 0.0;
    reordered.indicator.levels[1].score = 40.0;
    CHECK_THROWS_AS(project->updateNode(reordered), ChangeRefused);
    FrameworkNode renamed = node;
    renamed.indicator.levels[1].label = QStringLiteral("à moitié");
    CHECK_THROWS_AS(project->updateNode(renamed), ChangeRefused);
    // Levels above the highest one in use may change.
    FrameworkNode extended = node;
    extended.indicator.levels[2].label = QStringLiteral("ouverte et documentée");
    extended.indicator.levels.append({QStringLiteral("réutilisée"), 100.0});
    extended.indicator.levels[2].score = 80.0;
    CHECK_NOTHROW(project->updateNode(extended));
}

TEST_CASE("Codes and names are stored without surrounding spaces", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trim.balise"));
    auto project = Project::create(path, titled(QStringLiteral("Trim")));
    FrameworkNode node;
    node.code = QStringLiteral("  A1 ");
    node.name = QStringLiteral(" Accès ");
    project->addNode(node);
    REQUIRE(project->framework().findByCode(QStringLiteral("a1")));
    CHECK(project->framework().findByCode(QStringLiteral("A1"))->name == QStringLiteral("Accès"));
    FrameworkNode twin = node;
    twin.code = QStringLiteral("a1 ");
    CHECK_THROWS_AS(project->addNode(twin), ChangeRefused);
    project->saveAs(path); // Save As onto itself changes nothing and keeps the project open
    CHECK_FALSE(project->isReadOnly());
    project.reset();
    CHECK(Project::open(path, ProjectFile::Access::ReadOnly)->framework().findByCode(QStringLiteral("A1")));
}

TEST_CASE("Names written in SQL are stored as text: every table stays and every name comes back as typed",
          "[storage][injection]")
{
    // Project files and the files imported into them come from other people: what they type goes to
    // SQLite as bound values, never into the statement's text.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sql.balise"));
    const QString dropService = QStringLiteral("Val'); DROP TABLE service; --");
    const QString deleteNodes = QStringLiteral("x\"); DELETE FROM node; --");
    ProjectData written;
    {
        auto project = Project::create(path, titled(dropService));
        test::fillWithEveryEntity(*project);
        FrameworkNode objective = *project->framework().nodes().begin();
        objective.name = deleteNodes;
        objective.description = QStringLiteral("' OR '1'='1");
        project->updateNode(objective);
        DataService service = project->services().first();
        service.name = QStringLiteral("Robert'); DROP TABLE measurement;--");
        service.operatorName = QStringLiteral("O'Brien & Fils; VACUUM; %_");
        project->updateService(service);
        project->addPeriod(Period::fromLabel(QStringLiteral("2024' UNION SELECT sql FROM sqlite_master --")));
        written = project->data();
    }
    // Opening checks that every table Balise needs is there; the data are what was typed.
    auto reopened = Project::open(path, ProjectFile::Access::ReadWrite);
    test::requireSameData(written, reopened->data());
    CHECK(reopened->info().title == dropService);
    CHECK(reopened->framework().nodes().begin()->name == deleteNodes);
    CHECK(reopened->measurements().size() == written.measurements.size());
    CHECK(reopened->services().size() == written.services.size());
}
