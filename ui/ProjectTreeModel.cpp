#include "ProjectTreeModel.h"

#include "DisplayFormat.h"
#include "MeasurementCoverage.h"
#include "Project.h"
#include "ProjectSummary.h"

#include <QFont>
#include <QHash>

namespace balise::ui {

using Kind = ProjectItemRef::Kind;

struct ProjectTreeModel::Node
{
    ProjectItemRef ref;
    QString text;
    QString weight;
    QString toolTip;
    Node* parent = nullptr;
    int row = 0;
    std::vector<Node*> children;
};

ProjectTreeModel::ProjectTreeModel(QObject* parent) : QAbstractItemModel(parent)
{
    rebuild();
}

ProjectTreeModel::~ProjectTreeModel() = default;

void ProjectTreeModel::setProject(const Project* project)
{
    if (project == m_project)
        return;
    disconnect(m_changedConnection);
    disconnect(m_destroyedConnection);
    beginResetModel();
    m_project = project;
    rebuild();
    endResetModel();
    if (project) {
        m_changedConnection = connect(project, &Project::changed, this, &ProjectTreeModel::onProjectChanged);
        // A project destroyed under the model (its document closed first) must not leave rows pointing
        // at nothing: the model empties itself.
        m_destroyedConnection = connect(project, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_project = nullptr;
            rebuild();
            endResetModel();
        });
    }
}

void ProjectTreeModel::onProjectChanged(const ProjectChange& change)
{
    // Settings and the file's state show nowhere in the tree.
    if (change.subject == ProjectChange::Subject::Settings || change.subject == ProjectChange::Subject::File)
        return;
    beginResetModel();
    rebuild();
    endResetModel();
}

ProjectTreeModel::Node& ProjectTreeModel::addNode(Node& parent, ProjectItemRef ref, QString text)
{
    auto node = std::make_unique<Node>();
    node->ref = ref;
    node->text = std::move(text);
    node->parent = &parent;
    node->row = static_cast<int>(parent.children.size());
    parent.children.push_back(node.get());
    m_nodes.push_back(std::move(node));
    return *m_nodes.back();
}

void ProjectTreeModel::rebuild()
{
    m_nodes.clear();
    m_nodes.push_back(std::make_unique<Node>());
    m_root = m_nodes.front().get();
    if (!m_project)
        return;
    addVadeMecum(*m_root);
    addFramework(*m_root);
    addServices(*m_root);
    addPeriods(*m_root);
    addMeasurements(*m_root);
    Node& results = addNode(*m_root, {Kind::ResultsSection, NoId}, tr("Scores and comparison"));
    addNode(results, {Kind::Scorecard, NoId}, tr("Scorecard of a service"));
    addNode(results, {Kind::Sensitivity, NoId}, tr("Sensitivity to the weights"));
    addNode(results, {Kind::UncertaintyAnalysis, NoId}, tr("Robustness of the ranking"));
    addNode(results, {Kind::QualityAudit, NoId}, tr("Quality of the indicators"));
    addImpactAccounts(*m_root);
    Node& reports = addNode(*m_root, {Kind::ReportsSection, NoId}, tr("Reports"));
    addNode(reports, {Kind::Report, 1}, tr("Scorecard of a service"));
    addNode(reports, {Kind::Report, 2}, tr("Comparison of services"));
    addNode(reports, {Kind::Report, 3}, tr("Vade-mecum and framework"));
    addNode(reports, {Kind::Report, 4}, tr("Evolution of a service"));
    addNode(reports, {Kind::Report, 5}, tr("Impact accounts"));
}

void ProjectTreeModel::addVadeMecum(Node& root)
{
    const VadeMecum& vm = m_project->vadeMecum();
    Node& section = addNode(root, {Kind::VadeMecumSection, NoId},
                            tr("Vade-mecum (%1, %2)")
                                .arg(tr("%n need(s)", nullptr, static_cast<int>(vm.needs.size())),
                                     tr("%n principle(s)", nullptr, static_cast<int>(vm.principles.size()))));

    Node& needs = addNode(section, {Kind::NeedsGroup, NoId}, tr("Priority needs (%1)").arg(vm.needs.size()));
    for (const Need& need : vm.needs) {
        Node& node = addNode(needs, {Kind::Need, need.id},
                             tr("%1 — %2").arg(DisplayFormat::name(need.title), labelOf(need.domain)));
        node.toolTip = tr("%1 priority").arg(labelOf(need.priority));
    }
    Node& principles = addNode(section, {Kind::PrinciplesGroup, NoId}, tr("Principles (%1)").arg(vm.principles.size()));
    for (const Principle& principle : vm.principles)
        addNode(principles, {Kind::Principle, principle.id}, DisplayFormat::name(principle.title));
    Node& fields = addNode(section, {Kind::FieldsGroup, NoId}, tr("Fields of attention (%1)").arg(vm.fields.size()));
    for (const FieldOfAttention& field : vm.fields)
        addNode(fields, {Kind::Field, field.id},
                tr("%1 — %2").arg(DisplayFormat::name(field.title), labelOf(field.family)));
    Node& resources =
        addNode(section, {Kind::ResourcesGroup, NoId}, tr("Resources offered (%1)").arg(vm.resources.size()));
    for (const Resource& resource : vm.resources)
        addNode(resources, {Kind::Resource, resource.id},
                tr("%1 — %2").arg(DisplayFormat::name(resource.title), labelOf(resource.kind)));
    Node& postures = addNode(section, {Kind::PosturesGroup, NoId}, tr("Postures (%1)").arg(vm.postures.size()));
    for (const PostureStance& stance : vm.postures)
        addNode(postures, {Kind::PostureStance, static_cast<EntityId>(stance.posture)}, labelOf(stance.posture));
    Node& sections =
        addNode(section, {Kind::FreeSectionsGroup, NoId}, tr("Free sections (%1)").arg(vm.sections.size()));
    for (const FreeSection& free : vm.sections)
        addNode(sections, {Kind::FreeSection, free.id}, DisplayFormat::name(free.title));

    const Questionnaire& questionnaire = m_project->questionnaire();
    int questionCount = 0;
    for (const QuestionnaireSection& qs : questionnaire.sections)
        questionCount += static_cast<int>(qs.questions.size());
    Node& questions = addNode(section, {Kind::QuestionnaireGroup, NoId},
                              tr("Operator questionnaire (%1)").arg(tr("%n question(s)", nullptr, questionCount)));
    for (const QuestionnaireSection& qs : questionnaire.sections)
        addNode(questions, {Kind::QuestionnaireSection, qs.id},
                tr("%1 (%2)").arg(DisplayFormat::name(qs.title), DisplayFormat::integer(qs.questions.size())));

    const auto& revisionList = m_project->revisions();
    Node& revisions = addNode(section, {Kind::RevisionsGroup, NoId}, tr("Revisions (%1)").arg(revisionList.size()));
    for (const VadeMecumRevision& revision : revisionList) {
        Node& node = addNode(revisions, {Kind::Revision, revision.id},
                             tr("Revision %1 — %2").arg(revision.number).arg(labelOf(revision.status)));
        node.toolTip = DisplayFormat::dateTime(revision.createdAt);
    }
}

void ProjectTreeModel::addFramework(Node& root)
{
    const Framework& framework = m_project->framework();
    const ProjectSummary summary = ProjectSummary::of(m_project->data(), 0);
    Node& section = addNode(root, {Kind::FrameworkSection, NoId},
                            tr("Framework (%1, %2)")
                                .arg(tr("%n objective(s)", nullptr, summary.objectives),
                                     tr("%n indicator(s)", nullptr, summary.indicators)));
    // Parents come before their children in depth-first order, so every parent's row exists when a
    // child is added; no recursion, whatever the depth of the tree.
    QHash<EntityId, Node*> rowOf;
    for (const FrameworkNode* fn : framework.depthFirst()) {
        Node* parent = fn->parentId == NoId ? &section : rowOf.value(fn->parentId, &section);
        const QString text = fn->code.isEmpty() ? DisplayFormat::name(fn->name)
                                                : tr("%1 %2").arg(fn->code, DisplayFormat::name(fn->name));
        Node& node = addNode(*parent, {Kind::FrameworkNode, fn->id}, text);
        node.weight = DisplayFormat::number(fn->weight);
        node.toolTip = tr("%1 — %2").arg(labelOf(fn->kind), text);
        rowOf.insert(fn->id, &node);
    }
}

void ProjectTreeModel::addServices(Node& root)
{
    const auto& services = m_project->services();
    Node& section = addNode(root, {Kind::ServicesSection, NoId}, tr("Data services (%1)").arg(services.size()));
    addNode(section, {Kind::Destabilisation, NoId}, tr("Destabilisation radar"));
    for (const DataService& service : services) {
        Node& node = addNode(section, {Kind::Service, service.id}, DisplayFormat::name(service.name));
        node.toolTip = service.operatorName;
    }
}

void ProjectTreeModel::addPeriods(Node& root)
{
    const auto& periods = m_project->periods();
    Node& section = addNode(root, {Kind::PeriodsSection, NoId}, tr("Periods (%1)").arg(periods.size()));
    for (const Period& period : periods) {
        Node& node = addNode(section, {Kind::Period, period.id}, DisplayFormat::name(period.label));
        node.toolTip = tr("%1 to %2").arg(DisplayFormat::date(period.start), DisplayFormat::date(period.end));
    }
}

void ProjectTreeModel::addMeasurements(Node& root)
{
    // Counts as "%Ln" so that they get the locale's digit grouping and the translation's plural forms.
    const auto counts = [](const MeasurementCoverage& coverage) {
        return tr("%1, %2").arg(tr("%Ln value(s)", nullptr, static_cast<int>(coverage.present)),
                                tr("%Ln missing", nullptr, static_cast<int>(coverage.missing())));
    };
    Node& section = addNode(root, {Kind::MeasurementsSection, NoId},
                            tr("Measurements (%1)").arg(counts(MeasurementCoverage::ofProject(*m_project))));
    const auto byPeriod = MeasurementCoverage::byPeriod(*m_project);
    for (const Period& period : m_project->periods())
        addNode(section, {Kind::PeriodMeasurements, period.id},
                tr("%1: %2").arg(DisplayFormat::name(period.label), counts(byPeriod.value(period.id))));
}

void ProjectTreeModel::addImpactAccounts(Node& root)
{
    const auto& accounts = m_project->impactAccounts();
    Node& section = addNode(root, {Kind::ImpactAccountsSection, NoId}, tr("Impact accounts (%1)").arg(accounts.size()));
    for (const ImpactAccount& account : accounts)
        addNode(section, {Kind::ImpactAccount, account.id}, DisplayFormat::name(account.name));
}

ProjectTreeModel::Node* ProjectTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root;
}

ProjectItemRef ProjectTreeModel::itemAt(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this ? nodeOf(index)->ref : ProjectItemRef();
}

QModelIndex ProjectTreeModel::indexOf(const ProjectItemRef& ref) const
{
    if (!ref.isValid())
        return {};
    for (const auto& node : m_nodes)
        if (node.get() != m_root && node->ref == ref)
            return createIndex(node->row, NameColumn, node.get());
    return {};
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || parent.column() > 0)
        return {};
    const Node* parentNode = nodeOf(parent);
    if (row >= static_cast<int>(parentNode->children.size()))
        return {};
    return createIndex(row, column, parentNode->children[static_cast<size_t>(row)]);
}

QModelIndex ProjectTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Node* parentNode = nodeOf(child)->parent;
    if (!parentNode || parentNode == m_root)
        return {};
    return createIndex(parentNode->row, NameColumn, parentNode);
}

int ProjectTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int ProjectTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ProjectTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? node->text : node->weight;
    case Qt::ToolTipRole:
        // The full text, for names the column is too narrow to show whole.
        return DisplayFormat::toolTip(node->toolTip.isEmpty() ? node->text
                                                              : tr("%1\n%2").arg(node->text, node->toolTip));
    case Qt::TextAlignmentRole:
        if (index.column() == WeightColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (node->parent == m_root) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ItemRefRole:
        return QVariant::fromValue(node->ref);
    case ItemKindRole:
        return static_cast<int>(node->ref.kind);
    case EntityIdRole:
        return node->ref.id;
    default:
        return {};
    }
}

QVariant ProjectTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Project");
    case WeightColumn:
        return tr("Weight");
    default:
        return {};
    }
}

} // namespace balise::ui
