// Project's removals and their exact reversal. Removing an entity also removes or unlinks what depends
// on it; each remove function returns all of that so that restore can put it back (undo in the
// workbench): same ids, same positions, same measurements and links, in one transaction.
#include "Project.h"
#include "ProjectRules.h"

#include "ProjectWriter.h"

#include <QSet>

namespace balise {

using project_rules::indexOfId;
using project_rules::refusal;
using Subject = ProjectChange::Subject;
using Operation = ProjectChange::Operation;

RemovedNodes Project::removeNode(EntityId id)
{
    const FrameworkNode* current = m_data.framework.find(id);
    if (!current)
        throw refusal(tr("This objective, criterion or indicator no longer exists."));
    RemovedNodes removed;
    removed.parentId = current->parentId;
    removed.row = m_data.framework.rowOf(id);
    for (const FrameworkNode* node : m_data.framework.depthFirst())
        if (m_data.framework.isAncestorOrSelf(id, node->id)) {
            removed.nodes.append(*node);
            removed.rows.append(m_data.framework.rowOf(node->id));
        }

    Framework next = m_data.framework;
    transact([&](ProjectWriter& w) {
        w.deleteNode(id);
        next.removeSubtree(id);
        w.writeSiblingPositions(next, removed.parentId);
    });
    QSet<EntityId> gone;
    for (const FrameworkNode& node : removed.nodes)
        gone.insert(node.id);
    m_data.framework = std::move(next);
    m_data.measurements.removeIf([&](const auto& entry) {
        if (!gone.contains(entry.key().indicatorId))
            return false;
        removed.measurements.append(entry.value());
        return true;
    });
    // The file's foreign key sets a question's objective to null; the memory copy follows.
    for (const auto& section : m_data.questionnaire.sections)
        for (const auto& question : section.questions)
            if (gone.contains(question.objectiveId) && !removed.questionnaire)
                removed.questionnaire = m_data.questionnaire;
    for (auto& section : m_data.questionnaire.sections)
        for (auto& question : section.questions)
            if (gone.contains(question.objectiveId))
                question.objectiveId = NoId;
    announce(Subject::Framework, Operation::Removed, id);
    announce(Subject::Measurements, Operation::Reset);
    return removed;
}

void Project::restoreNodes(const RemovedNodes& removed)
{
    if (removed.nodes.isEmpty() || removed.rows.size() != removed.nodes.size())
        throw refusal(tr("There is nothing to put back."));
    if (removed.parentId != NoId && !m_data.framework.find(removed.parentId))
        throw refusal(tr("The place this part of the framework came from no longer exists."));
    for (const FrameworkNode& node : removed.nodes)
        if (m_data.framework.find(node.id) || m_data.framework.findByCode(node.code))
            throw refusal(tr("\"%1\" exists again: the removed part cannot be put back.").arg(node.code));

    Framework next = m_data.framework;
    Questionnaire questionnaire = removed.questionnaire.value_or(m_data.questionnaire);
    transact([&](ProjectWriter& w) {
        for (qsizetype i = 0; i < removed.nodes.size(); ++i) {
            FrameworkNode node = removed.nodes[i];
            w.writeNode(node, removed.rows[i]);
            next.append(node);
            next.move(node.id, node.parentId, removed.rows[i]);
        }
        w.writeSiblingPositions(next, removed.parentId);
        for (const Measurement& m : removed.measurements)
            w.writeMeasurement(m);
        if (removed.questionnaire)
            w.replaceQuestionnaire(questionnaire);
    });
    m_data.framework = std::move(next);
    for (const Measurement& m : removed.measurements)
        m_data.measurements.insert(m.key, m);
    if (removed.questionnaire)
        m_data.questionnaire = questionnaire;
    announce(Subject::Framework, Operation::Added, removed.nodes.first().id);
    announce(Subject::Measurements, Operation::Reset);
    if (removed.questionnaire)
        announce(Subject::Questionnaire, Operation::Reset);
}

RemovedService Project::removeService(EntityId id)
{
    const int index = indexOfId(m_data.services, id);
    if (index < 0)
        throw refusal(tr("This data service no longer exists."));
    RemovedService removed;
    removed.index = index;
    removed.service = m_data.services[index];
    transact([&](ProjectWriter& w) {
        w.deleteService(id);
        for (int i = index + 1; i < m_data.services.size(); ++i) {
            DataService shifted = m_data.services[i];
            w.writeService(shifted, i - 1);
        }
    });
    m_data.services.removeAt(index);
    m_data.measurements.removeIf([&](const auto& entry) {
        if (entry.key().serviceId != id)
            return false;
        removed.measurements.append(entry.value());
        return true;
    });
    for (auto& account : m_data.impactAccounts)
        if (account.serviceId == id) {
            removed.accounts.append(account);
            account.serviceId = NoId;
        }
    announce(Subject::Services, Operation::Removed, id);
    announce(Subject::Measurements, Operation::Reset);
    if (!removed.accounts.isEmpty())
        announce(Subject::ImpactAccounts, Operation::Reset);
    return removed;
}

void Project::restoreService(const RemovedService& removed)
{
    if (indexOfId(m_data.services, removed.service.id) >= 0 || m_data.findServiceByName(removed.service.name))
        throw refusal(tr("A data service named \"%1\" exists again: the removed one cannot be put back.")
                          .arg(removed.service.name));
    QList<DataService> next = m_data.services;
    next.insert(std::clamp<qsizetype>(removed.index, 0, next.size()), removed.service);
    transact([&](ProjectWriter& w) {
        for (int i = 0; i < next.size(); ++i)
            w.writeService(next[i], i);
        for (const Measurement& m : removed.measurements)
            w.writeMeasurement(m);
        for (const ImpactAccount& account : removed.accounts) {
            ImpactAccount stored = account;
            w.writeImpactAccount(stored, indexOfId(m_data.impactAccounts, account.id));
        }
    });
    m_data.services = std::move(next);
    for (const Measurement& m : removed.measurements)
        m_data.measurements.insert(m.key, m);
    for (const ImpactAccount& account : removed.accounts)
        if (const int at = indexOfId(m_data.impactAccounts, account.id); at >= 0)
            m_data.impactAccounts[at] = account;
    announce(Subject::Services, Operation::Added, removed.service.id);
    announce(Subject::Measurements, Operation::Reset);
    if (!removed.accounts.isEmpty())
        announce(Subject::ImpactAccounts, Operation::Reset);
}

RemovedPeriod Project::removePeriod(EntityId id)
{
    const int index = indexOfId(m_data.periods, id);
    if (index < 0)
        throw refusal(tr("This period no longer exists."));
    RemovedPeriod removed;
    removed.index = index;
    removed.period = m_data.periods[index];
    transact([&](ProjectWriter& w) {
        w.deletePeriod(id);
        for (int i = index + 1; i < m_data.periods.size(); ++i) {
            Period shifted = m_data.periods[i];
            w.writePeriod(shifted, i - 1);
        }
    });
    m_data.periods.removeAt(index);
    m_data.measurements.removeIf([&](const auto& entry) {
        if (entry.key().periodId != id)
            return false;
        removed.measurements.append(entry.value());
        return true;
    });
    for (auto& account : m_data.impactAccounts) {
        const ImpactAccount before = account;
        if (account.volumes.removeIf([id](const ImpactVolume& v) { return v.periodId == id; }) > 0)
            removed.accounts.append(before);
    }
    announce(Subject::Periods, Operation::Removed, id);
    announce(Subject::Measurements, Operation::Reset);
    if (!removed.accounts.isEmpty())
        announce(Subject::ImpactAccounts, Operation::Reset);
    return removed;
}

void Project::restorePeriod(const RemovedPeriod& removed)
{
    if (indexOfId(m_data.periods, removed.period.id) >= 0 || m_data.findPeriodByLabel(removed.period.label))
        throw refusal(
            tr("A period \"%1\" exists again: the removed one cannot be put back.").arg(removed.period.label));
    QList<Period> next = m_data.periods;
    next.insert(std::clamp<qsizetype>(removed.index, 0, next.size()), removed.period);
    transact([&](ProjectWriter& w) {
        for (int i = 0; i < next.size(); ++i)
            w.writePeriod(next[i], i);
        for (const Measurement& m : removed.measurements)
            w.writeMeasurement(m);
        for (const ImpactAccount& account : removed.accounts) {
            ImpactAccount stored = account;
            w.writeImpactAccount(stored, indexOfId(m_data.impactAccounts, account.id));
        }
    });
    m_data.periods = std::move(next);
    for (const Measurement& m : removed.measurements)
        m_data.measurements.insert(m.key, m);
    for (const ImpactAccount& account : removed.accounts)
        if (const int at = indexOfId(m_data.impactAccounts, account.id); at >= 0)
            m_data.impactAccounts[at] = account;
    announce(Subject::Periods, Operation::Added, removed.period.id);
    announce(Subject::Measurements, Operation::Reset);
    if (!removed.accounts.isEmpty())
        announce(Subject::ImpactAccounts, Operation::Reset);
}

RemovedImpactAccount Project::removeImpactAccount(EntityId id)
{
    const int index = indexOfId(m_data.impactAccounts, id);
    if (index < 0)
        throw refusal(tr("This impact account no longer exists."));
    RemovedImpactAccount removed{index, m_data.impactAccounts[index]};
    transact([&](ProjectWriter& w) {
        w.deleteImpactAccount(id);
        for (int i = index + 1; i < m_data.impactAccounts.size(); ++i) {
            ImpactAccount shifted = m_data.impactAccounts[i];
            w.writeImpactAccount(shifted, i - 1);
        }
    });
    m_data.impactAccounts.removeAt(index);
    announce(Subject::ImpactAccounts, Operation::Removed, id);
    return removed;
}

void Project::restoreImpactAccount(const RemovedImpactAccount& removed)
{
    if (indexOfId(m_data.impactAccounts, removed.account.id) >= 0)
        throw refusal(tr("This impact account exists already."));
    if (removed.account.serviceId != NoId && !m_data.findService(removed.account.serviceId))
        throw refusal(tr("This data service no longer exists."));
    for (const auto& v : removed.account.volumes)
        if (!m_data.findPeriod(v.periodId))
            throw refusal(tr("This period no longer exists."));
    QList<ImpactAccount> next = m_data.impactAccounts;
    next.insert(std::clamp<qsizetype>(removed.index, 0, next.size()), removed.account);
    transact([&](ProjectWriter& w) {
        for (int i = 0; i < next.size(); ++i)
            w.writeImpactAccount(next[i], i);
    });
    m_data.impactAccounts = std::move(next);
    announce(Subject::ImpactAccounts, Operation::Added, removed.account.id);
}

} // namespace balise
