#include "ProjectReader.h"

#include "ModelValidator.h"
#include "SqliteConnection.h"
#include "SqliteStatement.h"
#include "StorageError.h"
#include "VadeMecumJson.h"
#include "WeightingJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cmath>
#include <sqlite3.h>

namespace balise {
namespace {

StorageError damaged(QString detail)
{
    if (!detail.endsWith(QLatin1Char('.')))
        detail += QLatin1Char('.');
    return StorageError(QCoreApplication::translate("Storage", "The project file is damaged: %1").arg(detail));
}

template <typename E> E keyed(const SqliteStatement& row, int column, const char* what)
{
    const QString key = row.text(column);
    if (const auto value = fromKey<E>(key))
        return *value;
    throw StorageError(QCoreApplication::translate("Storage", "The project file is damaged: unknown %1 \"%2\".")
                           .arg(QString::fromLatin1(what), key.left(40)));
}

void loadInfo(SqliteConnection& db, ProjectData& data)
{
    SqliteStatement row(db, "SELECT title, description, territory_name, territory_kind, territory_population, "
                            "created_at FROM project WHERE id = 1");
    if (!row.step())
        throw StorageError(
            QCoreApplication::translate("Storage", "The project file is damaged: its project record is missing."));
    data.info.title = row.text(0);
    data.info.description = row.text(1);
    data.info.territory.name = row.text(2);
    data.info.territory.kind = keyed<TerritoryKind>(row, 3, "territory kind");
    data.info.territory.population = row.optionalInteger(4);
    data.info.createdAt = row.dateTime(5);

    SqliteStatement settings(db, "SELECT key, value FROM setting");
    ProjectSettings& s = data.settings;
    // Settings are text in the file: one that does not read as the number it stands for is damage.
    auto number = [](const QString& value) {
        bool ok = false;
        const double n = value.toDouble(&ok);
        if (!ok)
            throw damaged(QCoreApplication::translate("Storage", "a setting is not a number"));
        return n;
    };
    auto whole = [](const QString& value) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok)
            throw damaged(QCoreApplication::translate("Storage", "a setting is not a whole number"));
        return n;
    };
    while (settings.step()) {
        const QString key = settings.text(0);
        const QString value = settings.text(1);
        if (key == QLatin1String("red_below"))
            s.redBelow = number(value);
        else if (key == QLatin1String("green_from"))
            s.greenFrom = number(value);
        else if (key == QLatin1String("minimum_coverage"))
            s.minimumCoverage = number(value);
        else if (key == QLatin1String("max_indicators_per_criterion"))
            s.maxIndicatorsPerCriterion = whole(value);
        else if (key == QLatin1String("max_indicators_in_framework"))
            s.maxIndicatorsInFramework = whole(value);
        else if (key == QLatin1String("default_normalization"))
            s.defaultNormalization = keyed<Normalization>(settings, 1, "normalisation");
        else if (key == QLatin1String("default_aggregation"))
            s.defaultAggregation = keyed<Aggregation>(settings, 1, "aggregation");
        // Unknown keys come from a newer minor version: ignored, and kept in the file.
    }
}

void loadVadeMecum(SqliteConnection& db, ProjectData& data)
{
    VadeMecum& vm = data.vadeMecum;
    SqliteStatement needs(db, "SELECT id, domain, title, description, priority FROM need ORDER BY position, id");
    while (needs.step())
        vm.needs.append({needs.integer(0), keyed<Domain>(needs, 1, "domain"), needs.text(2), needs.text(3),
                         keyed<Priority>(needs, 4, "priority")});
    SqliteStatement principles(db, "SELECT id, title, description FROM principle ORDER BY position, id");
    while (principles.step())
        vm.principles.append({principles.integer(0), principles.text(1), principles.text(2)});
    SqliteStatement fields(db, "SELECT id, family, title, description FROM field_of_attention ORDER BY position, id");
    while (fields.step())
        vm.fields.append(
            {fields.integer(0), keyed<FieldFamily>(fields, 1, "field family"), fields.text(2), fields.text(3)});
    SqliteStatement resources(db, "SELECT id, kind, title, description FROM resource ORDER BY position, id");
    SqliteStatement conditions(db, "SELECT text FROM resource_condition WHERE resource_id = ? ORDER BY position");
    while (resources.step()) {
        Resource r{resources.integer(0),
                   keyed<ResourceKind>(resources, 1, "resource kind"),
                   resources.text(2),
                   resources.text(3),
                   {}};
        conditions.bind(1, r.id);
        while (conditions.step())
            r.conditions.append(conditions.text(0));
        conditions.reset();
        vm.resources.append(r);
    }
    SqliteStatement postures(db, "SELECT posture, stance FROM posture_stance");
    while (postures.step())
        vm.postures.append({keyed<Posture>(postures, 0, "posture"), postures.text(1)});
    std::sort(vm.postures.begin(), vm.postures.end(),
              [](const auto& a, const auto& b) { return static_cast<int>(a.posture) < static_cast<int>(b.posture); });
    SqliteStatement sections(db, "SELECT id, title, body FROM vademecum_section ORDER BY position, id");
    while (sections.step())
        vm.sections.append({sections.integer(0), sections.text(1), sections.text(2)});

    SqliteStatement revisions(db, "SELECT id, number, created_at, author, status, validated_by, validated_on, "
                                  "summary, snapshot FROM vademecum_revision ORDER BY number");
    while (revisions.step())
        data.revisions.append({revisions.integer(0), static_cast<int>(revisions.integer(1)), revisions.dateTime(2),
                               revisions.text(3), keyed<RevisionStatus>(revisions, 4, "revision status"),
                               revisions.text(5), revisions.date(6), revisions.text(7), revisions.blob(8)});
}

void loadQuestionnaire(SqliteConnection& db, ProjectData& data)
{
    SqliteStatement sections(db, "SELECT id, title FROM questionnaire_section ORDER BY position, id");
    SqliteStatement questions(db, "SELECT id, text, kind, choices, scale_min, scale_max, scored, weight, need_id, "
                                  "objective_id, lower_is_better FROM question WHERE section_id = ? "
                                  "ORDER BY position, id");
    while (sections.step()) {
        QuestionnaireSection section{sections.integer(0), sections.text(1), {}};
        questions.bind(1, section.id);
        while (questions.step()) {
            Question q;
            q.id = questions.integer(0);
            q.sectionId = section.id;
            q.text = questions.text(1);
            q.kind = keyed<QuestionKind>(questions, 2, "question kind");
            for (const auto& choice : QJsonDocument::fromJson(questions.text(3).toUtf8()).array())
                q.choices.append(choice.toString());
            q.scaleMin = static_cast<int>(questions.integer(4));
            q.scaleMax = static_cast<int>(questions.integer(5));
            q.scored = questions.integer(6) != 0;
            q.weight = questions.real(7);
            q.needId = questions.integer(8);
            q.objectiveId = questions.integer(9);
            q.lowerIsBetter = questions.integer(10) != 0;
            section.questions.append(q);
        }
        questions.reset();
        data.questionnaire.sections.append(section);
    }
}

void loadFramework(SqliteConnection& db, ProjectData& data)
{
    QHash<EntityId, FrameworkNode> byId;
    QList<EntityId> order;
    SqliteStatement nodes(db, "SELECT id, parent_id, kind, code, name, description, weight, owner, actions "
                              "FROM framework_node ORDER BY parent_id, position, id");
    while (nodes.step()) {
        FrameworkNode n;
        n.id = nodes.integer(0);
        n.parentId = nodes.integer(1);
        n.kind = keyed<NodeKind>(nodes, 2, "node kind");
        n.code = nodes.text(3);
        n.name = nodes.text(4);
        n.description = nodes.text(5);
        n.weight = nodes.real(6);
        n.owner = nodes.text(7);
        n.actions = nodes.text(8);
        order.append(n.id);
        byId.insert(n.id, n);
    }
    SqliteStatement links(db, "SELECT node_id, need_id, principle_id, field_id FROM node_link ORDER BY rowid");
    while (links.step()) {
        auto it = byId.find(links.integer(0));
        if (it == byId.end())
            continue;
        if (int(!links.isNull(1)) + int(!links.isNull(2)) + int(!links.isNull(3)) != 1)
            throw damaged(QCoreApplication::translate("Storage", "a link of the framework does not name one target"));
        if (!links.isNull(1))
            it->links.append({LinkTarget::Need, links.integer(1)});
        else if (!links.isNull(2))
            it->links.append({LinkTarget::Principle, links.integer(2)});
        else
            it->links.append({LinkTarget::Field, links.integer(3)});
    }
    SqliteStatement indicators(db, "SELECT node_id, definition, unit, direction, kind, source, protocol, frequency, "
                                   "collection_cost, collection_cost_note, baseline, baseline_date, target, "
                                   "target_date, band_low, band_high, band_tolerance, normalization, red_below, "
                                   "green_from FROM indicator");
    while (indicators.step()) {
        auto it = byId.find(indicators.integer(0));
        if (it == byId.end())
            continue;
        if (!it->isIndicator())
            throw damaged(QCoreApplication::translate("Storage", "an objective or a criterion has an indicator's "
                                                                 "definition"));
        IndicatorSpec& s = it->indicator;
        s.definition = indicators.text(1);
        s.unit = indicators.text(2);
        s.direction = keyed<Direction>(indicators, 3, "direction");
        s.kind = keyed<IndicatorKind>(indicators, 4, "indicator kind");
        s.source = indicators.text(5);
        s.protocol = indicators.text(6);
        s.frequency = indicators.text(7);
        s.collectionCost = indicators.optionalReal(8);
        s.collectionCostNote = indicators.text(9);
        s.baseline = indicators.optionalReal(10);
        s.baselineDate = indicators.date(11);
        s.target = indicators.optionalReal(12);
        s.targetDate = indicators.date(13);
        s.bandLow = indicators.optionalReal(14);
        s.bandHigh = indicators.optionalReal(15);
        s.bandTolerance = indicators.optionalReal(16);
        s.normalization = keyed<Normalization>(indicators, 17, "normalisation");
        s.redBelow = indicators.optionalReal(18);
        s.greenFrom = indicators.optionalReal(19);
    }
    SqliteStatement levels(db,
                           "SELECT indicator_id, label, score FROM indicator_level ORDER BY indicator_id, position");
    while (levels.step())
        if (auto it = byId.find(levels.integer(0)); it != byId.end()) {
            if (!it->isIndicator() || it->indicator.kind != IndicatorKind::Qualitative)
                throw damaged(QCoreApplication::translate("Storage", "a quantitative indicator has levels"));
            it->indicator.levels.append({levels.text(1), levels.optionalReal(2)});
        }
    SqliteStatement quality(db, "SELECT indicator_id, quality, rating, justification FROM indicator_quality");
    while (quality.step())
        if (auto it = byId.find(quality.integer(0)); it != byId.end())
            it->indicator.rating(keyed<Quality>(quality, 1, "quality")) = {quality.optionalInt(2), quality.text(3)};
    for (EntityId id : order) {
        const FrameworkNode& node = byId[id];
        if (node.parentId != NoId) {
            const auto parent = byId.constFind(node.parentId);
            if (parent == byId.cend())
                throw damaged(QCoreApplication::translate("Storage", "a node's parent is missing"));
            if (parent->isIndicator())
                throw damaged(QCoreApplication::translate("Storage", "an indicator has children"));
        }
        data.framework.append(node);
    }
    // Parent links come from foreign keys, which cannot forbid a loop: walk down from the roots once;
    // a node not reached hangs in a loop.
    QHash<EntityId, QList<EntityId>> childrenOf;
    for (const auto& node : data.framework.nodes())
        childrenOf[node.parentId].append(node.id);
    QList<EntityId> pending = childrenOf.value(NoId);
    qsizetype reached = 0;
    while (!pending.isEmpty()) {
        const EntityId id = pending.takeLast();
        ++reached;
        pending.append(childrenOf.value(id));
    }
    if (reached != data.framework.size())
        throw StorageError(
            QCoreApplication::translate("Storage", "The project file is damaged: its framework loops back on itself."));
}

void loadServicesAndPeriods(SqliteConnection& db, ProjectData& data)
{
    SqliteStatement services(db, "SELECT id, name, operator, domain, description, data_role, population_reached, "
                                 "population_not_reached, postures FROM data_service ORDER BY position, id");
    SqliteStatement destabilisation(db, "SELECT axis, rating FROM service_destabilisation WHERE service_id = ?");
    SqliteStatement answers(db, "SELECT question_id, answer FROM questionnaire_answer WHERE service_id = ? "
                                "ORDER BY question_id");
    while (services.step()) {
        DataService s;
        s.id = services.integer(0);
        s.name = services.text(1);
        s.operatorName = services.text(2);
        s.domain = keyed<Domain>(services, 3, "domain");
        s.description = services.text(4);
        s.dataRole = keyed<DataRole>(services, 5, "data role");
        s.populationReached = services.text(6);
        s.populationNotReached = services.text(7);
        const qint64 postures = services.integer(8);
        if (postures < 0 || postures > AllPostures)
            throw damaged(QCoreApplication::translate("Storage", "a data service has postures Balise does not know"));
        s.postures = static_cast<int>(postures);
        destabilisation.bind(1, s.id);
        while (destabilisation.step())
            s.destabilisation[static_cast<size_t>(keyed<DestabilisationAxis>(destabilisation, 0, "axis"))] =
                static_cast<int>(destabilisation.integer(1));
        destabilisation.reset();
        answers.bind(1, s.id);
        while (answers.step())
            s.answers.append({answers.integer(0), answers.text(1)});
        answers.reset();
        data.services.append(s);
    }
    SqliteStatement periods(db, "SELECT id, label, kind, start_date, end_date FROM period ORDER BY position, id");
    while (periods.step())
        data.periods.append({periods.integer(0), periods.text(1), keyed<PeriodKind>(periods, 2, "period kind"),
                             periods.date(3), periods.date(4)});
}

void loadMeasurements(SqliteConnection& db, ProjectData& data)
{
    data.measurements.reserve(static_cast<qsizetype>(db.queryInt("SELECT count(*) FROM measurement")));
    SqliteStatement rows(db, "SELECT service_id, indicator_id, period_id, state, value, level, source, comment, "
                             "confidence, author, entered_at FROM measurement");
    while (rows.step()) {
        Measurement m;
        m.key = {rows.integer(0), rows.integer(1), rows.integer(2)};
        m.state = keyed<MeasurementState>(rows, 3, "measurement state");
        m.value = rows.optionalReal(4);
        m.level = rows.optionalInt(5);
        m.source = rows.text(6);
        m.comment = rows.text(7);
        m.confidence = rows.optionalReal(8);
        m.author = rows.text(9);
        m.enteredAt = rows.dateTime(10);
        data.measurements.insert(m.key, m);
    }
}

void loadImpacts(SqliteConnection& db, ProjectData& data)
{
    SqliteStatement accounts(db, "SELECT id, name, service_id, unit, currency, investment, discount_rate "
                                 "FROM impact_account ORDER BY position, id");
    SqliteStatement lines(db, "SELECT id, label, value_per_unit, bearer FROM impact_line WHERE account_id = ? "
                              "ORDER BY position, id");
    SqliteStatement volumes(db, "SELECT period_id, volume FROM impact_volume WHERE account_id = ? ORDER BY period_id");
    while (accounts.step()) {
        ImpactAccount a;
        a.id = accounts.integer(0);
        a.name = accounts.text(1);
        a.serviceId = accounts.integer(2);
        a.unit = accounts.text(3);
        a.currency = accounts.text(4);
        a.investment = accounts.optionalReal(5);
        a.discountRate = accounts.real(6);
        lines.bind(1, a.id);
        while (lines.step())
            a.lines.append({lines.integer(0), lines.text(1), lines.real(2), keyed<ImpactBearer>(lines, 3, "bearer")});
        lines.reset();
        volumes.bind(1, a.id);
        while (volumes.step())
            a.volumes.append({volumes.integer(0), volumes.real(1)});
        volumes.reset();
        data.impactAccounts.append(a);
    }
}

// Files before version 3 have no weighting table: their weightings were never recorded.
void loadWeightings(SqliteConnection& db, ProjectData& data)
{
    SqliteStatement exists(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'weighting'");
    if (!exists.step())
        return;
    SqliteStatement rows(db, "SELECT parent_id, method, inputs FROM weighting ORDER BY parent_id");
    while (rows.step()) {
        WeightingRecord record;
        record.parentId = rows.integer(0);
        record.method = keyed<WeightingMethod>(rows, 1, "weighting method");
        if (!WeightingJson::fromJson(rows.text(2).toUtf8(), record))
            throw damaged(QCoreApplication::translate("Storage", "the weighting of node %1 is not readable")
                              .arg(record.parentId));
        data.weightings.append(record);
    }
}

// The model's own rules on what was loaded: a crafted or damaged file must not give the engine and
// the views values they would never get through the Project API (a level beyond the indicator's
// levels, a "missing" measurement with a value, a revision without its content…).
void checkLoaded(const ProjectData& data)
{
    auto refuse = [](const ValidationIssues& issues) {
        if (!issues.isEmpty())
            throw damaged(ModelValidator::join(issues));
    };
    if (!data.info.createdAt.isValid())
        throw damaged(QCoreApplication::translate("Storage", "the project's creation date is not valid"));
    refuse(ModelValidator::checkInfo(data.info));
    refuse(ModelValidator::checkSettings(data.settings));
    for (const auto& revision : data.revisions) {
        refuse(ModelValidator::checkRevision(revision));
        if (!revision.createdAt.isValid() || !VadeMecumJson::fromJson(revision.snapshot))
            throw damaged(
                QCoreApplication::translate("Storage", "vade-mecum revision %1 is not readable").arg(revision.number));
    }
    for (const auto& section : data.questionnaire.sections)
        for (const auto& question : section.questions)
            refuse(ModelValidator::checkQuestion(question));
    for (const auto& node : data.framework.nodes()) {
        if (!std::isfinite(node.weight) || node.weight < 0)
            throw damaged(QCoreApplication::translate("Storage", "a weight is not a number of zero or more"));
        refuse(ModelValidator::checkNode(data.framework, node));
    }
    for (const auto& service : data.services)
        refuse(ModelValidator::checkService({}, service));
    for (const auto& period : data.periods)
        refuse(ModelValidator::checkPeriod({}, period));
    for (const auto& m : data.measurements) {
        const FrameworkNode* indicator = data.framework.find(m.key.indicatorId);
        if (!indicator)
            throw damaged(QCoreApplication::translate("Storage", "a measurement refers to a missing indicator"));
        refuse(ModelValidator::checkMeasurement(*indicator, m));
    }
    for (const auto& account : data.impactAccounts)
        refuse(ModelValidator::checkImpactAccount(account));
}

} // namespace

ProjectData ProjectReader::load(SqliteConnection& connection)
{
    ProjectData data;
    // One read transaction: a consistent picture even if another process writes meanwhile. Inside a
    // migration the caller's transaction already gives that.
    const bool ownTransaction = sqlite3_get_autocommit(connection.handle()) != 0;
    if (ownTransaction)
        connection.execute("BEGIN");
    try {
        loadInfo(connection, data);
        loadVadeMecum(connection, data);
        loadQuestionnaire(connection, data);
        loadFramework(connection, data);
        loadServicesAndPeriods(connection, data);
        loadMeasurements(connection, data);
        loadImpacts(connection, data);
        loadWeightings(connection, data);
        checkLoaded(data);
    } catch (...) {
        if (ownTransaction)
            connection.execute("ROLLBACK");
        throw;
    }
    if (ownTransaction)
        connection.execute("COMMIT");
    return data;
}

} // namespace balise
