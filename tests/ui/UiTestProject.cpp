#include "UiTestProject.h"

#include "CsvReader.h"
#include "FrameworkCsvReader.h"
#include "MeasurementCsvReader.h"
#include "ServiceCsvReader.h"

#include <catch2/catch.hpp>

namespace balise::test {

QString markupServiceName()
{
    return QStringLiteral("<b>Covoiturage</b>");
}

std::unique_ptr<Project> createUiTestProject(const QString& path)
{
    ProjectInfo info;
    info.title = QStringLiteral("Val d'Essai");
    info.territory = {QStringLiteral("Communauté de communes du Val d'Essai"), TerritoryKind::Rural, 18400};
    auto project = Project::create(path, info);

    VadeMecum vm;
    vm.needs = {{NoId, Domain::Mobility, QStringLiteral("Desservir les hameaux"), QStringLiteral("Sans voiture"),
                 Priority::High}};
    vm.principles = {{NoId, QStringLiteral("Évaluation loyale"), QStringLiteral("Par l'opérateur")}};
    vm.fields = {{NoId, FieldFamily::UserOriented, QStringLiteral("Inclusivité"), QString()}};
    vm.resources = {{NoId,
                     ResourceKind::TestGround,
                     QStringLiteral("Terrain d'essai"),
                     QString(),
                     {QStringLiteral("Partager les données d'usage")}}};
    vm.postures = {{Posture::Regulator, QStringLiteral("Fixe les règles")}};
    vm.sections = {{NoId, QStringLiteral("Contexte"), QStringLiteral("Ligne 1\nLigne 2")}};
    project->setVadeMecum(vm);
    VadeMecumRevision revision;
    revision.author = QStringLiteral("Service innovation");
    project->recordRevision(revision);

    FrameworkNode o1;
    o1.code = QStringLiteral("O1");
    o1.name = QStringLiteral("Mobilité pour tous");
    o1.weight = 3;
    o1.links = {{LinkTarget::Need, project->vadeMecum().needs[0].id}};
    const EntityId o1Id = project->addNode(o1);
    FrameworkNode c11;
    c11.kind = NodeKind::Criterion;
    c11.parentId = o1Id;
    c11.code = QStringLiteral("C11");
    c11.name = QStringLiteral("Usage");
    const EntityId c11Id = project->addNode(c11);
    FrameworkNode i111;
    i111.kind = NodeKind::Indicator;
    i111.parentId = c11Id;
    i111.code = QStringLiteral("I111");
    i111.name = QStringLiteral("Trajets partagés par mois");
    i111.weight = 2;
    i111.indicator.unit = QStringLiteral("trajets");
    i111.indicator.baseline = 1200;
    i111.indicator.baselineDate = QDate(2023, 1, 1);
    i111.indicator.target = 5000;
    i111.indicator.targetDate = QDate(2026, 12, 31);
    i111.indicator.collectionCost = 1500;
    i111.indicator.rating(Quality::Robustness) = {3, QStringLiteral("Données de l'opérateur")};
    const EntityId i111Id = project->addNode(i111);
    FrameworkNode i12;
    i12.kind = NodeKind::Indicator;
    i12.parentId = o1Id;
    i12.code = QStringLiteral("I12");
    i12.name = QStringLiteral("Accès sans smartphone");
    i12.indicator.kind = IndicatorKind::Qualitative;
    i12.indicator.levels = {{QStringLiteral("aucun"), std::nullopt},
                            {QStringLiteral("partiel"), std::nullopt},
                            {QStringLiteral("complet"), std::nullopt}};
    const EntityId i12Id = project->addNode(i12);
    FrameworkNode o2;
    o2.code = QStringLiteral("O2");
    o2.name = QStringLiteral("Climat");
    const EntityId o2Id = project->addNode(o2);
    FrameworkNode i21;
    i21.kind = NodeKind::Indicator;
    i21.parentId = o2Id;
    i21.code = QStringLiteral("I21");
    i21.name = QStringLiteral("CO2 évité");
    i21.indicator.direction = Direction::HigherIsBetter;
    i21.indicator.unit = QStringLiteral("t");
    project->addNode(i21);

    Questionnaire questionnaire;
    QuestionnaireSection section;
    section.title = QStringLiteral("Ancrage local");
    Question question;
    question.text = QStringLiteral("Partagez-vous vos données ?");
    question.kind = QuestionKind::YesNo;
    question.scored = true;
    section.questions = {question};
    questionnaire.sections = {section};
    project->setQuestionnaire(questionnaire);

    DataService carpool;
    carpool.name = markupServiceName();
    carpool.operatorName = QStringLiteral("Covoit'Local & Cie");
    carpool.domain = Domain::Mobility;
    carpool.populationReached = QStringLiteral("Actifs des hameaux");
    carpool.populationNotReached = QStringLiteral("Personnes sans smartphone");
    carpool.postures = static_cast<int>(Posture::Regulator) | static_cast<int>(Posture::DataClient);
    carpool.destabilisation[0] = 2;
    const EntityId carpoolId = project->addService(carpool);
    DataService bikes;
    bikes.name = QStringLiteral("Vélo libre");
    project->addService(bikes);

    const EntityId period = project->addPeriod(Period::fromLabel(QStringLiteral("2024")));
    Measurement value;
    value.key = {carpoolId, i111Id, period};
    value.value = 1850;
    project->setMeasurement(value);
    Measurement missing;
    missing.key = {carpoolId, i12Id, period};
    missing.state = MeasurementState::Missing;
    missing.comment = QStringLiteral("Enquête reportée");
    project->setMeasurement(missing);

    ImpactAccount account;
    account.name = QStringLiteral("Covoiturage : effets");
    account.serviceId = carpoolId;
    account.unit = QStringLiteral("km partagés");
    account.lines = {{NoId, QStringLiteral("CO2 évité"), 0.05, ImpactBearer::Society},
                     {NoId, QStringLiteral("Frais partagés"), 0.12, ImpactBearer::User}};
    account.volumes = {{period, 250000}};
    project->addImpactAccount(account);
    return project;
}

std::unique_ptr<Project> createSampleProject(const QString& path)
{
    const QString folder = QStringLiteral(BALISE_SOURCE_DIR "/samples/microgrid/");
    ProjectInfo info;
    info.title = QStringLiteral("Val d'Ardoise — micro-réseaux");
    info.territory = {QStringLiteral("Communauté de communes du Val d'Ardoise"), TerritoryKind::Rural, 48200};
    auto project = Project::create(path, info);
    const FrameworkImportPlan framework = FrameworkCsvReader::readFile(folder + QStringLiteral("framework.csv"));
    REQUIRE(framework.ok());
    project->addNodes(framework.nodes);
    const ServiceImportPlan services =
        ServiceCsvReader::read(CsvReader().readFile(folder + QStringLiteral("services.csv")));
    REQUIRE(services.ok());
    project->importServices(services, false);
    const MeasurementImportPlan values =
        MeasurementCsvReader::readFile(folder + QStringLiteral("measurements.csv"), project->framework());
    REQUIRE(values.ok());
    project->importMeasurements(values.rows, false);
    return project;
}

} // namespace balise::test
