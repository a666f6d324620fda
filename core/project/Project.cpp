#include "Project.h"
#include "ProjectRules.h"

#include "ChangeRefused.h"
#include "ModelValidator.h"
#include "ProjectFileError.h"
#include "ProjectReader.h"
#include "ProjectWriter.h"
#include "SqliteConnection.h"
#include "SqliteTransaction.h"
#include "VadeMecumJson.h"

#include <QFileInfo>
#include <QSet>

namespace balise {
namespace {

using project_rules::currentUser;
using project_rules::indexOfId;
using project_rules::normalised;
using project_rules::refusal;
using project_rules::refuseIf;

using Subject = ProjectChange::Subject;
using Operation = ProjectChange::Operation;

} // namespace

Project::Project(std::unique_ptr<ProjectFile> file, ProjectData data, QObject* parent)
    : QObject(parent), m_file(std::move(file)), m_data(std::move(data))
{}

Project::~Project() = default;

std::unique_ptr<Project> Project::create(const QString& path, const ProjectInfo& info, QObject* parent)
{
    refuseIf(ModelValidator::checkInfo(info));
    ProjectData data;
    data.info = info;
    if (!data.info.createdAt.isValid())
        data.info.createdAt = QDateTime::currentDateTimeUtc();
    auto file = ProjectFile::create(path, [&](SqliteConnection& connection) {
        ProjectWriter writer(connection);
        writer.writeInfo(data.info);
        writer.writeSettings(data.settings);
    });
    std::unique_ptr<Project> project(new Project(std::move(file), std::move(data), parent));
    return project;
}

std::unique_ptr<Project> Project::open(const QString& path, ProjectFile::Access access, QObject* parent)
{
    // Loading is the file's content check: it runs before a migration commits, so a file that cannot
    // be loaded is refused unchanged.
    ProjectData data;
    auto file =
        ProjectFile::open(path, access, [&](SqliteConnection& connection) { data = ProjectReader::load(connection); });
    return std::unique_ptr<Project>(new Project(std::move(file), std::move(data), parent));
}

QString Project::filePath() const
{
    return m_file->path();
}

bool Project::isReadOnly() const
{
    return m_file->isReadOnly();
}

QString Project::readOnlyReason() const
{
    return m_file->readOnlyReason();
}

void Project::requireWritable() const
{
    if (isReadOnly()) {
        const QString reason = m_file->readOnlyReason();
        throw StorageError(reason.isEmpty() ? tr("The project is open read-only: nothing can be changed.")
                                            : tr("The project is open read-only (%1).").arg(reason));
    }
}

void Project::transact(const std::function<void(ProjectWriter&)>& write)
{
    requireWritable();
    m_file->requireStillInPlace();
    SqliteTransaction transaction(m_file->connection());
    ProjectWriter writer(m_file->connection());
    write(writer);
    transaction.commit();
}

void Project::announce(Subject subject, Operation operation, EntityId id)
{
    Q_EMIT changed(ProjectChange{subject, operation, id, std::nullopt});
}

void Project::setInfo(const ProjectInfo& info)
{
    refuseIf(ModelValidator::checkInfo(info));
    ProjectInfo next = info;
    if (!next.createdAt.isValid())
        next.createdAt = m_data.info.createdAt;
    transact([&](ProjectWriter& w) { w.writeInfo(next); });
    m_data.info = next;
    announce(Subject::Info, Operation::Updated);
}

void Project::setSettings(const ProjectSettings& settings)
{
    refuseIf(ModelValidator::checkSettings(settings));
    transact([&](ProjectWriter& w) { w.writeSettings(settings); });
    m_data.settings = settings;
    announce(Subject::Settings, Operation::Updated);
}

namespace {

ValidationIssues checkVadeMecum(const VadeMecum& content)
{
    ValidationIssues issues;
    auto checkTitles = [&](const auto& list) {
        for (const auto& item : list)
            issues.append(ModelValidator::checkTitle(item.title));
    };
    checkTitles(content.needs);
    checkTitles(content.principles);
    checkTitles(content.fields);
    checkTitles(content.resources);
    checkTitles(content.sections);
    QSet<int> postures;
    for (const auto& stance : content.postures)
        if (postures.contains(static_cast<int>(stance.posture)))
            issues.append({QStringLiteral("postures"), Project::tr("Each posture can be described once.")});
        else
            postures.insert(static_cast<int>(stance.posture));
    return issues;
}

} // namespace

RemovedVadeMecumLinks Project::setVadeMecum(const VadeMecum& content)
{
    refuseIf(checkVadeMecum(content));
    VadeMecum next = content;
    transact([&](ProjectWriter& w) { w.replaceVadeMecum(next); });

    // Links to removed items went with them in the file (ON DELETE CASCADE / SET NULL): mirror that,
    // and keep what they were for an undo.
    RemovedVadeMecumLinks removed;
    QSet<EntityId> needs, principles, fields;
    for (const auto& n : next.needs)
        needs.insert(n.id);
    for (const auto& p : next.principles)
        principles.insert(p.id);
    for (const auto& f : next.fields)
        fields.insert(f.id);
    for (const FrameworkNode* node : m_data.framework.depthFirst()) {
        FrameworkNode copy = *node;
        const auto before = copy.links.size();
        copy.links.removeIf([&](const VadeMecumLink& l) {
            return (l.target == LinkTarget::Need && !needs.contains(l.id)) ||
                   (l.target == LinkTarget::Principle && !principles.contains(l.id)) ||
                   (l.target == LinkTarget::Field && !fields.contains(l.id));
        });
        if (copy.links.size() != before) {
            removed.nodes.append(*node);
            m_data.framework.replace(copy);
        }
    }
    const Questionnaire questionnaireBefore = m_data.questionnaire;
    bool questionsUnlinked = false;
    for (auto& section : m_data.questionnaire.sections)
        for (auto& question : section.questions)
            if (question.needId != NoId && !needs.contains(question.needId)) {
                question.needId = NoId;
                questionsUnlinked = true;
            }
    if (questionsUnlinked)
        removed.questionnaire = questionnaireBefore;
    m_data.vadeMecum = next;
    announce(Subject::VadeMecum, Operation::Reset);
    if (!removed.nodes.isEmpty())
        announce(Subject::Framework, Operation::Reset);
    if (questionsUnlinked)
        announce(Subject::Questionnaire, Operation::Reset);
    return removed;
}

void Project::restoreVadeMecum(const VadeMecum& content, const RemovedVadeMecumLinks& links)
{
    refuseIf(checkVadeMecum(content));
    for (const FrameworkNode& node : links.nodes)
        if (!m_data.framework.find(node.id))
            throw refusal(tr("This objective, criterion or indicator no longer exists."));
    VadeMecum next = content;
    Questionnaire questionnaire = links.questionnaire.value_or(m_data.questionnaire);
    Framework framework = m_data.framework;
    transact([&](ProjectWriter& w) {
        w.replaceVadeMecum(next);
        for (const FrameworkNode& before : links.nodes) {
            // Only the links come back: anything else edited on the node since stays.
            FrameworkNode node = *framework.find(before.id);
            node.links = before.links;
            w.writeNode(node, framework.rowOf(node.id));
            framework.replace(node);
        }
        if (links.questionnaire)
            w.replaceQuestionnaire(questionnaire);
    });
    m_data.vadeMecum = next;
    m_data.framework = std::move(framework);
    if (links.questionnaire)
        m_data.questionnaire = questionnaire;
    announce(Subject::VadeMecum, Operation::Reset);
    if (!links.nodes.isEmpty())
        announce(Subject::Framework, Operation::Reset);
    if (links.questionnaire)
        announce(Subject::Questionnaire, Operation::Reset);
}

EntityId Project::recordRevision(const VadeMecumRevision& metadata)
{
    VadeMecumRevision revision = metadata;
    revision.id = NoId;
    revision.number = m_data.revisions.isEmpty() ? 1 : m_data.revisions.last().number + 1;
    if (!revision.createdAt.isValid())
        revision.createdAt = QDateTime::currentDateTimeUtc();
    if (revision.author.isEmpty())
        revision.author = currentUser();
    revision.snapshot = VadeMecumJson::toJson(m_data.vadeMecum);
    refuseIf(ModelValidator::checkRevision(revision));
    transact([&](ProjectWriter& w) { w.writeRevision(revision); });
    m_data.revisions.append(revision);
    announce(Subject::Revisions, Operation::Added, revision.id);
    return revision.id;
}

void Project::updateRevision(const VadeMecumRevision& revision)
{
    const int index = indexOfId(m_data.revisions, revision.id);
    if (index < 0)
        throw refusal(tr("This revision no longer exists."));
    VadeMecumRevision next = revision;
    const VadeMecumRevision& current = m_data.revisions[index];
    // The number, date and frozen content of a revision are history: they never change.
    next.number = current.number;
    next.createdAt = current.createdAt;
    next.snapshot = current.snapshot;
    refuseIf(ModelValidator::checkRevision(next));
    transact([&](ProjectWriter& w) { w.writeRevision(next); });
    m_data.revisions[index] = next;
    announce(Subject::Revisions, Operation::Updated, next.id);
}

VadeMecumRevision Project::removeRevision(EntityId id)
{
    const int index = indexOfId(m_data.revisions, id);
    if (index < 0)
        throw refusal(tr("This revision no longer exists."));
    const VadeMecumRevision removed = m_data.revisions[index];
    transact([&](ProjectWriter& w) { w.deleteRevision(id); });
    m_data.revisions.removeAt(index);
    announce(Subject::Revisions, Operation::Removed, id);
    return removed;
}

void Project::restoreRevision(const VadeMecumRevision& revision)
{
    if (indexOfId(m_data.revisions, revision.id) >= 0)
        throw refusal(tr("This revision is already in the history."));
    for (const VadeMecumRevision& other : m_data.revisions)
        if (other.number == revision.number)
            throw refusal(tr("A revision with this number is already in the history."));
    VadeMecumRevision restored = revision;
    transact([&](ProjectWriter& w) { w.writeRevision(restored); });
    // By number, as the history reads.
    qsizetype at = 0;
    while (at < m_data.revisions.size() && m_data.revisions[at].number < restored.number)
        ++at;
    m_data.revisions.insert(at, restored);
    announce(Subject::Revisions, Operation::Added, restored.id);
}

namespace {

ValidationIssues checkQuestionnaire(const ProjectData& data, const Questionnaire& content)
{
    ValidationIssues issues;
    QSet<EntityId> needs;
    for (const auto& n : data.vadeMecum.needs)
        needs.insert(n.id);
    for (const auto& section : content.sections) {
        issues.append(ModelValidator::checkTitle(section.title));
        for (const auto& q : section.questions) {
            issues.append(ModelValidator::checkQuestion(q));
            if (q.needId != NoId && !needs.contains(q.needId))
                issues.append(
                    {QStringLiteral("needId"), Project::tr("A question refers to a need that does not exist.")});
            if (q.objectiveId != NoId && !data.framework.find(q.objectiveId))
                issues.append({QStringLiteral("objectiveId"),
                               Project::tr("A question refers to an objective that does not exist.")});
        }
    }
    return issues;
}

} // namespace

RemovedAnswers Project::setQuestionnaire(const Questionnaire& content)
{
    refuseIf(checkQuestionnaire(m_data, content));
    Questionnaire next = content;
    transact([&](ProjectWriter& w) { w.replaceQuestionnaire(next); });
    // Answers to removed questions went with them in the file (ON DELETE CASCADE): mirror that.
    QSet<EntityId> questions;
    for (const auto& section : next.sections)
        for (const auto& q : section.questions)
            questions.insert(q.id);
    RemovedAnswers removed;
    for (auto& service : m_data.services) {
        const DataService before = service;
        if (service.answers.removeIf([&](const QuestionnaireAnswer& a) { return !questions.contains(a.questionId); }) >
            0)
            removed.services.append(before);
    }
    m_data.questionnaire = next;
    announce(Subject::Questionnaire, Operation::Reset);
    if (!removed.services.isEmpty())
        announce(Subject::Services, Operation::Reset);
    return removed;
}

void Project::restoreQuestionnaire(const Questionnaire& content, const RemovedAnswers& answers)
{
    refuseIf(checkQuestionnaire(m_data, content));
    Questionnaire next = content;
    QList<DataService> services = m_data.services;
    transact([&](ProjectWriter& w) {
        w.replaceQuestionnaire(next);
        for (const DataService& before : answers.services) {
            const int index = indexOfId(services, before.id);
            if (index < 0)
                continue; // the service is gone since; its answers with it
            // Only the answers come back: anything else edited on the service since stays.
            services[index].answers = before.answers;
            w.writeService(services[index], index);
        }
    });
    m_data.questionnaire = next;
    m_data.services = std::move(services);
    announce(Subject::Questionnaire, Operation::Reset);
    if (!answers.services.isEmpty())
        announce(Subject::Services, Operation::Reset);
}

EntityId Project::addNode(const FrameworkNode& node, int row)
{
    FrameworkNode added = normalised(node);
    added.id = NoId;
    refuseIf(ModelValidator::checkNode(m_data.framework, added));
    Framework next = m_data.framework;
    transact([&](ProjectWriter& w) {
        w.writeNode(added, 0);
        next.append(added);
        next.move(added.id, added.parentId, row);
        w.writeSiblingPositions(next, added.parentId);
    });
    m_data.framework = std::move(next);
    announce(Subject::Framework, Operation::Added, added.id);
    return added.id;
}

QList<EntityId> Project::addNodes(const QList<FrameworkImportNode>& nodes)
{
    Framework next = m_data.framework;
    QList<EntityId> ids;
    QSet<EntityId> parents;
    transact([&](ProjectWriter& w) {
        for (const auto& input : nodes) {
            FrameworkNode added = normalised(input.node);
            added.id = NoId;
            added.parentId = NoId;
            if (!input.parentCode.trimmed().isEmpty()) {
                const FrameworkNode* parent = next.findByCode(input.parentCode.trimmed());
                if (!parent)
                    throw refusal(tr("\"%1\" names a parent \"%2\" that does not exist.")
                                      .arg(added.code, input.parentCode.trimmed()));
                added.parentId = parent->id;
            }
            // Checked against the framework as it grows: codes must be unique across the whole batch.
            refuseIf(ModelValidator::checkNode(next, added));
            w.writeNode(added, 0);
            next.append(added);
            ids.append(added.id);
            parents.insert(added.parentId);
        }
        for (EntityId parent : parents)
            w.writeSiblingPositions(next, parent);
    });
    m_data.framework = std::move(next);
    announce(Subject::Framework, Operation::Reset);
    return ids;
}

void Project::updateNode(const FrameworkNode& changed)
{
    const FrameworkNode* current = m_data.framework.find(changed.id);
    if (!current)
        throw refusal(tr("This objective, criterion or indicator no longer exists."));
    const FrameworkNode node = normalised(changed);
    refuseIf(ModelValidator::checkNode(m_data.framework, node));
    bool measured = false;
    int highestLevel = -1;
    // Only a change of kind or of levels can conflict with the measurements; skipping the scan keeps a
    // weight or a name edit quick on a project of a million measurements.
    if (node.kind != current->kind || node.indicator.kind != current->indicator.kind ||
        node.indicator.levels != current->indicator.levels)
        for (const auto& m : m_data.measurements)
            if (m.key.indicatorId == node.id) {
                measured = true;
                highestLevel = std::max(highestLevel, m.level.value_or(-1));
            }
    if (measured && (node.kind != current->kind || node.indicator.kind != current->indicator.kind))
        throw refusal(tr("\"%1\" already has measurements: remove them before changing what kind of node it is.")
                          .arg(current->code));
    // Measurements store a level's rank: a level in use must keep its rank and its label, or the
    // values already entered would silently change meaning.
    for (int level = 0; level <= highestLevel; ++level)
        if (level >= node.indicator.levels.size() ||
            node.indicator.levels[level].label != current->indicator.levels.value(level).label)
            throw refusal(tr("\"%1\" has measurements at the level \"%2\": it cannot be renamed, moved or removed.")
                              .arg(current->code, current->indicator.levels.value(level).label));
    const EntityId oldParent = current->parentId;
    Framework next = m_data.framework;
    FrameworkNode updated = node;
    transact([&](ProjectWriter& w) {
        next.replace(updated);
        if (updated.parentId != oldParent)
            next.move(updated.id, updated.parentId, -1);
        w.writeNode(updated, next.rowOf(updated.id));
        if (updated.parentId != oldParent) {
            w.writeSiblingPositions(next, oldParent);
            w.writeSiblingPositions(next, updated.parentId);
        }
    });
    m_data.framework = std::move(next);
    announce(Subject::Framework, updated.parentId != oldParent ? Operation::Moved : Operation::Updated, updated.id);
}

void Project::applyWeighting(EntityId parentId, const QList<EntityId>& children, const QList<double>& weights,
                             const std::optional<WeightingRecord>& record)
{
    if (children.size() != weights.size() || (record && record->parentId != parentId))
        throw refusal(tr("The weights do not match the children they are for."));
    Framework next = m_data.framework;
    QList<FrameworkNode> changed;
    for (qsizetype i = 0; i < children.size(); ++i) {
        const FrameworkNode* current = next.find(children[i]);
        if (!current || current->parentId != parentId)
            throw refusal(tr("This objective, criterion or indicator no longer exists."));
        FrameworkNode node = *current;
        node.weight = weights[i];
        refuseIf(ModelValidator::checkNode(next, node));
        changed.append(node);
    }
    transact([&](ProjectWriter& w) {
        for (const FrameworkNode& node : changed) {
            FrameworkNode written = node;
            w.writeNode(written, next.rowOf(node.id));
        }
        if (record)
            w.writeWeighting(*record);
        else
            w.deleteWeighting(parentId);
    });
    for (const FrameworkNode& node : std::as_const(changed))
        next.replace(node);
    m_data.framework = std::move(next);
    m_data.weightings.removeIf([&](const WeightingRecord& r) { return r.parentId == parentId; });
    if (record)
        m_data.weightings.append(*record);
    for (const FrameworkNode& node : std::as_const(changed))
        announce(Subject::Framework, Operation::Updated, node.id);
}

void Project::moveNode(EntityId id, EntityId newParent, int row)
{
    const FrameworkNode* current = m_data.framework.find(id);
    if (!current)
        throw refusal(tr("This objective, criterion or indicator no longer exists."));
    FrameworkNode moved = *current;
    const EntityId oldParent = moved.parentId;
    moved.parentId = newParent;
    refuseIf(ModelValidator::checkNode(m_data.framework, moved));
    Framework next = m_data.framework;
    transact([&](ProjectWriter& w) {
        next.move(id, newParent, row);
        FrameworkNode stored = *next.find(id);
        w.writeNode(stored, next.rowOf(id));
        w.writeSiblingPositions(next, oldParent);
        if (newParent != oldParent)
            w.writeSiblingPositions(next, newParent);
    });
    m_data.framework = std::move(next);
    announce(Subject::Framework, Operation::Moved, id);
}

EntityId Project::addService(const DataService& service)
{
    DataService added = normalised(service);
    added.id = NoId;
    refuseIf(ModelValidator::checkService(m_data.services, added));
    transact([&](ProjectWriter& w) { w.writeService(added, static_cast<int>(m_data.services.size())); });
    m_data.services.append(added);
    announce(Subject::Services, Operation::Added, added.id);
    return added.id;
}

void Project::updateService(const DataService& changed)
{
    const DataService service = normalised(changed);
    const int index = indexOfId(m_data.services, service.id);
    if (index < 0)
        throw refusal(tr("This data service no longer exists."));
    refuseIf(ModelValidator::checkService(m_data.services, service));
    for (const auto& answer : service.answers)
        if (!m_data.questionnaire.findQuestion(answer.questionId))
            throw refusal(tr("An answer refers to a question that does not exist."));
    DataService updated = service;
    transact([&](ProjectWriter& w) { w.writeService(updated, index); });
    m_data.services[index] = updated;
    announce(Subject::Services, Operation::Updated, updated.id);
}

EntityId Project::addPeriod(const Period& period)
{
    Period added = normalised(period);
    added.id = NoId;
    refuseIf(ModelValidator::checkPeriod(m_data.periods, added));
    transact([&](ProjectWriter& w) { w.writePeriod(added, static_cast<int>(m_data.periods.size())); });
    m_data.periods.append(added);
    announce(Subject::Periods, Operation::Added, added.id);
    return added.id;
}

void Project::updatePeriod(const Period& changed)
{
    const Period period = normalised(changed);
    const int index = indexOfId(m_data.periods, period.id);
    if (index < 0)
        throw refusal(tr("This period no longer exists."));
    refuseIf(ModelValidator::checkPeriod(m_data.periods, period));
    Period updated = period;
    transact([&](ProjectWriter& w) { w.writePeriod(updated, index); });
    m_data.periods[index] = updated;
    announce(Subject::Periods, Operation::Updated, updated.id);
}

Measurement Project::checkedMeasurement(const Measurement& measurement) const
{
    const FrameworkNode* indicator = m_data.framework.find(measurement.key.indicatorId);
    if (!indicator)
        throw refusal(tr("This indicator no longer exists."));
    if (!m_data.findService(measurement.key.serviceId))
        throw refusal(tr("This data service no longer exists."));
    if (!m_data.findPeriod(measurement.key.periodId))
        throw refusal(tr("This period no longer exists."));
    refuseIf(ModelValidator::checkMeasurement(*indicator, measurement));
    Measurement stored = measurement;
    if (!stored.enteredAt.isValid())
        stored.enteredAt = QDateTime::currentDateTimeUtc();
    if (stored.author.isEmpty())
        stored.author = currentUser();
    return stored;
}

void Project::setMeasurement(const Measurement& measurement)
{
    const Measurement stored = checkedMeasurement(measurement);
    transact([&](ProjectWriter& w) { w.writeMeasurement(stored); });
    m_data.measurements.insert(stored.key, stored);
    Q_EMIT changed(ProjectChange{Subject::Measurements, Operation::Updated, NoId, stored.key});
}

void Project::changeMeasurements(const QList<Measurement>& set, const QList<MeasurementKey>& remove)
{
    QList<Measurement> stored;
    stored.reserve(set.size());
    for (const Measurement& m : set)
        stored.append(checkedMeasurement(m));
    transact([&](ProjectWriter& w) {
        for (const MeasurementKey& key : remove)
            w.deleteMeasurement(key);
        for (const Measurement& m : stored)
            w.writeMeasurement(m);
    });
    for (const MeasurementKey& key : remove)
        m_data.measurements.remove(key);
    for (const Measurement& m : stored)
        m_data.measurements.insert(m.key, m);
    announce(Subject::Measurements, Operation::Updated);
}

void Project::removeMeasurement(const MeasurementKey& key)
{
    if (!m_data.measurements.contains(key))
        return;
    transact([&](ProjectWriter& w) { w.deleteMeasurement(key); });
    m_data.measurements.remove(key);
    Q_EMIT changed(ProjectChange{Subject::Measurements, Operation::Removed, NoId, key});
}

EntityId Project::addImpactAccount(const ImpactAccount& account)
{
    ImpactAccount added = account;
    added.id = NoId;
    for (auto& line : added.lines)
        line.id = NoId;
    refuseIf(ModelValidator::checkImpactAccount(added));
    if (added.serviceId != NoId && !m_data.findService(added.serviceId))
        throw refusal(tr("This data service no longer exists."));
    for (const auto& v : added.volumes)
        if (!m_data.findPeriod(v.periodId))
            throw refusal(tr("This period no longer exists."));
    transact([&](ProjectWriter& w) { w.writeImpactAccount(added, static_cast<int>(m_data.impactAccounts.size())); });
    m_data.impactAccounts.append(added);
    announce(Subject::ImpactAccounts, Operation::Added, added.id);
    return added.id;
}

void Project::updateImpactAccount(const ImpactAccount& account)
{
    const int index = indexOfId(m_data.impactAccounts, account.id);
    if (index < 0)
        throw refusal(tr("This impact account no longer exists."));
    refuseIf(ModelValidator::checkImpactAccount(account));
    if (account.serviceId != NoId && !m_data.findService(account.serviceId))
        throw refusal(tr("This data service no longer exists."));
    for (const auto& v : account.volumes)
        if (!m_data.findPeriod(v.periodId))
            throw refusal(tr("This period no longer exists."));
    ImpactAccount updated = account;
    transact([&](ProjectWriter& w) { w.writeImpactAccount(updated, index); });
    m_data.impactAccounts[index] = updated;
    announce(Subject::ImpactAccounts, Operation::Updated, updated.id);
}

void Project::saveAs(const QString& target)
{
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(filePath()).absoluteFilePath() && !isReadOnly())
        return; // already this file, and every edit is already in it
    m_file->copyTo(target);
    auto copy = ProjectFile::open(target, ProjectFile::Access::ReadWrite);
    m_file = std::move(copy);
    announce(Subject::File, Operation::Updated);
}

} // namespace balise
