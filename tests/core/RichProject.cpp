#include "RichProject.h"
#include <catch2/catch.hpp>

namespace balise::test {

void fillWithEveryEntity(Project& project)
{
    ProjectInfo info = project.info();
    info.description = QStringLiteral("Évaluation des services urbains de données — essai");
    info.territory = {QStringLiteral("Val d'Ardoise"), TerritoryKind::Rural, 48200};
    project.setInfo(info);

    ProjectSettings settings;
    settings.redBelow = 35;
    settings.greenFrom = 75;
    settings.minimumCoverage = 0.6;
    settings.maxIndicatorsPerCriterion = 5;
    settings.maxIndicatorsInFramework = 25;
    settings.defaultNormalization = Normalization::MinMax;
    settings.defaultAggregation = Aggregation::Geometric;
    project.setSettings(settings);

    VadeMecum vm;
    vm.needs = {{NoId, Domain::Energy, QStringLiteral("Réduire les pertes du réseau"), QStringLiteral("Pertes < 5 %"),
                 Priority::High},
                {NoId, Domain::Mobility, QStringLiteral("Desservir les hameaux"), QString(), Priority::Low}};
    vm.principles = {{NoId, QStringLiteral("Évaluation loyale par l'opérateur"), QStringLiteral("Données ouvertes")}};
    vm.fields = {{NoId, FieldFamily::PublicPolicy, QStringLiteral("Résilience"), QStringLiteral("des systèmes")}};
    vm.resources = {{NoId,
                     ResourceKind::TestGround,
                     QStringLiteral("Terrain d'expérimentation"),
                     QStringLiteral("Zone"),
                     {QStringLiteral("Partager les données d'usage"), QStringLiteral("Rapport annuel")}}};
    vm.postures = {{Posture::Regulator, QStringLiteral("Fixe les règles du jeu")},
                   {Posture::CommonsCreator, QStringLiteral("Ouvre les données")}};
    vm.sections = {{NoId, QStringLiteral("Contexte"), QStringLiteral("Ligne 1\nLigne 2")}};
    project.setVadeMecum(vm);

    VadeMecumRevision revision;
    revision.author = QStringLiteral("Service innovation");
    revision.summary = QStringLiteral("Première version");
    const EntityId revisionId = project.recordRevision(revision);
    VadeMecumRevision validated = project.revisions().constFirst();
    REQUIRE(validated.id == revisionId);
    validated.status = RevisionStatus::PoliticallyValidated;
    validated.validatedBy = QStringLiteral("Conseil communautaire");
    validated.validatedOn = QDate::currentDate();
    project.updateRevision(validated);

    FrameworkNode objective;
    objective.kind = NodeKind::Objective;
    objective.code = QStringLiteral("O1");
    objective.name = QStringLiteral("Résilience du système électrique");
    objective.weight = 2;
    objective.owner = QStringLiteral("Opérateur");
    objective.actions = QStringLiteral("1- cartographier\n2- équiper");
    objective.links = {{LinkTarget::Need, project.vadeMecum().needs[0].id},
                       {LinkTarget::Principle, project.vadeMecum().principles[0].id},
                       {LinkTarget::Field, project.vadeMecum().fields[0].id}};
    const EntityId o1 = project.addNode(objective);

    FrameworkNode criterion;
    criterion.kind = NodeKind::Criterion;
    criterion.parentId = o1;
    criterion.code = QStringLiteral("C11");
    criterion.name = QStringLiteral("Pertes");
    const EntityId c11 = project.addNode(criterion);

    FrameworkNode quantitative;
    quantitative.kind = NodeKind::Indicator;
    quantitative.parentId = c11;
    quantitative.code = QStringLiteral("I111");
    quantitative.name = QStringLiteral("kWh perdus par an");
    quantitative.weight = 1.5;
    IndicatorSpec& q = quantitative.indicator;
    q.definition = QStringLiteral("Énergie perdue");
    q.unit = QStringLiteral("kWh/an");
    q.direction = Direction::LowerIsBetter;
    q.source = QStringLiteral("Compteurs");
    q.protocol = QStringLiteral("Relevé annuel");
    q.frequency = QStringLiteral("annuelle");
    q.collectionCost = 1200;
    q.collectionCostNote = QStringLiteral("demi-journée");
    q.baseline = 52000;
    q.baselineDate = QDate(2023, 1, 1);
    q.target = 30000;
    q.targetDate = QDate(2026, 12, 31);
    q.normalization = Normalization::Goalposts;
    q.redBelow = 30;
    q.greenFrom = 80;
    q.rating(Quality::Robustness) = {3, QStringLiteral("Compteurs certifiés")};
    q.rating(Quality::Utility) = {0, QStringLiteral("Redondant")};
    const EntityId i111 = project.addNode(quantitative);

    FrameworkNode band = quantitative;
    band.code = QStringLiteral("I112");
    band.name = QStringLiteral("Température");
    band.indicator = IndicatorSpec();
    band.indicator.direction = Direction::TargetBand;
    band.indicator.bandLow = 19;
    band.indicator.bandHigh = 21;
    band.indicator.bandTolerance = 3;
    project.addNode(band);

    FrameworkNode qualitative;
    qualitative.kind = NodeKind::Indicator;
    qualitative.parentId = o1;
    qualitative.code = QStringLiteral("I12");
    qualitative.name = QStringLiteral("Transparence des données");
    qualitative.indicator.kind = IndicatorKind::Qualitative;
    qualitative.indicator.levels = {
        {QStringLiteral("opaque"), 0.0}, {QStringLiteral("partielle"), 40.0}, {QStringLiteral("ouverte"), 100.0}};
    const EntityId i12 = project.addNode(qualitative);

    Questionnaire questionnaire;
    QuestionnaireSection section;
    section.title = QStringLiteral("Ancrage territorial");
    Question yesNo;
    yesNo.text = QStringLiteral("Avez-vous rencontré les acteurs locaux ?");
    yesNo.kind = QuestionKind::YesNo;
    yesNo.scored = true;
    yesNo.lowerIsBetter = true;
    yesNo.weight = 2;
    yesNo.needId = project.vadeMecum().needs[0].id;
    yesNo.objectiveId = o1;
    Question choice;
    choice.text = QStringLiteral("Quelles données partagerez-vous ?");
    choice.kind = QuestionKind::MultipleChoice;
    choice.choices = {QStringLiteral("usage"), QStringLiteral("production"), QStringLiteral("aucune")};
    Question scale;
    scale.text = QStringLiteral("Maturité");
    scale.kind = QuestionKind::Scale;
    scale.scaleMin = 0;
    scale.scaleMax = 10;
    section.questions = {yesNo, choice, scale};
    questionnaire.sections = {section};
    project.setQuestionnaire(questionnaire);

    DataService service;
    service.name = QStringLiteral("Microgrid des Tanneurs");
    service.operatorName = QStringLiteral("Énergie Locale SCIC");
    service.domain = Domain::Energy;
    service.description = QStringLiteral("Boucle locale");
    service.dataRole = DataRole::StrategicAsset;
    service.populationReached = QStringLiteral("Propriétaires");
    service.populationNotReached = QStringLiteral("Locataires");
    service.postures = static_cast<int>(Posture::Regulator) | static_cast<int>(Posture::Investor);
    service.destabilisation[0] = 3;
    service.destabilisation[5] = 1;
    const EntityId s1 = project.addService(service);
    DataService answered = project.services().constFirst();
    const auto& questions = project.questionnaire().sections[0].questions;
    answered.answers = {{questions[0].id, QStringLiteral("yes")}, {questions[1].id, QStringLiteral("usage\naucune")}};
    project.updateService(answered);

    const EntityId p1 = project.addPeriod(Period::fromLabel(QStringLiteral("2024")));
    const EntityId p2 = project.addPeriod(Period::fromLabel(QStringLiteral("2025-T2")));

    Measurement value;
    value.key = {s1, i111, p1};
    value.value = 48250.5;
    value.source = QStringLiteral("rapport");
    value.comment = QStringLiteral("estimé");
    value.confidence = 0.8;
    value.author = QStringLiteral("Camille");
    value.enteredAt = QDateTime(QDate(2025, 3, 1), QTime(10, 30), Qt::UTC);
    project.setMeasurement(value);
    Measurement level;
    level.key = {s1, i12, p1};
    level.level = 1;
    project.setMeasurement(level);
    Measurement missing;
    missing.key = {s1, i111, p2};
    missing.state = MeasurementState::Missing;
    missing.comment = QStringLiteral("non transmis");
    project.setMeasurement(missing);

    ImpactAccount account;
    account.name = QStringLiteral("Vélo : effets santé");
    account.serviceId = s1;
    account.unit = QStringLiteral("km parcourus");
    account.investment = 250000;
    account.discountRate = 0.04;
    account.lines = {{NoId, QStringLiteral("Bénéfice santé"), 0.74, ImpactBearer::Society},
                     {NoId, QStringLiteral("Coût des accidents"), -0.11, ImpactBearer::User}};
    account.volumes = {{p1, 1200000}, {p2, 1350000}};
    project.addImpactAccount(account);

    // How O1's children were weighed: by pairwise comparison, with every kind of input kept.
    QList<EntityId> children;
    for (const FrameworkNode* child : project.framework().children(o1))
        children.append(child->id);
    if (children.size() >= 2) {
        WeightingRecord record;
        record.parentId = o1;
        record.method = WeightingMethod::Pairwise;
        record.budget = {{children[0], 70}, {children[1], 30}};
        record.ranks = {{children[0], 1}, {children[1], 2}};
        record.judgements = {{children[0], children[1], 3.0}};
        record.stakeholders = {{QStringLiteral("Élus"), {{children[0], 5}, {children[1], 1}}},
                               {QStringLiteral("Habitants"), {{children[0], 2}, {children[1], 2}}}};
        QList<double> weights(children.size(), 1.0);
        weights[0] = 3.0;
        project.applyWeighting(o1, children, weights, record);
    }
}

void requireSameData(const ProjectData& a, const ProjectData& b)
{
    CHECK(a.info == b.info);
    CHECK(a.settings == b.settings);
    CHECK(a.vadeMecum == b.vadeMecum);
    CHECK(a.revisions == b.revisions);
    CHECK(a.questionnaire == b.questionnaire);
    REQUIRE(a.framework.size() == b.framework.size());
    const auto left = a.framework.depthFirst();
    const auto right = b.framework.depthFirst();
    for (int i = 0; i < left.size(); ++i)
        CHECK(*left[i] == *right[i]);
    CHECK(a.services == b.services);
    CHECK(a.periods == b.periods);
    CHECK(a.measurements == b.measurements);
    CHECK(a.impactAccounts == b.impactAccounts);
    CHECK(a.weightings == b.weightings);
}

} // namespace balise::test
