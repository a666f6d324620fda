#include "TemplateBuilder.h"

#include "ChangeRefused.h"
#include "Project.h"
#include "ProjectCreation.h"
#include "StorageError.h"

#include <QHash>

namespace balise {
namespace {

template <typename T> QHash<EntityId, qint64> placesOf(const QList<T>& list)
{
    QHash<EntityId, qint64> places;
    for (qsizetype i = 0; i < list.size(); ++i)
        places.insert(list[i].id, i + 1);
    return places;
}

template <typename T> void dropIds(QList<T>& list)
{
    for (T& item : list)
        item.id = NoId;
}

} // namespace

ProjectTemplate TemplateBuilder::fromProject(const ProjectData& data, const QString& id, const QString& title,
                                             const QString& language, bool withServices)
{
    ProjectTemplate t;
    t.id = id;
    t.title = title;
    t.description = data.info.description;
    t.language = language;
    t.vadeMecum = data.vadeMecum;
    const QHash<EntityId, qint64> needs = placesOf(data.vadeMecum.needs);
    const QHash<EntityId, qint64> principles = placesOf(data.vadeMecum.principles);
    const QHash<EntityId, qint64> fields = placesOf(data.vadeMecum.fields);
    dropIds(t.vadeMecum.needs);
    dropIds(t.vadeMecum.principles);
    dropIds(t.vadeMecum.fields);
    dropIds(t.vadeMecum.resources);
    dropIds(t.vadeMecum.sections);

    for (const FrameworkNode* node : data.framework.depthFirst()) {
        FrameworkImportNode item;
        item.node = *node;
        item.node.id = NoId;
        item.node.parentId = NoId;
        if (const FrameworkNode* parent = data.framework.find(node->parentId))
            item.parentCode = parent->code;
        for (VadeMecumLink& link : item.node.links)
            link.id = link.target == LinkTarget::Need        ? needs.value(link.id)
                      : link.target == LinkTarget::Principle ? principles.value(link.id)
                                                             : fields.value(link.id);
        t.framework.append(item);
    }

    t.questionnaire = data.questionnaire;
    for (QuestionnaireSection& section : t.questionnaire.sections) {
        section.id = NoId;
        for (Question& q : section.questions) {
            const FrameworkNode* objective = data.framework.find(q.objectiveId);
            t.questionObjectives.append(objective ? objective->code : QString());
            q.id = NoId;
            q.sectionId = NoId;
            q.objectiveId = NoId;
            q.needId = needs.value(q.needId);
        }
    }
    if (withServices)
        for (DataService service : data.services) {
            service.id = NoId;
            service.answers.clear();
            t.services.append(service);
        }
    return t;
}

std::unique_ptr<Project> TemplateBuilder::createProject(const QString& path, const ProjectInfo& info,
                                                        const ProjectTemplate& t, QString& error)
{
    // The framework first, without its links: they need the vade-mecum's new ids.
    QList<FrameworkImportNode> nodes = t.framework;
    for (FrameworkImportNode& node : nodes)
        node.node.links.clear();
    std::unique_ptr<Project> project = ProjectCreation::create(path, info, nodes, error);
    if (!project)
        return nullptr;
    try {
        project->setVadeMecum(t.vadeMecum);
        const VadeMecum& vm = project->vadeMecum();
        auto idAt = [&](LinkTarget target, qint64 place) -> EntityId {
            const qsizetype index = place - 1;
            switch (target) {
            case LinkTarget::Need:
                return index >= 0 && index < vm.needs.size() ? vm.needs[index].id : NoId;
            case LinkTarget::Principle:
                return index >= 0 && index < vm.principles.size() ? vm.principles[index].id : NoId;
            case LinkTarget::Field:
                break;
            }
            return index >= 0 && index < vm.fields.size() ? vm.fields[index].id : NoId;
        };
        for (const FrameworkImportNode& item : t.framework) {
            if (item.node.links.isEmpty())
                continue;
            FrameworkNode node = *project->framework().findByCode(item.node.code);
            for (const VadeMecumLink& link : item.node.links)
                if (const EntityId id = idAt(link.target, link.id); id != NoId)
                    node.links.append({link.target, id});
            project->updateNode(node);
        }
        Questionnaire questionnaire = t.questionnaire;
        int k = 0;
        for (QuestionnaireSection& section : questionnaire.sections)
            for (Question& q : section.questions) {
                q.needId = idAt(LinkTarget::Need, q.needId);
                const FrameworkNode* objective = project->framework().findByCode(t.questionObjectives.value(k++));
                q.objectiveId = objective ? objective->id : NoId;
            }
        if (!questionnaire.sections.isEmpty())
            project->setQuestionnaire(questionnaire);
        for (const DataService& service : t.services)
            project->addService(service);
        return project;
    } catch (const ChangeRefused& refusal) {
        error = tr("The template cannot make a project: %1").arg(refusal.message());
    } catch (const StorageError& failure) {
        error = failure.message();
    }
    // All or nothing: the half-made file goes.
    ProjectCreation::discard(project);
    return nullptr;
}

} // namespace balise
