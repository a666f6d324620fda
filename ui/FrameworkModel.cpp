#include "FrameworkModel.h"

#include "DisplayFormat.h"
#include "Project.h"
#include "ProjectChange.h"
#include "ProjectDocument.h"
#include "TypedNumber.h"
#include "commands/FrameworkCommands.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

namespace balise::ui {
namespace {

const QString nodeMimeType = QStringLiteral("application/x-balise-framework-node");

} // namespace

FrameworkModel::FrameworkModel(QObject* parent) : QAbstractItemModel(parent)
{}

FrameworkModel::~FrameworkModel() = default;

ProjectDocument* FrameworkModel::document() const
{
    return m_document;
}

void FrameworkModel::setDocument(ProjectDocument* document)
{
    if (m_document)
        disconnect(&m_document->project(), nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(&m_document->project(), &Project::changed, this, &FrameworkModel::follow);
        // The document may go first (the window closes the project): show nothing from then on.
        connect(m_document, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_children.clear();
            m_parentOf.clear();
            endResetModel();
        });
    }
    rebuild();
}

void FrameworkModel::rebuild()
{
    beginResetModel();
    m_children.clear();
    m_parentOf.clear();
    m_children.insert(NoId, {});
    if (m_document)
        for (const FrameworkNode* top : m_document->project().framework().children(NoId)) {
            m_children[NoId].append(top->id);
            m_parentOf.insert(top->id, NoId);
            shapeSubtree(top->id);
        }
    endResetModel();
}

void FrameworkModel::shapeSubtree(EntityId id)
{
    QList<EntityId>& children = m_children[id];
    children.clear();
    for (const FrameworkNode* child : m_document->project().framework().children(id)) {
        children.append(child->id);
        m_parentOf.insert(child->id, id);
        shapeSubtree(child->id);
    }
}

void FrameworkModel::forgetSubtree(EntityId id)
{
    for (EntityId child : m_children.take(id)) {
        m_parentOf.remove(child);
        forgetSubtree(child);
    }
}

bool FrameworkModel::shapeMatchesUnder(EntityId parent) const
{
    const auto actual = m_document->project().framework().children(parent);
    const QList<EntityId>& shown = m_children.value(parent);
    if (actual.size() != shown.size())
        return false;
    for (qsizetype i = 0; i < shown.size(); ++i)
        if (actual[i]->id != shown[i])
            return false;
    return true;
}

void FrameworkModel::follow(const ProjectChange& change)
{
    using Subject = ProjectChange::Subject;
    using Operation = ProjectChange::Operation;
    if (change.subject == Subject::File) {
        // Read-only state may have changed: every flag with it.
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    if (change.subject != Subject::Framework)
        return;
    const Framework& framework = m_document->project().framework();
    auto siblingsChanged = [this](EntityId parent) {
        // A weight moves every sibling's share; a node's own row may have changed anything.
        const int rows = static_cast<int>(m_children.value(parent).size());
        if (rows > 0)
            Q_EMIT dataChanged(index(0, 0, indexOf(parent)), index(rows - 1, ColumnCount - 1, indexOf(parent)));
    };

    switch (change.operation) {
    case Operation::Updated: {
        const FrameworkNode* node = framework.find(change.id);
        if (!node || !m_parentOf.contains(change.id) || m_parentOf.value(change.id) != node->parentId ||
            !shapeMatchesUnder(node->parentId))
            return rebuild();
        siblingsChanged(node->parentId);
        return;
    }
    case Operation::Added: {
        const FrameworkNode* node = framework.find(change.id);
        if (!node || m_parentOf.contains(change.id) || (node->parentId != NoId && !m_parentOf.contains(node->parentId)))
            return rebuild();
        const int row = framework.rowOf(change.id);
        const EntityId parent = node->parentId;
        if (row < 0 || row > m_children.value(parent).size())
            return rebuild();
        beginInsertRows(indexOf(parent), row, row);
        m_children[parent].insert(row, change.id);
        m_parentOf.insert(change.id, parent);
        shapeSubtree(change.id);
        endInsertRows();
        if (!shapeMatchesUnder(parent))
            return rebuild();
        siblingsChanged(parent);
        return;
    }
    case Operation::Removed: {
        if (!m_parentOf.contains(change.id))
            return rebuild();
        const EntityId parent = m_parentOf.value(change.id);
        const int row = static_cast<int>(m_children.value(parent).indexOf(change.id));
        beginRemoveRows(indexOf(parent), row, row);
        m_children[parent].removeAt(row);
        m_parentOf.remove(change.id);
        forgetSubtree(change.id);
        endRemoveRows();
        if (!shapeMatchesUnder(parent))
            return rebuild();
        siblingsChanged(parent);
        return;
    }
    case Operation::Moved: {
        const FrameworkNode* node = framework.find(change.id);
        if (!node || !m_parentOf.contains(change.id))
            return rebuild();
        const EntityId oldParent = m_parentOf.value(change.id);
        const int oldRow = static_cast<int>(m_children.value(oldParent).indexOf(change.id));
        const EntityId newParent = node->parentId;
        const int newRow = framework.rowOf(change.id);
        if (oldParent == newParent && oldRow == newRow)
            return;
        // beginMoveRows counts the destination before the move: past the old row, one more.
        const int destination = oldParent == newParent && newRow > oldRow ? newRow + 1 : newRow;
        if (!beginMoveRows(indexOf(oldParent), oldRow, oldRow, indexOf(newParent), destination))
            return rebuild();
        m_children[oldParent].removeAt(oldRow);
        m_children[newParent].insert(newRow, change.id);
        m_parentOf.insert(change.id, newParent);
        endMoveRows();
        if (!shapeMatchesUnder(oldParent) || !shapeMatchesUnder(newParent))
            return rebuild();
        siblingsChanged(oldParent);
        if (newParent != oldParent)
            siblingsChanged(newParent);
        return;
    }
    case Operation::Reset:
        return rebuild();
    }
}

QModelIndex FrameworkModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<EntityId> children = m_children.value(idOf(parent));
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex FrameworkModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const EntityId parent = m_parentOf.value(EntityId(child.internalId()), NoId);
    return parent == NoId ? QModelIndex() : indexOf(parent);
}

int FrameworkModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(m_children.value(idOf(parent)).size());
}

int FrameworkModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QModelIndex FrameworkModel::indexOf(EntityId id, int column) const
{
    if (id == NoId || !m_parentOf.contains(id))
        return {};
    const int row = static_cast<int>(m_children.value(m_parentOf.value(id)).indexOf(id));
    return createIndex(row, column, quintptr(id));
}

EntityId FrameworkModel::idOf(const QModelIndex& index) const
{
    return index.isValid() ? EntityId(index.internalId()) : NoId;
}

const FrameworkNode* FrameworkModel::nodeAt(const QModelIndex& index) const
{
    if (!index.isValid() || !m_document)
        return nullptr;
    return m_document->project().framework().find(idOf(index));
}

QVariant FrameworkModel::displayData(const FrameworkNode& node, int column) const
{
    const bool indicator = node.isIndicator();
    switch (column) {
    case Name:
        return DisplayFormat::name(node.name);
    case Code:
        return node.code;
    case Weight:
        return DisplayFormat::number(node.weight);
    case Share: {
        double total = 0.0;
        for (const FrameworkNode* sibling : m_document->project().framework().children(node.parentId))
            total += sibling->weight;
        return total > 0.0 ? DisplayFormat::percent(node.weight / total) : DisplayFormat::none();
    }
    case Direction:
        return indicator ? labelOf(node.indicator.direction) : QString();
    case Unit:
        return indicator ? node.indicator.unit : QString();
    case Baseline:
        return indicator ? DisplayFormat::number(node.indicator.baseline) : QString();
    case Target:
        return indicator ? DisplayFormat::number(node.indicator.target) : QString();
    case Owner:
        return node.owner;
    case Actions:
        // One line per action in the grid; the full text is in the editor and the tooltip.
        return QString(node.actions).replace(QLatin1Char('\n'), QStringLiteral(" · "));
    }
    return {};
}

QVariant FrameworkModel::editData(const FrameworkNode& node, int column) const
{
    switch (column) {
    case Name:
        return node.name;
    case Weight:
        return node.weight;
    case Direction:
        return static_cast<int>(node.indicator.direction);
    case Baseline:
        return node.indicator.baseline ? QVariant(*node.indicator.baseline) : QVariant(QString());
    case Target:
        return node.indicator.target ? QVariant(*node.indicator.target) : QVariant(QString());
    case Actions:
        return node.actions;
    default:
        return displayData(node, column);
    }
}

QVariant FrameworkModel::data(const QModelIndex& index, int role) const
{
    const FrameworkNode* node = nodeAt(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*node, index.column());
    case Qt::EditRole:
        return editData(*node, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Actions && !node->actions.isEmpty())
            return DisplayFormat::toolTip(node->actions);
        if (index.column() == Name && !node->description.isEmpty())
            return DisplayFormat::toolTip(node->description);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Weight || index.column() == Share || index.column() == Baseline ||
            index.column() == Target)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NodeIdRole:
        return QVariant::fromValue(node->id);
    case NodeKindRole:
        return static_cast<int>(node->kind);
    }
    return {};
}

QVariant FrameworkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Code:
        return tr("Code");
    case Weight:
        return tr("Weight");
    case Share:
        return tr("Share");
    case Direction:
        return tr("Direction");
    case Unit:
        return tr("Unit");
    case Baseline:
        return tr("Baseline");
    case Target:
        return tr("Target");
    case Owner:
        return tr("Owner");
    case Actions:
        return tr("Actions");
    }
    return {};
}

Qt::ItemFlags FrameworkModel::flags(const QModelIndex& index) const
{
    const bool writable = m_document && !m_document->project().isReadOnly();
    if (!index.isValid())
        return writable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    const FrameworkNode* node = nodeAt(index);
    if (!node)
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (!writable)
        return flags;
    flags |= Qt::ItemIsDragEnabled;
    if (!node->isIndicator())
        flags |= Qt::ItemIsDropEnabled;
    const bool indicatorColumn =
        index.column() == Direction || index.column() == Unit || index.column() == Baseline || index.column() == Target;
    if (index.column() != Share && (!indicatorColumn || node->isIndicator()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool FrameworkModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const FrameworkNode* node = nodeAt(index);
    if (role != Qt::EditRole || !node || !(flags(index) & Qt::ItemIsEditable))
        return false;
    return edit(*node, index.column(), value);
}

bool FrameworkModel::edit(const FrameworkNode& before, int column, const QVariant& value)
{
    FrameworkNode after = before;
    auto refuse = [this](const QString& reason) {
        m_lastRefusal = reason;
        Q_EMIT m_document->editRefused(reason);
        return false;
    };
    switch (column) {
    case Name:
        after.name = value.toString().trimmed();
        break;
    case Code:
        after.code = value.toString().trimmed();
        break;
    case Weight: {
        const auto weight = TypedNumber::read(value);
        if (!weight || !*weight)
            return refuse(tr("A weight is a number of 0 or more, such as 2 or 0.5."));
        after.weight = **weight;
        break;
    }
    case Direction: {
        bool ok = false;
        const int direction = value.toInt(&ok);
        if (!ok || direction < 0 || direction > static_cast<int>(Direction::TargetBand))
            return refuse(tr("Choose whether higher or lower values are better, or a target band."));
        after.indicator.direction = static_cast<balise::Direction>(direction);
        break;
    }
    case Unit:
        after.indicator.unit = value.toString().trimmed();
        break;
    case Baseline:
    case Target: {
        const auto number = TypedNumber::read(value);
        if (!number)
            return refuse(tr("\"%1\" is not a number.").arg(value.toString()));
        (column == Baseline ? after.indicator.baseline : after.indicator.target) = *number;
        break;
    }
    case Owner:
        after.owner = value.toString().trimmed();
        break;
    case Actions:
        after.actions = value.toString();
        break;
    default:
        return false;
    }
    if (after == before) {
        m_lastRefusal.clear();
        return true;
    }
    m_lastRefusal = m_document->execute(std::make_unique<EditNodeCommand>(*m_document, before, after, column));
    return m_lastRefusal.isEmpty();
}

Qt::DropActions FrameworkModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList FrameworkModel::mimeTypes() const
{
    return {nodeMimeType};
}

QMimeData* FrameworkModel::mimeData(const QModelIndexList& indexes) const
{
    // One node is dragged at a time: the first selected row's.
    for (const QModelIndex& index : indexes)
        if (index.isValid()) {
            QByteArray encoded;
            QDataStream stream(&encoded, QIODevice::WriteOnly);
            stream << qint64(idOf(index));
            auto* data = new QMimeData;
            data->setData(nodeMimeType, encoded);
            return data;
        }
    return nullptr;
}

EntityId FrameworkModel::dropTarget(const QMimeData* data, const QModelIndex& parent) const
{
    if (!m_document || !data || !data->hasFormat(nodeMimeType))
        return NoId;
    QDataStream stream(data->data(nodeMimeType));
    qint64 id = NoId;
    stream >> id;
    const Framework& framework = m_document->project().framework();
    const FrameworkNode* node = framework.find(EntityId(id));
    const EntityId newParent = idOf(parent.sibling(parent.row(), 0));
    if (!node || (newParent != NoId && framework.isAncestorOrSelf(node->id, newParent)))
        return NoId; // unknown, or onto itself or its own subtree
    if (const FrameworkNode* target = framework.find(newParent); target && target->isIndicator())
        return NoId;
    return node->id;
}

bool FrameworkModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                     const QModelIndex& parent) const
{
    return action == Qt::MoveAction && dropTarget(data, parent) != NoId;
}

bool FrameworkModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int, const QModelIndex& parent)
{
    if (action != Qt::MoveAction)
        return false;
    const EntityId id = dropTarget(data, parent);
    if (id == NoId)
        return false;
    const EntityId newParent = idOf(parent.sibling(parent.row(), 0));
    const Framework& framework = m_document->project().framework();
    int destination = row < 0 ? static_cast<int>(framework.children(newParent).size()) : row;
    // The view counts the row before the node leaves its place; the project after.
    if (framework.find(id)->parentId == newParent && destination > framework.rowOf(id))
        --destination;
    m_lastRefusal = m_document->execute(std::make_unique<MoveNodeCommand>(*m_document, id, newParent, destination));
    // The project's change notification has already moved the row. Returning true would make the view
    // remove the "source" rows itself after a move drop, deleting the node it just moved.
    return false;
}

} // namespace balise::ui
