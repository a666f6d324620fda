#include "ProjectWriter.h"

#include "SqliteConnection.h"
#include "SqliteStatement.h"
#include "WeightingJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace balise {
namespace {

// Deletes rows of `table` whose id is not in `keep`. The table name is a constant of this file.
void deleteMissing(SqliteConnection& db, const char* selectIds, const char* deleteById, const QSet<EntityId>& keep)
{
    QList<EntityId> doomed;
    SqliteStatement ids(db, selectIds);
    while (ids.step())
        if (!keep.contains(ids.integer(0)))
            doomed.append(ids.integer(0));
    SqliteStatement remove(db, deleteById);
    for (EntityId id : doomed) {
        remove.bind(1, id);
        remove.run();
    }
}

// Inserts or updates one row whose first bound parameter is the id (NULL → new row).
template <typename Bind> EntityId upsert(SqliteConnection& db, const char* sql, EntityId id, Bind bindRest)
{
    SqliteStatement statement(db, sql);
    statement.bindId(1, id);
    bindRest(statement);
    statement.run();
    return id != NoId ? id : db.lastInsertId();
}

} // namespace

ProjectWriter::ProjectWriter(SqliteConnection& connection) : m_db(connection)
{}

ProjectWriter::~ProjectWriter() = default;

void ProjectWriter::writeInfo(const ProjectInfo& info)
{
    SqliteStatement s(m_db,
                      "INSERT INTO project (id, title, description, territory_name, territory_kind, "
                      "territory_population, created_at) VALUES (1, ?, ?, ?, ?, ?, ?) "
                      "ON CONFLICT (id) DO UPDATE SET title = excluded.title, description = excluded.description, "
                      "territory_name = excluded.territory_name, territory_kind = excluded.territory_kind, "
                      "territory_population = excluded.territory_population, created_at = excluded.created_at");
    s.bind(1, info.title).bind(2, info.description).bind(3, info.territory.name);
    s.bind(4, keyOf(info.territory.kind)).bind(5, info.territory.population).bind(6, info.createdAt);
    s.run();
}

void ProjectWriter::writeSettings(const ProjectSettings& settings)
{
    SqliteStatement s(m_db, "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)");
    auto put = [&](const char* key, const QString& value) {
        s.bind(1, QString::fromLatin1(key)).bind(2, value);
        s.run();
    };
    put("red_below", QString::number(settings.redBelow, 'g', 17));
    put("green_from", QString::number(settings.greenFrom, 'g', 17));
    put("minimum_coverage", QString::number(settings.minimumCoverage, 'g', 17));
    put("max_indicators_per_criterion", QString::number(settings.maxIndicatorsPerCriterion));
    put("max_indicators_in_framework", QString::number(settings.maxIndicatorsInFramework));
    put("default_normalization", keyOf(settings.defaultNormalization));
    put("default_aggregation", keyOf(settings.defaultAggregation));
}

void ProjectWriter::replaceVadeMecum(VadeMecum& vm)
{
    QSet<EntityId> keep;
    for (int i = 0; i < vm.needs.size(); ++i) {
        Need& n = vm.needs[i];
        n.id = upsert(m_db,
                      "INSERT INTO need (id, position, domain, title, description, priority) VALUES (?, ?, ?, ?, ?, ?) "
                      "ON CONFLICT (id) DO UPDATE SET position = excluded.position, domain = excluded.domain, "
                      "title = excluded.title, description = excluded.description, priority = excluded.priority",
                      n.id, [&](SqliteStatement& s) {
                          s.bind(2, i).bind(3, keyOf(n.domain)).bind(4, n.title).bind(5, n.description);
                          s.bind(6, keyOf(n.priority));
                      });
        keep.insert(n.id);
    }
    deleteMissing(m_db, "SELECT id FROM need", "DELETE FROM need WHERE id = ?", keep);

    keep.clear();
    for (int i = 0; i < vm.principles.size(); ++i) {
        Principle& p = vm.principles[i];
        p.id = upsert(m_db,
                      "INSERT INTO principle (id, position, title, description) VALUES (?, ?, ?, ?) ON CONFLICT (id) "
                      "DO UPDATE SET position = excluded.position, title = excluded.title, "
                      "description = excluded.description",
                      p.id, [&](SqliteStatement& s) { s.bind(2, i).bind(3, p.title).bind(4, p.description); });
        keep.insert(p.id);
    }
    deleteMissing(m_db, "SELECT id FROM principle", "DELETE FROM principle WHERE id = ?", keep);

    keep.clear();
    for (int i = 0; i < vm.fields.size(); ++i) {
        FieldOfAttention& f = vm.fields[i];
        f.id =
            upsert(m_db,
                   "INSERT INTO field_of_attention (id, position, family, title, description) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT (id) DO UPDATE SET position = excluded.position, family = excluded.family, "
                   "title = excluded.title, description = excluded.description",
                   f.id, [&](SqliteStatement& s) {
                       s.bind(2, i).bind(3, keyOf(f.family)).bind(4, f.title).bind(5, f.description);
                   });
        keep.insert(f.id);
    }
    deleteMissing(m_db, "SELECT id FROM field_of_attention", "DELETE FROM field_of_attention WHERE id = ?", keep);

    keep.clear();
    SqliteStatement clearConditions(m_db, "DELETE FROM resource_condition WHERE resource_id = ?");
    SqliteStatement addCondition(m_db, "INSERT INTO resource_condition (resource_id, position, text) VALUES (?, ?, ?)");
    for (int i = 0; i < vm.resources.size(); ++i) {
        Resource& r = vm.resources[i];
        r.id = upsert(m_db,
                      "INSERT INTO resource (id, position, kind, title, description) VALUES (?, ?, ?, ?, ?) "
                      "ON CONFLICT (id) DO UPDATE SET position = excluded.position, kind = excluded.kind, "
                      "title = excluded.title, description = excluded.description",
                      r.id, [&](SqliteStatement& s) {
                          s.bind(2, i).bind(3, keyOf(r.kind)).bind(4, r.title).bind(5, r.description);
                      });
        keep.insert(r.id);
        clearConditions.bind(1, r.id);
        clearConditions.run();
        for (int c = 0; c < r.conditions.size(); ++c) {
            addCondition.bind(1, r.id).bind(2, c).bind(3, r.conditions[c]);
            addCondition.run();
        }
    }
    deleteMissing(m_db, "SELECT id FROM resource", "DELETE FROM resource WHERE id = ?", keep);

    m_db.execute("DELETE FROM posture_stance");
    SqliteStatement stance(m_db, "INSERT OR REPLACE INTO posture_stance (posture, stance) VALUES (?, ?)");
    for (const auto& p : vm.postures) {
        stance.bind(1, keyOf(p.posture)).bind(2, p.stance);
        stance.run();
    }

    keep.clear();
    for (int i = 0; i < vm.sections.size(); ++i) {
        FreeSection& f = vm.sections[i];
        f.id = upsert(m_db,
                      "INSERT INTO vademecum_section (id, position, title, body) VALUES (?, ?, ?, ?) ON CONFLICT (id) "
                      "DO UPDATE SET position = excluded.position, title = excluded.title, body = excluded.body",
                      f.id, [&](SqliteStatement& s) { s.bind(2, i).bind(3, f.title).bind(4, f.body); });
        keep.insert(f.id);
    }
    deleteMissing(m_db, "SELECT id FROM vademecum_section", "DELETE FROM vademecum_section WHERE id = ?", keep);
}

void ProjectWriter::writeRevision(VadeMecumRevision& r)
{
    r.id = upsert(m_db,
                  "INSERT INTO vademecum_revision (id, number, created_at, author, status, validated_by, validated_on, "
                  "summary, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                  "author = excluded.author, status = excluded.status, validated_by = excluded.validated_by, "
                  "validated_on = excluded.validated_on, summary = excluded.summary",
                  r.id, [&](SqliteStatement& s) {
                      s.bind(2, r.number).bind(3, r.createdAt).bind(4, r.author).bind(5, keyOf(r.status));
                      s.bind(6, r.validatedBy).bind(7, r.validatedOn).bind(8, r.summary).bind(9, r.snapshot);
                  });
}

void ProjectWriter::deleteRevision(EntityId id)
{
    SqliteStatement s(m_db, "DELETE FROM vademecum_revision WHERE id = ?");
    s.bind(1, id);
    s.run();
}

void ProjectWriter::replaceQuestionnaire(Questionnaire& q)
{
    QSet<EntityId> keepSections;
    QSet<EntityId> keepQuestions;
    for (int i = 0; i < q.sections.size(); ++i) {
        QuestionnaireSection& section = q.sections[i];
        section.id = upsert(m_db,
                            "INSERT INTO questionnaire_section (id, position, title) VALUES (?, ?, ?) "
                            "ON CONFLICT (id) DO UPDATE SET position = excluded.position, title = excluded.title",
                            section.id, [&](SqliteStatement& s) { s.bind(2, i).bind(3, section.title); });
        keepSections.insert(section.id);
        for (int j = 0; j < section.questions.size(); ++j) {
            Question& question = section.questions[j];
            question.sectionId = section.id;
            const QString choices = QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(question.choices)).toJson(QJsonDocument::Compact));
            question.id = upsert(
                m_db,
                "INSERT INTO question (id, section_id, position, text, kind, choices, scale_min, scale_max, scored, "
                "weight, need_id, objective_id, lower_is_better) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE "
                "SET section_id = excluded.section_id, position = excluded.position, text = excluded.text, "
                "kind = excluded.kind, choices = excluded.choices, scale_min = excluded.scale_min, "
                "scale_max = excluded.scale_max, scored = excluded.scored, weight = excluded.weight, "
                "need_id = excluded.need_id, objective_id = excluded.objective_id, "
                "lower_is_better = excluded.lower_is_better",
                question.id, [&](SqliteStatement& s) {
                    s.bind(2, section.id).bind(3, j).bind(4, question.text).bind(5, keyOf(question.kind));
                    s.bind(6, choices).bind(7, question.scaleMin).bind(8, question.scaleMax);
                    s.bind(9, question.scored ? 1 : 0).bind(10, question.weight);
                    s.bindId(11, question.needId).bindId(12, question.objectiveId);
                    s.bind(13, question.lowerIsBetter ? 1 : 0);
                });
            keepQuestions.insert(question.id);
        }
    }
    deleteMissing(m_db, "SELECT id FROM question", "DELETE FROM question WHERE id = ?", keepQuestions);
    deleteMissing(m_db, "SELECT id FROM questionnaire_section", "DELETE FROM questionnaire_section WHERE id = ?",
                  keepSections);
}

void ProjectWriter::writeNode(FrameworkNode& n, int position)
{
    n.id = upsert(m_db,
                  "INSERT INTO framework_node (id, parent_id, position, kind, code, name, description, weight, owner, "
                  "actions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                  "parent_id = excluded.parent_id, position = excluded.position, kind = excluded.kind, "
                  "code = excluded.code, name = excluded.name, description = excluded.description, "
                  "weight = excluded.weight, owner = excluded.owner, actions = excluded.actions",
                  n.id, [&](SqliteStatement& s) {
                      s.bindId(2, n.parentId).bind(3, position).bind(4, keyOf(n.kind)).bind(5, n.code.trimmed());
                      s.bind(6, n.name).bind(7, n.description).bind(8, n.weight).bind(9, n.owner).bind(10, n.actions);
                  });

    SqliteStatement clearLinks(m_db, "DELETE FROM node_link WHERE node_id = ?");
    clearLinks.bind(1, n.id);
    clearLinks.run();
    SqliteStatement link(m_db, "INSERT INTO node_link (node_id, need_id, principle_id, field_id) VALUES (?, ?, ?, ?)");
    for (const auto& l : n.links) {
        link.bind(1, n.id);
        link.bindId(2, l.target == LinkTarget::Need ? l.id : NoId);
        link.bindId(3, l.target == LinkTarget::Principle ? l.id : NoId);
        link.bindId(4, l.target == LinkTarget::Field ? l.id : NoId);
        link.run();
    }

    if (!n.isIndicator()) {
        // A node that stops being an indicator loses its indicator record and its measurements.
        SqliteStatement drop(m_db, "DELETE FROM indicator WHERE node_id = ?");
        drop.bind(1, n.id);
        drop.run();
        return;
    }
    const IndicatorSpec& spec = n.indicator;
    SqliteStatement s(m_db,
                      "INSERT INTO indicator (node_id, definition, unit, direction, kind, source, protocol, frequency, "
                      "collection_cost, collection_cost_note, baseline, baseline_date, target, target_date, band_low, "
                      "band_high, band_tolerance, normalization, red_below, green_from) VALUES (?, ?, ?, ?, ?, ?, ?, "
                      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (node_id) DO UPDATE SET "
                      "definition = excluded.definition, unit = excluded.unit, direction = excluded.direction, "
                      "kind = excluded.kind, source = excluded.source, protocol = excluded.protocol, "
                      "frequency = excluded.frequency, collection_cost = excluded.collection_cost, "
                      "collection_cost_note = excluded.collection_cost_note, baseline = excluded.baseline, "
                      "baseline_date = excluded.baseline_date, target = excluded.target, "
                      "target_date = excluded.target_date, band_low = excluded.band_low, "
                      "band_high = excluded.band_high, band_tolerance = excluded.band_tolerance, "
                      "normalization = excluded.normalization, red_below = excluded.red_below, "
                      "green_from = excluded.green_from");
    s.bind(1, n.id).bind(2, spec.definition).bind(3, spec.unit).bind(4, keyOf(spec.direction));
    s.bind(5, keyOf(spec.kind)).bind(6, spec.source).bind(7, spec.protocol).bind(8, spec.frequency);
    s.bind(9, spec.collectionCost).bind(10, spec.collectionCostNote).bind(11, spec.baseline);
    s.bind(12, spec.baselineDate).bind(13, spec.target).bind(14, spec.targetDate).bind(15, spec.bandLow);
    s.bind(16, spec.bandHigh).bind(17, spec.bandTolerance).bind(18, keyOf(spec.normalization));
    s.bind(19, spec.redBelow).bind(20, spec.greenFrom);
    s.run();

    SqliteStatement clearLevels(m_db, "DELETE FROM indicator_level WHERE indicator_id = ?");
    clearLevels.bind(1, n.id);
    clearLevels.run();
    SqliteStatement level(m_db,
                          "INSERT INTO indicator_level (indicator_id, position, label, score) VALUES (?, ?, ?, ?)");
    for (int i = 0; i < spec.levels.size(); ++i) {
        level.bind(1, n.id).bind(2, i).bind(3, spec.levels[i].label).bind(4, spec.levels[i].score);
        level.run();
    }
    SqliteStatement quality(m_db, "INSERT OR REPLACE INTO indicator_quality (indicator_id, quality, rating, "
                                  "justification) VALUES (?, ?, ?, ?)");
    for (int q = 0; q < QualityCount; ++q) {
        const QualityRating& r = spec.quality[static_cast<size_t>(q)];
        quality.bind(1, n.id).bind(2, keyOf(static_cast<Quality>(q))).bind(3, r.rating).bind(4, r.justification);
        quality.run();
    }
}

void ProjectWriter::deleteNode(EntityId id)
{
    SqliteStatement s(m_db, "DELETE FROM framework_node WHERE id = ?"); // children, indicator, measurements cascade
    s.bind(1, id);
    s.run();
}

void ProjectWriter::writeSiblingPositions(const Framework& framework, EntityId parentId)
{
    SqliteStatement s(m_db, "UPDATE framework_node SET position = ? WHERE id = ?");
    const auto siblings = framework.children(parentId);
    for (int i = 0; i < siblings.size(); ++i) {
        s.bind(1, i).bind(2, siblings[i]->id);
        s.run();
    }
}

void ProjectWriter::writeService(DataService& v, int position)
{
    v.id = upsert(m_db,
                  "INSERT INTO data_service (id, position, name, operator, domain, description, data_role, "
                  "population_reached, population_not_reached, postures) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT (id) DO UPDATE SET position = excluded.position, name = excluded.name, "
                  "operator = excluded.operator, domain = excluded.domain, description = excluded.description, "
                  "data_role = excluded.data_role, population_reached = excluded.population_reached, "
                  "population_not_reached = excluded.population_not_reached, postures = excluded.postures",
                  v.id, [&](SqliteStatement& s) {
                      s.bind(2, position).bind(3, v.name.trimmed()).bind(4, v.operatorName).bind(5, keyOf(v.domain));
                      s.bind(6, v.description).bind(7, keyOf(v.dataRole)).bind(8, v.populationReached);
                      s.bind(9, v.populationNotReached).bind(10, v.postures);
                  });
    SqliteStatement clear(m_db, "DELETE FROM service_destabilisation WHERE service_id = ?");
    clear.bind(1, v.id);
    clear.run();
    SqliteStatement rating(m_db, "INSERT INTO service_destabilisation (service_id, axis, rating) VALUES (?, ?, ?)");
    for (int a = 0; a < DestabilisationAxisCount; ++a)
        if (const auto& r = v.destabilisation[static_cast<size_t>(a)]) {
            rating.bind(1, v.id).bind(2, keyOf(static_cast<DestabilisationAxis>(a))).bind(3, *r);
            rating.run();
        }
    SqliteStatement clearAnswers(m_db, "DELETE FROM questionnaire_answer WHERE service_id = ?");
    clearAnswers.bind(1, v.id);
    clearAnswers.run();
    SqliteStatement answer(m_db, "INSERT INTO questionnaire_answer (service_id, question_id, answer) VALUES (?, ?, ?)");
    for (const auto& a : v.answers) {
        answer.bind(1, v.id).bind(2, a.questionId).bind(3, a.answer);
        answer.run();
    }
}

void ProjectWriter::deleteService(EntityId id)
{
    SqliteStatement s(m_db, "DELETE FROM data_service WHERE id = ?");
    s.bind(1, id);
    s.run();
}

void ProjectWriter::writePeriod(Period& p, int position)
{
    p.id = upsert(m_db,
                  "INSERT INTO period (id, position, label, kind, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT (id) DO UPDATE SET position = excluded.position, label = excluded.label, "
                  "kind = excluded.kind, start_date = excluded.start_date, end_date = excluded.end_date",
                  p.id, [&](SqliteStatement& s) {
                      s.bind(2, position).bind(3, p.label.trimmed()).bind(4, keyOf(p.kind)).bind(5, p.start);
                      s.bind(6, p.end);
                  });
}

void ProjectWriter::deletePeriod(EntityId id)
{
    SqliteStatement s(m_db, "DELETE FROM period WHERE id = ?");
    s.bind(1, id);
    s.run();
}

void ProjectWriter::writeMeasurement(const Measurement& m)
{
    // Prepared once per writer: imports write hundreds of thousands of measurements in one transaction.
    if (!m_measurementStatement)
        m_measurementStatement = std::make_unique<SqliteStatement>(
            m_db, "INSERT OR REPLACE INTO measurement (service_id, indicator_id, period_id, state, value, "
                  "level, source, comment, confidence, author, entered_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement& s = *m_measurementStatement;
    s.bind(1, m.key.serviceId).bind(2, m.key.indicatorId).bind(3, m.key.periodId).bind(4, keyOf(m.state));
    s.bind(5, m.value).bind(6, m.level).bind(7, m.source).bind(8, m.comment).bind(9, m.confidence);
    s.bind(10, m.author).bind(11, m.enteredAt);
    s.run();
}

void ProjectWriter::deleteMeasurement(const MeasurementKey& key)
{
    SqliteStatement s(m_db, "DELETE FROM measurement WHERE service_id = ? AND indicator_id = ? AND period_id = ?");
    s.bind(1, key.serviceId).bind(2, key.indicatorId).bind(3, key.periodId);
    s.run();
}

void ProjectWriter::writeImpactAccount(ImpactAccount& a, int position)
{
    a.id = upsert(m_db,
                  "INSERT INTO impact_account (id, position, name, service_id, unit, currency, investment, "
                  "discount_rate) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                  "position = excluded.position, name = excluded.name, service_id = excluded.service_id, "
                  "unit = excluded.unit, currency = excluded.currency, investment = excluded.investment, "
                  "discount_rate = excluded.discount_rate",
                  a.id, [&](SqliteStatement& s) {
                      s.bind(2, position).bind(3, a.name).bindId(4, a.serviceId).bind(5, a.unit).bind(6, a.currency);
                      s.bind(7, a.investment).bind(8, a.discountRate);
                  });
    SqliteStatement clearLines(m_db, "DELETE FROM impact_line WHERE account_id = ?");
    clearLines.bind(1, a.id);
    clearLines.run();
    SqliteStatement line(m_db, "INSERT INTO impact_line (id, account_id, position, label, value_per_unit, bearer) "
                               "VALUES (?, ?, ?, ?, ?, ?)");
    for (int i = 0; i < a.lines.size(); ++i) {
        ImpactLine& l = a.lines[i];
        line.bindId(1, l.id).bind(2, a.id).bind(3, i).bind(4, l.label).bind(5, l.valuePerUnit).bind(6, keyOf(l.bearer));
        line.run();
        if (l.id == NoId)
            l.id = m_db.lastInsertId();
    }
    SqliteStatement clearVolumes(m_db, "DELETE FROM impact_volume WHERE account_id = ?");
    clearVolumes.bind(1, a.id);
    clearVolumes.run();
    SqliteStatement volume(m_db, "INSERT INTO impact_volume (account_id, period_id, volume) VALUES (?, ?, ?)");
    for (const auto& v : a.volumes) {
        volume.bind(1, a.id).bind(2, v.periodId).bind(3, v.volume);
        volume.run();
    }
}

void ProjectWriter::deleteImpactAccount(EntityId id)
{
    SqliteStatement s(m_db, "DELETE FROM impact_account WHERE id = ?");
    s.bind(1, id);
    s.run();
}

void ProjectWriter::writeWeighting(const WeightingRecord& record)
{
    SqliteStatement s(m_db, "INSERT INTO weighting (parent_id, method, inputs) VALUES (?, ?, ?) "
                            "ON CONFLICT (parent_id) DO UPDATE SET method = excluded.method, inputs = excluded.inputs");
    s.bind(1, record.parentId).bind(2, keyOf(record.method)).bind(3, QString::fromUtf8(WeightingJson::toJson(record)));
    s.run();
}

void ProjectWriter::deleteWeighting(EntityId parentId)
{
    SqliteStatement s(m_db, "DELETE FROM weighting WHERE parent_id = ?");
    s.bind(1, parentId);
    s.run();
}

} // namespace balise
