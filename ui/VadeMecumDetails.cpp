#include "VadeMecumDetails.h"

#include "DetailsPage.h"
#include "DisplayFormat.h"
#include "FrameworkDetails.h"
#include "Project.h"

namespace balise::ui {
namespace {

using Kind = ProjectItemRef::Kind;

template <typename T> const T* findById(const QList<T>& items, EntityId id)
{
    for (const T& item : items)
        if (item.id == id)
            return &item;
    return nullptr;
}

// The framework nodes that say they serve this vade-mecum item.
void addServedBy(DetailsPage& page, const Project& project, LinkTarget target, EntityId id)
{
    QStringList nodes;
    for (const FrameworkNode* node : project.framework().depthFirst())
        if (node->links.contains(VadeMecumLink{target, id}))
            nodes.append(FrameworkDetails::codeAndName(*node));
    page.heading(VadeMecumDetails::tr("In the framework"));
    if (nodes.isEmpty())
        page.note(VadeMecumDetails::tr("No objective of the framework refers to it yet."));
    else
        page.bulletList(nodes);
}

QString questionShape(const Question& question)
{
    switch (question.kind) {
    case QuestionKind::SingleChoice:
    case QuestionKind::MultipleChoice:
        return VadeMecumDetails::tr("%1: %2").arg(labelOf(question.kind), question.choices.join(QStringLiteral(" | ")));
    case QuestionKind::Scale:
        return VadeMecumDetails::tr("%1 from %2 to %3")
            .arg(labelOf(question.kind))
            .arg(question.scaleMin)
            .arg(question.scaleMax);
    default:
        return labelOf(question.kind);
    }
}

} // namespace

QString VadeMecumDetails::page(const Project& project, const ProjectItemRef& item)
{
    switch (item.kind) {
    case Kind::VadeMecumSection:
        return sectionPage(project);
    case Kind::NeedsGroup:
    case Kind::PrinciplesGroup:
    case Kind::FieldsGroup:
    case Kind::ResourcesGroup:
    case Kind::PosturesGroup:
    case Kind::FreeSectionsGroup:
    case Kind::QuestionnaireGroup:
    case Kind::RevisionsGroup:
        return groupPage(project, item.kind);
    case Kind::QuestionnaireSection:
        return questionnaireSectionPage(project, item.id);
    case Kind::Revision:
        return revisionPage(project, item.id);
    default:
        return itemPage(project, item);
    }
}

QString VadeMecumDetails::sectionPage(const Project& project)
{
    const ProjectInfo& info = project.info();
    const VadeMecum& vm = project.vadeMecum();
    DetailsPage page(tr("Vade-mecum"), tr("The territory's stance towards digital innovation and data services."));
    page.field(tr("Project"), info.title);
    page.field(tr("Description"), info.description);
    page.field(tr("Territory"), info.territory.name);
    page.field(tr("Kind of territory"), labelOf(info.territory.kind));
    page.field(tr("Population"),
               info.territory.population ? DisplayFormat::integer(*info.territory.population) : QString());
    page.field(tr("Created"), DisplayFormat::dateTime(info.createdAt));

    page.heading(tr("Contents"));
    page.field(tr("Priority needs"), DisplayFormat::integer(vm.needs.size()));
    page.field(tr("Principles"), DisplayFormat::integer(vm.principles.size()));
    page.field(tr("Fields of attention"), DisplayFormat::integer(vm.fields.size()));
    page.field(tr("Resources offered"), DisplayFormat::integer(vm.resources.size()));
    page.field(tr("Free sections"), DisplayFormat::integer(vm.sections.size()));
    int questions = 0;
    for (const QuestionnaireSection& section : project.questionnaire().sections)
        questions += static_cast<int>(section.questions.size());
    page.field(tr("Questions to operators"), DisplayFormat::integer(questions));

    page.heading(tr("Revisions"));
    if (project.revisions().isEmpty()) {
        page.note(tr("No revision recorded: the vade-mecum is a working draft."));
    } else {
        const VadeMecumRevision& last = project.revisions().constLast();
        page.field(tr("Latest revision"),
                   tr("%1, %2").arg(DisplayFormat::integer(last.number), DisplayFormat::dateTime(last.createdAt)));
        page.field(tr("Status"), labelOf(last.status));
    }

    page.heading(tr("Postures of the public actor"));
    if (vm.postures.isEmpty()) {
        page.note(tr("No posture stated."));
    } else {
        for (const PostureStance& stance : vm.postures)
            page.field(labelOf(stance.posture), stance.stance);
    }
    return page.html();
}

QString VadeMecumDetails::groupPage(const Project& project, Kind group)
{
    const VadeMecum& vm = project.vadeMecum();
    QString title;
    QStringList headers;
    QList<QStringList> rows;
    switch (group) {
    case Kind::NeedsGroup:
        title = tr("Priority needs");
        headers = {tr("Need"), tr("Domain"), tr("Priority")};
        for (const Need& need : vm.needs)
            rows.append({DisplayFormat::name(need.title), labelOf(need.domain), labelOf(need.priority)});
        break;
    case Kind::PrinciplesGroup:
        title = tr("Principles");
        headers = {tr("Principle"), tr("Description")};
        for (const Principle& principle : vm.principles)
            rows.append({DisplayFormat::name(principle.title), principle.description});
        break;
    case Kind::FieldsGroup:
        title = tr("Fields of attention");
        headers = {tr("Field"), tr("Family")};
        for (const FieldOfAttention& field : vm.fields)
            rows.append({DisplayFormat::name(field.title), labelOf(field.family)});
        break;
    case Kind::ResourcesGroup:
        title = tr("Resources offered");
        headers = {tr("Resource"), tr("Kind"), tr("Conditions")};
        for (const Resource& resource : vm.resources)
            rows.append({DisplayFormat::name(resource.title), labelOf(resource.kind),
                         resource.conditions.join(QLatin1Char('\n'))});
        break;
    case Kind::PosturesGroup:
        title = tr("Postures of the public actor");
        headers = {tr("Posture"), tr("Stance")};
        for (const PostureStance& stance : vm.postures)
            rows.append({labelOf(stance.posture), stance.stance});
        break;
    case Kind::FreeSectionsGroup:
        title = tr("Free sections");
        headers = {tr("Section"), tr("Text")};
        for (const FreeSection& section : vm.sections)
            rows.append({DisplayFormat::name(section.title), section.body});
        break;
    case Kind::QuestionnaireGroup:
        title = tr("Operator questionnaire");
        headers = {tr("Section"), tr("Questions"), tr("Scored")};
        for (const QuestionnaireSection& section : project.questionnaire().sections) {
            int scored = 0;
            for (const Question& question : section.questions)
                scored += question.scored ? 1 : 0;
            rows.append({DisplayFormat::name(section.title), DisplayFormat::integer(section.questions.size()),
                         DisplayFormat::integer(scored)});
        }
        break;
    case Kind::RevisionsGroup:
        title = tr("Revisions of the vade-mecum");
        headers = {tr("Revision"), tr("Date"), tr("Author"), tr("Status")};
        for (const VadeMecumRevision& revision : project.revisions())
            rows.append({DisplayFormat::integer(revision.number), DisplayFormat::dateTime(revision.createdAt),
                         revision.author, labelOf(revision.status)});
        break;
    default:
        return {};
    }
    DetailsPage page(title);
    if (rows.isEmpty())
        page.note(tr("Nothing here yet."));
    else
        page.table(headers, rows);
    return page.html();
}

QString VadeMecumDetails::itemPage(const Project& project, const ProjectItemRef& item)
{
    const VadeMecum& vm = project.vadeMecum();
    switch (item.kind) {
    case Kind::Need:
        if (const Need* need = findById(vm.needs, item.id)) {
            DetailsPage page(DisplayFormat::name(need->title), tr("Priority need"));
            page.field(tr("Domain"), labelOf(need->domain));
            page.field(tr("Priority"), labelOf(need->priority));
            page.field(tr("Description"), need->description);
            addServedBy(page, project, LinkTarget::Need, need->id);
            return page.html();
        }
        break;
    case Kind::Principle:
        if (const Principle* principle = findById(vm.principles, item.id)) {
            DetailsPage page(DisplayFormat::name(principle->title), tr("Principle"));
            page.field(tr("Description"), principle->description);
            addServedBy(page, project, LinkTarget::Principle, principle->id);
            return page.html();
        }
        break;
    case Kind::Field:
        if (const FieldOfAttention* field = findById(vm.fields, item.id)) {
            DetailsPage page(DisplayFormat::name(field->title), tr("Field of attention"));
            page.field(tr("Family"), labelOf(field->family));
            page.field(tr("Description"), field->description);
            addServedBy(page, project, LinkTarget::Field, field->id);
            return page.html();
        }
        break;
    case Kind::Resource:
        if (const Resource* resource = findById(vm.resources, item.id)) {
            DetailsPage page(DisplayFormat::name(resource->title), tr("Resource offered to operators"));
            page.field(tr("Kind"), labelOf(resource->kind));
            page.field(tr("Description"), resource->description);
            page.heading(tr("Conditions"));
            if (resource->conditions.isEmpty())
                page.note(tr("No condition."));
            else
                page.bulletList(resource->conditions);
            return page.html();
        }
        break;
    case Kind::PostureStance:
        for (const PostureStance& stance : vm.postures)
            if (static_cast<EntityId>(stance.posture) == item.id) {
                DetailsPage page(labelOf(stance.posture), tr("Posture of the public actor"));
                page.paragraph(stance.stance);
                return page.html();
            }
        break;
    case Kind::FreeSection:
        if (const FreeSection* section = findById(vm.sections, item.id)) {
            DetailsPage page(DisplayFormat::name(section->title), tr("Section of the vade-mecum"));
            page.paragraph(section->body);
            return page.html();
        }
        break;
    default:
        break;
    }
    return {};
}

QString VadeMecumDetails::questionnaireSectionPage(const Project& project, EntityId id)
{
    const QuestionnaireSection* section = findById(project.questionnaire().sections, id);
    if (!section)
        return {};
    DetailsPage page(DisplayFormat::name(section->title), tr("Section of the operator questionnaire"));
    if (section->questions.isEmpty()) {
        page.note(tr("No question in this section."));
        return page.html();
    }
    QList<QStringList> rows;
    for (const Question& question : section->questions) {
        QStringList links;
        if (const Need* need = findById(project.vadeMecum().needs, question.needId))
            links.append(tr("Need: %1").arg(DisplayFormat::name(need->title)));
        if (const FrameworkNode* objective = project.framework().find(question.objectiveId))
            links.append(tr("Objective: %1").arg(FrameworkDetails::codeAndName(*objective)));
        rows.append({question.text, questionShape(question),
                     question.scored ? tr("yes, weight %1").arg(DisplayFormat::number(question.weight)) : tr("no"),
                     links.join(QLatin1Char('\n'))});
    }
    page.table({tr("Question"), tr("Answer"), tr("Scored"), tr("Linked to")}, rows);
    return page.html();
}

QString VadeMecumDetails::revisionPage(const Project& project, EntityId id)
{
    const VadeMecumRevision* revision = findById(project.revisions(), id);
    if (!revision)
        return {};
    DetailsPage page(tr("Revision %1").arg(revision->number), tr("Revision of the vade-mecum"));
    page.field(tr("Recorded"), DisplayFormat::dateTime(revision->createdAt));
    page.field(tr("Author"), revision->author);
    page.field(tr("Status"), labelOf(revision->status));
    page.field(tr("Validated by"), revision->validatedBy);
    page.field(tr("Validated on"), DisplayFormat::date(revision->validatedOn));
    page.field(tr("Summary"), revision->summary);
    return page.html();
}

} // namespace balise::ui
