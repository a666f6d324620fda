#include "ProjectJson.h"

#include "ChangeRefused.h"
#include "Project.h"
#include "ProjectCreation.h"
#include "StorageError.h"
#include "TemplateBuilder.h"
#include "TemplateSource.h"
#include "VadeMecumJson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace balise {
namespace {

struct Refused
{
    QString message;
};

const QStringList measurementColumns{
    QStringLiteral("service"),    QStringLiteral("indicator"), QStringLiteral("period"),    QStringLiteral("state"),
    QStringLiteral("value"),      QStringLiteral("level"),     QStringLiteral("source"),    QStringLiteral("comment"),
    QStringLiteral("confidence"), QStringLiteral("author"),    QStringLiteral("entered_at")};

QJsonValue optionalNumber(const std::optional<double>& x)
{
    return x ? QJsonValue(*x) : QJsonValue();
}

QString codeOf(const ProjectData& data, EntityId id)
{
    const FrameworkNode* node = data.framework.find(id);
    return node ? node->code : QString();
}

QJsonArray childValues(const ProjectData& data, const QList<ChildValue>& values)
{
    QJsonArray array;
    for (const ChildValue& v : values)
        array.append(
            QJsonObject{{QStringLiteral("child"), codeOf(data, v.childId)}, {QStringLiteral("value"), v.value}});
    return array;
}

// A revision's snapshot names its items by the ids of the project it was taken in. In the document an
// item still in the vade-mecum is named by its place instead (−1 for the first), so that the project
// made from the document can give it the id its own item has — and comparing that revision with the
// current vade-mecum still matches them. Items removed since keep an id above `removedBase`, which
// no item of a project reaches, so that they match nothing.
constexpr EntityId removedBase = 1'000'000'000;

template <typename T> void idsToPlaces(QList<T>& snapshot, const QList<T>& current)
{
    for (T& item : snapshot) {
        qsizetype place = -1;
        for (qsizetype k = 0; k < current.size(); ++k)
            if (current[k].id == item.id)
                place = k;
        item.id = place >= 0 ? -(place + 1) : (item.id >= removedBase ? item.id : removedBase + item.id);
    }
}

template <typename T> void placesToIds(QList<T>& snapshot, const QList<T>& current)
{
    for (T& item : snapshot)
        if (item.id < 0) {
            const qsizetype place = -item.id - 1;
            item.id = place < current.size() ? current[place].id : removedBase - item.id;
        }
}

template <typename Convert>
QByteArray convertSnapshot(const QByteArray& snapshot, const VadeMecum& current, Convert convert)
{
    std::optional<VadeMecum> vm = VadeMecumJson::fromJson(snapshot);
    if (!vm)
        return snapshot; // not ours to rewrite: kept as it is
    convert(vm->needs, current.needs);
    convert(vm->principles, current.principles);
    convert(vm->fields, current.fields);
    convert(vm->resources, current.resources);
    convert(vm->sections, current.sections);
    return VadeMecumJson::toJson(*vm);
}

// Reading: every lookup by name either finds its target or refuses the document.
// A member present with the wrong type refuses the document, rather than being read as 0 or "".
QJsonArray listAt(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isUndefined() && !v.isNull() && !v.isArray())
        throw Refused{ProjectJson::tr("\"%1\" must be a list.").arg(QLatin1String(key))};
    return v.toArray();
}

QJsonObject objectAt(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isUndefined() && !v.isNull() && !v.isObject())
        throw Refused{ProjectJson::tr("\"%1\" must be an object.").arg(QLatin1String(key))};
    return v.toObject();
}

double numberAt(const QJsonObject& o, const char* key, double fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble())
        throw Refused{ProjectJson::tr("\"%1\" must be a number.").arg(QLatin1String(key))};
    return v.toDouble();
}

// An absent or empty time is no time; one that is there must be readable.
QDateTime timeFrom(const QJsonValue& v, const char* key)
{
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return {};
    const QDateTime time = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        throw Refused{ProjectJson::tr("\"%1\" is not a date and time (YYYY-MM-DDThh:mm:ss).").arg(QLatin1String(key))};
    return time;
}

QDate dateAt(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return {};
    const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
    if (!date.isValid())
        throw Refused{ProjectJson::tr("\"%1\" is not a date (YYYY-MM-DD).").arg(QLatin1String(key))};
    return date;
}

class Reader
{
public:
    Reader(Project& project, const QJsonObject& root) : m_project(project), m_root(root) {}

    void run()
    {
        const ProjectData& data = m_project.data();
        for (const DataService& s : data.services)
            m_services.insert(s.name, s.id);

        readSettings();
        for (const QJsonValue& v : listAt(m_root, "periods")) {
            const QJsonObject o = v.toObject();
            Period p;
            p.label = o.value(QLatin1String("label")).toString();
            p.kind = keyword<PeriodKind>(o.value(QLatin1String("kind")), PeriodKind::Free);
            p.start = dateAt(o, "start");
            p.end = dateAt(o, "end");
            m_periods.insert(p.label, m_project.addPeriod(p));
        }
        readAnswers();
        readMeasurements();
        readImpactAccounts();
        readWeightings();
        readRevisions();
    }

private:
    static int count(const QJsonObject& o, const char* key, int fallback)
    {
        const double v = numberAt(o, key, fallback);
        if (v < 0 || v > 1e6 || v != std::floor(v))
            throw Refused{ProjectJson::tr("\"%1\" must be a whole number of zero or more.").arg(QLatin1String(key))};
        return static_cast<int>(v);
    }

    template <typename E> static E keyword(const QJsonValue& v, E fallback)
    {
        if (v.isUndefined() || v.isNull())
            return fallback;
        const auto parsed = fromKey<E>(v.toString());
        if (!parsed)
            throw Refused{ProjectJson::tr("\"%1\" is not a keyword Balise knows.").arg(v.toString().left(40))};
        return *parsed;
    }

    EntityId service(const QString& name) const
    {
        const auto it = m_services.constFind(name);
        if (it == m_services.cend())
            throw Refused{ProjectJson::tr("No service is called \"%1\".").arg(name.left(80))};
        return *it;
    }

    EntityId period(const QString& label) const
    {
        const auto it = m_periods.constFind(label);
        if (it == m_periods.cend())
            throw Refused{ProjectJson::tr("No period is labelled \"%1\".").arg(label.left(80))};
        return *it;
    }

    EntityId node(const QString& code) const
    {
        if (code.isEmpty())
            return NoId;
        const FrameworkNode* n = m_project.framework().findByCode(code);
        if (!n)
            throw Refused{
                ProjectJson::tr("No objective, criterion or indicator has the code \"%1\".").arg(code.left(40))};
        return n->id;
    }

    void readSettings()
    {
        const QJsonObject o = objectAt(m_root, "settings");
        if (o.isEmpty())
            return;
        ProjectSettings s;
        s.redBelow = numberAt(o, "red_below", s.redBelow);
        s.greenFrom = numberAt(o, "green_from", s.greenFrom);
        s.minimumCoverage = numberAt(o, "minimum_coverage", s.minimumCoverage);
        s.maxIndicatorsPerCriterion = count(o, "max_indicators_per_criterion", s.maxIndicatorsPerCriterion);
        s.maxIndicatorsInFramework = count(o, "max_indicators_in_framework", s.maxIndicatorsInFramework);
        s.defaultNormalization = keyword(o.value(QLatin1String("default_normalization")), s.defaultNormalization);
        s.defaultAggregation = keyword(o.value(QLatin1String("default_aggregation")), s.defaultAggregation);
        m_project.setSettings(s);
    }

    void readAnswers()
    {
        QList<EntityId> questions;
        for (const QuestionnaireSection& section : m_project.questionnaire().sections)
            for (const Question& q : section.questions)
                questions.append(q.id);
        QHash<EntityId, QList<QuestionnaireAnswer>> byService;
        for (const QJsonValue& v : listAt(m_root, "answers")) {
            const QJsonObject o = v.toObject();
            const int number = o.value(QLatin1String("question")).toInt(0);
            if (number < 1 || number > questions.size())
                throw Refused{
                    ProjectJson::tr("An answer is to question %1, which the questionnaire does not have.").arg(number)};
            byService[service(o.value(QLatin1String("service")).toString())].append(
                {questions[number - 1], o.value(QLatin1String("answer")).toString()});
        }
        for (auto it = byService.cbegin(); it != byService.cend(); ++it) {
            DataService s = *m_project.data().findService(it.key());
            s.answers = it.value();
            m_project.updateService(s);
        }
    }

    void readMeasurements()
    {
        const QJsonObject table = objectAt(m_root, "measurements");
        if (table.isEmpty())
            return;
        QStringList columns;
        for (const QJsonValue& c : listAt(table, "columns"))
            columns.append(c.toString());
        if (columns != measurementColumns)
            throw Refused{ProjectJson::tr("The measurements' columns are not those of this format.")};
        QList<Measurement> list;
        QSet<MeasurementKey> seen;
        for (const QJsonValue& v : listAt(table, "rows")) {
            const QJsonArray r = v.toArray();
            if (r.size() != columns.size())
                throw Refused{ProjectJson::tr("A measurement does not have %1 values.").arg(columns.size())};
            Measurement m;
            m.key = {service(r[0].toString()), node(r[1].toString()), period(r[2].toString())};
            if (seen.contains(m.key))
                throw Refused{ProjectJson::tr("\"%1\" has two measurements of \"%2\" for %3.")
                                  .arg(r[0].toString().left(80), r[1].toString().left(40), r[2].toString().left(40))};
            seen.insert(m.key);
            m.state = keyword(r[3], MeasurementState::Present);
            if (r[4].isDouble())
                m.value = r[4].toDouble();
            if (r[5].isDouble())
                m.level = r[5].toInt();
            m.source = r[6].toString();
            m.comment = r[7].toString();
            if (r[8].isDouble())
                m.confidence = r[8].toDouble();
            m.author = r[9].toString();
            m.enteredAt = timeFrom(r[10], "entered_at");
            list.append(m);
        }
        m_project.changeMeasurements(list, {});
    }

    void readImpactAccounts()
    {
        for (const QJsonValue& v : listAt(m_root, "impact_accounts")) {
            const QJsonObject o = v.toObject();
            ImpactAccount a;
            a.name = o.value(QLatin1String("name")).toString();
            if (const QString name = o.value(QLatin1String("service")).toString(); !name.isEmpty())
                a.serviceId = service(name);
            a.unit = o.value(QLatin1String("unit")).toString();
            a.currency = o.value(QLatin1String("currency")).toString(a.currency);
            if (o.contains(QLatin1String("investment")) && !o.value(QLatin1String("investment")).isNull())
                a.investment = numberAt(o, "investment", 0.0);
            a.discountRate = numberAt(o, "discount_rate", a.discountRate);
            for (const QJsonValue& l : listAt(o, "lines")) {
                const QJsonObject line = l.toObject();
                a.lines.append({NoId, line.value(QLatin1String("label")).toString(),
                                numberAt(line, "value_per_unit", 0.0),
                                keyword(line.value(QLatin1String("bearer")), ImpactBearer::Society)});
            }
            for (const QJsonValue& l : listAt(o, "volumes")) {
                const QJsonObject volume = l.toObject();
                a.volumes.append(
                    {period(volume.value(QLatin1String("period")).toString()), numberAt(volume, "volume", 0.0)});
            }
            m_project.addImpactAccount(a);
        }
    }

    QList<ChildValue> childValues(const QJsonValue& list) const
    {
        QList<ChildValue> values;
        for (const QJsonValue& v : list.toArray()) {
            const QJsonObject o = v.toObject();
            values.append(
                {node(o.value(QLatin1String("child")).toString()), o.value(QLatin1String("value")).toDouble()});
        }
        return values;
    }

    void readWeightings()
    {
        for (const QJsonValue& v : listAt(m_root, "weightings")) {
            const QJsonObject o = v.toObject();
            WeightingRecord r;
            r.parentId = node(o.value(QLatin1String("parent")).toString());
            r.method = keyword(o.value(QLatin1String("method")), WeightingMethod::Points);
            r.budget = childValues(o.value(QLatin1String("budget")));
            r.ranks = childValues(o.value(QLatin1String("ranks")));
            for (const QJsonValue& j : o.value(QLatin1String("judgements")).toArray()) {
                const QJsonObject judgement = j.toObject();
                r.judgements.append({node(judgement.value(QLatin1String("row")).toString()),
                                     node(judgement.value(QLatin1String("column")).toString()),
                                     judgement.value(QLatin1String("value")).toDouble(1.0)});
            }
            for (const QJsonValue& s : o.value(QLatin1String("stakeholders")).toArray()) {
                const QJsonObject stakeholder = s.toObject();
                r.stakeholders.append({stakeholder.value(QLatin1String("name")).toString(),
                                       childValues(stakeholder.value(QLatin1String("points")))});
            }
            // The weights are already on the nodes: the record goes with them as they are.
            QList<EntityId> children;
            QList<double> weights;
            for (const FrameworkNode* child : m_project.framework().children(r.parentId)) {
                children.append(child->id);
                weights.append(child->weight);
            }
            m_project.applyWeighting(r.parentId, children, weights, r);
        }
    }

    void readRevisions()
    {
        for (const QJsonValue& v : listAt(m_root, "revisions")) {
            const QJsonObject o = v.toObject();
            VadeMecumRevision r;
            r.number = o.value(QLatin1String("number")).toInt();
            r.createdAt = timeFrom(o.value(QLatin1String("created_at")), "created_at");
            if (!o.value(QLatin1String("snapshot")).isObject())
                throw Refused{ProjectJson::tr("Revision %1 of the vade-mecum has no content.").arg(r.number)};
            r.author = o.value(QLatin1String("author")).toString();
            r.status = keyword(o.value(QLatin1String("status")), RevisionStatus::Draft);
            r.validatedBy = o.value(QLatin1String("validated_by")).toString();
            r.validatedOn = dateAt(o, "validated_on");
            r.summary = o.value(QLatin1String("summary")).toString();
            r.snapshot = convertSnapshot(
                QJsonDocument(o.value(QLatin1String("snapshot")).toObject()).toJson(QJsonDocument::Compact),
                m_project.vadeMecum(), [](auto& snapshot, const auto& current) { placesToIds(snapshot, current); });
            m_project.restoreRevision(r);
        }
    }

    Project& m_project;
    const QJsonObject& m_root;
    QHash<QString, EntityId> m_services;
    QHash<QString, EntityId> m_periods;
};

} // namespace

QByteArray ProjectJson::write(const ProjectData& data)
{
    const ProjectInfo& info = data.info;
    QJsonObject territory{{QStringLiteral("name"), info.territory.name},
                          {QStringLiteral("kind"), keyOf(info.territory.kind)}};
    if (info.territory.population)
        territory.insert(QStringLiteral("population"), static_cast<double>(*info.territory.population));
    const ProjectSettings& s = data.settings;
    QJsonObject root{
        {QStringLiteral("format"), QLatin1String(format)},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("info"),
         QJsonObject{{QStringLiteral("title"), info.title},
                     {QStringLiteral("description"), info.description},
                     {QStringLiteral("territory"), territory},
                     {QStringLiteral("created_at"), info.createdAt.toString(Qt::ISODateWithMs)}}},
        {QStringLiteral("settings"),
         QJsonObject{{QStringLiteral("red_below"), s.redBelow},
                     {QStringLiteral("green_from"), s.greenFrom},
                     {QStringLiteral("minimum_coverage"), s.minimumCoverage},
                     {QStringLiteral("max_indicators_per_criterion"), s.maxIndicatorsPerCriterion},
                     {QStringLiteral("max_indicators_in_framework"), s.maxIndicatorsInFramework},
                     {QStringLiteral("default_normalization"), keyOf(s.defaultNormalization)},
                     {QStringLiteral("default_aggregation"), keyOf(s.defaultAggregation)}}},
        {QStringLiteral("content"), TemplateSource::toJson(TemplateBuilder::fromProject(
                                        data, QStringLiteral("project"),
                                        info.title.isEmpty() ? QStringLiteral("—") : info.title, QString(), true))}};

    QJsonArray periods;
    for (const Period& p : data.periods)
        periods.append(QJsonObject{{QStringLiteral("label"), p.label},
                                   {QStringLiteral("kind"), keyOf(p.kind)},
                                   {QStringLiteral("start"), p.start.toString(Qt::ISODate)},
                                   {QStringLiteral("end"), p.end.toString(Qt::ISODate)}});
    root.insert(QStringLiteral("periods"), periods);

    QHash<EntityId, int> questionNumbers;
    for (const QuestionnaireSection& section : data.questionnaire.sections)
        for (const Question& q : section.questions)
            questionNumbers.insert(q.id, static_cast<int>(questionNumbers.size()) + 1);
    QJsonArray answers;
    for (const DataService& service : data.services)
        for (const QuestionnaireAnswer& a : service.answers)
            answers.append(QJsonObject{{QStringLiteral("service"), service.name},
                                       {QStringLiteral("question"), questionNumbers.value(a.questionId)},
                                       {QStringLiteral("answer"), a.answer}});
    root.insert(QStringLiteral("answers"), answers);

    QHash<EntityId, QString> serviceNames, periodLabels;
    for (const DataService& service : data.services)
        serviceNames.insert(service.id, service.name);
    for (const Period& p : data.periods)
        periodLabels.insert(p.id, p.label);
    QJsonArray rows;
    for (const Period& p : data.periods)
        for (const DataService& service : data.services)
            for (const FrameworkNode* indicator : data.framework.indicators()) {
                const auto m = data.measurements.constFind({service.id, indicator->id, p.id});
                if (m == data.measurements.cend())
                    continue;
                rows.append(QJsonArray{service.name, indicator->code, p.label, keyOf(m->state),
                                       optionalNumber(m->value), m->level ? QJsonValue(*m->level) : QJsonValue(),
                                       m->source, m->comment, optionalNumber(m->confidence), m->author,
                                       m->enteredAt.toString(Qt::ISODateWithMs)});
            }
    root.insert(QStringLiteral("measurements"),
                QJsonObject{{QStringLiteral("columns"), QJsonArray::fromStringList(measurementColumns)},
                            {QStringLiteral("rows"), rows}});

    QJsonArray accounts;
    for (const ImpactAccount& a : data.impactAccounts) {
        QJsonArray lines, volumes;
        for (const ImpactLine& line : a.lines)
            lines.append(QJsonObject{{QStringLiteral("label"), line.label},
                                     {QStringLiteral("value_per_unit"), line.valuePerUnit},
                                     {QStringLiteral("bearer"), keyOf(line.bearer)}});
        for (const ImpactVolume& v : a.volumes)
            volumes.append(QJsonObject{{QStringLiteral("period"), periodLabels.value(v.periodId)},
                                       {QStringLiteral("volume"), v.volume}});
        accounts.append(QJsonObject{{QStringLiteral("name"), a.name},
                                    {QStringLiteral("service"), serviceNames.value(a.serviceId)},
                                    {QStringLiteral("unit"), a.unit},
                                    {QStringLiteral("currency"), a.currency},
                                    {QStringLiteral("investment"), optionalNumber(a.investment)},
                                    {QStringLiteral("discount_rate"), a.discountRate},
                                    {QStringLiteral("lines"), lines},
                                    {QStringLiteral("volumes"), volumes}});
    }
    root.insert(QStringLiteral("impact_accounts"), accounts);

    QJsonArray weightings;
    for (const WeightingRecord& r : data.weightings) {
        QJsonArray judgements, stakeholders;
        for (const PairwiseJudgement& j : r.judgements)
            judgements.append(QJsonObject{{QStringLiteral("row"), codeOf(data, j.rowId)},
                                          {QStringLiteral("column"), codeOf(data, j.columnId)},
                                          {QStringLiteral("value"), j.value}});
        for (const StakeholderPoints& p : r.stakeholders)
            stakeholders.append(
                QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("points"), childValues(data, p.points)}});
        weightings.append(QJsonObject{{QStringLiteral("parent"), codeOf(data, r.parentId)},
                                      {QStringLiteral("method"), keyOf(r.method)},
                                      {QStringLiteral("budget"), childValues(data, r.budget)},
                                      {QStringLiteral("ranks"), childValues(data, r.ranks)},
                                      {QStringLiteral("judgements"), judgements},
                                      {QStringLiteral("stakeholders"), stakeholders}});
    }
    root.insert(QStringLiteral("weightings"), weightings);

    QJsonArray revisions;
    for (const VadeMecumRevision& r : data.revisions)
        revisions.append(QJsonObject{{QStringLiteral("number"), r.number},
                                     {QStringLiteral("created_at"), r.createdAt.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("author"), r.author},
                                     {QStringLiteral("status"), keyOf(r.status)},
                                     {QStringLiteral("validated_by"), r.validatedBy},
                                     {QStringLiteral("validated_on"), r.validatedOn.toString(Qt::ISODate)},
                                     {QStringLiteral("summary"), r.summary},
                                     {QStringLiteral("snapshot"),
                                      QJsonDocument::fromJson(convertSnapshot(r.snapshot, data.vadeMecum,
                                                                              [](auto& snapshot, const auto& current) {
                                                                                  idsToPlaces(snapshot, current);
                                                                              }))
                                          .object()}});
    root.insert(QStringLiteral("revisions"), revisions);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString ProjectJson::tooLarge()
{
    return tr("The file is larger than %1 GiB: it is not a Balise project in JSON.").arg(maxFileBytes >> 30);
}

std::unique_ptr<Project> ProjectJson::createProject(const QString& path, const QByteArray& json, QString& error)
{
    if (json.size() > maxFileBytes) {
        error = tooLarge();
        return nullptr;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error = tr("The file is not a Balise project in JSON: %1.").arg(parseError.errorString());
        return nullptr;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(format)) {
        error =
            tr("The file is JSON but not a Balise project (its \"format\" is not \"%1\").").arg(QLatin1String(format));
        return nullptr;
    }
    if (const int version = root.value(QLatin1String("version")).toInt(0); version > formatVersion || version < 1) {
        error = tr("This project was written by another version of Balise (format %1; this one reads %2).")
                    .arg(version)
                    .arg(formatVersion);
        return nullptr;
    }
    const QJsonObject infoObject = root.value(QLatin1String("info")).toObject();
    ProjectInfo info;
    info.title = infoObject.value(QLatin1String("title")).toString();
    info.description = infoObject.value(QLatin1String("description")).toString();
    const QJsonObject territory = infoObject.value(QLatin1String("territory")).toObject();
    info.territory.name = territory.value(QLatin1String("name")).toString();
    try {
        if (const QJsonValue kind = territory.value(QLatin1String("kind")); !kind.isUndefined()) {
            const auto known = fromKey<TerritoryKind>(kind.toString());
            if (!known)
                throw Refused{tr("\"%1\" is not a kind of territory Balise knows.").arg(kind.toString().left(40))};
            info.territory.kind = *known;
        }
        if (const double population = numberAt(territory, "population", -1.0); population >= 0)
            info.territory.population = static_cast<qint64>(std::min(population, 1e12));
        info.createdAt = timeFrom(infoObject.value(QLatin1String("created_at")), "created_at");
    } catch (const Refused& refused) {
        error = tr("The project cannot be read: %1").arg(refused.message);
        return nullptr;
    }

    const auto t = TemplateSource::read(root.value(QLatin1String("content")).toObject(),
                                        TemplateSource::languages().constFirst(), error);
    if (!t)
        return nullptr;
    std::unique_ptr<Project> project = TemplateBuilder::createProject(path, info, *t, error);
    if (!project)
        return nullptr;
    try {
        Reader(*project, root).run();
        return project;
    } catch (const Refused& refused) {
        error = tr("The project cannot be read: %1").arg(refused.message);
    } catch (const ChangeRefused& refusal) {
        error = tr("The project cannot be read: %1").arg(refusal.message());
    } catch (const StorageError& failure) {
        error = failure.message();
    }
    // All or nothing: the half-made file goes.
    ProjectCreation::discard(project);
    return nullptr;
}

} // namespace balise
