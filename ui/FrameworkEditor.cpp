#include "FrameworkEditor.h"

#include "EditorWidgets.h"
#include "FrameworkCsvReader.h"
#include "FrameworkCsvWriter.h"
#include "FrameworkDelegate.h"
#include "FrameworkFromVadeMecumDialog.h"
#include "FrameworkModel.h"
#include "FrameworkPaste.h"
#include "IndicatorForm.h"
#include "ItemDetailsView.h"
#include "NodeLinksEditor.h"
#include "Project.h"
#include "ProjectChange.h"
#include "ProjectDocument.h"
#include "WeightsDialog.h"
#include "commands/FrameworkCommands.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace balise::ui {

FrameworkEditor::FrameworkEditor(QWidget* parent)
    : QWidget(parent), m_model(new FrameworkModel(this)), m_view(new QTreeView(this)),
      m_details(new ItemDetailsView(this)), m_indicatorForm(new IndicatorForm(this)),
      m_links(new NodeLinksEditor(this)), m_lower(new QTabWidget(this)),
      m_refusal(EditorWidgets::refusalLine(this, QStringLiteral("frameworkRefusal")))
{
    setObjectName(QStringLiteral("frameworkEditor"));
    auto* toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addObjective = toolBar->addAction(tr("Add objective"), this, &FrameworkEditor::addObjective);
    m_addCriterion = toolBar->addAction(tr("Add criterion"), this, &FrameworkEditor::addCriterion);
    m_addIndicator = toolBar->addAction(tr("Add indicator"), this, &FrameworkEditor::addIndicator);
    toolBar->addSeparator();
    m_remove = toolBar->addAction(tr("Remove"), this, &FrameworkEditor::removeCurrent);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    toolBar->addSeparator();
    m_moveUp = toolBar->addAction(tr("Move up"), this, [this] { moveCurrent(-1); });
    m_moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveUp->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_moveDown = toolBar->addAction(tr("Move down"), this, [this] { moveCurrent(+1); });
    m_moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_moveDown->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    toolBar->addSeparator();
    // Ctrl+C, X and V act on the grid only while it has the focus: the fields keep their own.
    auto gridAction = [this](const QString& text, QKeySequence::StandardKey key, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcuts(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
        return action;
    };
    m_copy = gridAction(tr("Copy"), QKeySequence::Copy, &FrameworkEditor::copyCurrent);
    m_cut = gridAction(tr("Cut"), QKeySequence::Cut, &FrameworkEditor::cutCurrent);
    m_paste = gridAction(tr("Paste"), QKeySequence::Paste, [this] { paste(); });
    m_copy->setToolTip(tr("Copy the selected node and what is under it (Ctrl+C); it pastes into a spreadsheet too"));
    m_paste->setToolTip(tr("Paste nodes copied here, from another project or from a spreadsheet (Ctrl+V)"));
    toolBar->addAction(m_copy);
    toolBar->addAction(m_paste);
    toolBar->addSeparator();
    m_generate = toolBar->addAction(tr("From the vade-mecum…"), this, [this] {
        if (!m_document)
            return;
        FrameworkFromVadeMecumDialog dialog(*m_document, this);
        dialog.exec();
    });
    m_generate->setToolTip(tr("Propose one objective per need or field of attention of the vade-mecum"));
    m_weigh = toolBar->addAction(tr("Weights…"), this, &FrameworkEditor::weighChildren);
    m_weigh->setToolTip(tr("Weigh the children of the selected node by points, a budget, a ranking or pairwise "
                           "comparison (AHP)"));

    m_view->setObjectName(QStringLiteral("frameworkGrid"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new FrameworkDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    // Right-click offers the grid's actions: copy, cut, paste; then removal.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addAction(separator);
    m_view->addAction(m_remove);
    m_view->header()->resizeSection(FrameworkModel::Name, 320);
    for (int column : {FrameworkModel::Code, FrameworkModel::Weight, FrameworkModel::Share, FrameworkModel::Unit,
                       FrameworkModel::Baseline, FrameworkModel::Target})
        m_view->header()->resizeSection(column, 80);
    m_view->header()->resizeSection(FrameworkModel::Direction, 150);
    m_view->header()->resizeSection(FrameworkModel::Owner, 160);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    m_lower->addTab(m_details, tr("Summary"));
    m_lower->addTab(m_indicatorForm, tr("Edit the indicator"));
    m_lower->addTab(m_links, tr("Serves in the vade-mecum"));
    splitter->addWidget(m_lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_refusal);

    m_confirm = EditorWidgets::askBeforeRemoving(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        showDetails();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateActions();
        showDetails();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex& parent) { m_view->expand(parent); });
    updateActions();
}

FrameworkEditor::~FrameworkEditor() = default;

void FrameworkEditor::setDocument(ProjectDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(&m_document->project(), nullptr, this, nullptr);
    }
    m_document = document;
    m_model->setDocument(document);
    m_indicatorForm->setDocument(document);
    m_links->setDocument(document);
    if (m_document) {
        connect(m_document, &ProjectDocument::editRefused, this, &FrameworkEditor::showRefusal);
        connect(&m_document->project(), &Project::changed, this, [this](const ProjectChange& change) {
            m_refusal->hide(); // a change went through: the last refusal is history
            if (change.subject == ProjectChange::Subject::Framework || change.subject == ProjectChange::Subject::File)
                showDetails();
            updateActions();
        });
        connect(m_document, &QObject::destroyed, this, [this] { m_document = nullptr; });
    }
    m_refusal->hide();
    m_view->expandAll();
    updateActions();
    showDetails();
}

void FrameworkEditor::setConfirmation(std::function<bool(const QString&)> confirm)
{
    m_confirm = std::move(confirm);
}

EntityId FrameworkEditor::currentNode() const
{
    return m_model->idOf(m_view->currentIndex());
}

void FrameworkEditor::selectNode(EntityId id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (id != NoId && !index.isValid())
        return;
    m_view->setCurrentIndex(index);
    if (index.isValid())
        m_view->scrollTo(index);
    showDetails();
}

void FrameworkEditor::updateActions()
{
    const bool writable = m_document && !m_document->project().isReadOnly();
    const FrameworkNode* node = m_model->nodeAt(m_view->currentIndex());
    m_addObjective->setEnabled(writable);
    m_addCriterion->setEnabled(writable && node);
    m_addIndicator->setEnabled(writable && node);
    m_remove->setEnabled(writable && node);
    const int row = m_view->currentIndex().row();
    const int siblings = node ? m_model->rowCount(m_view->currentIndex().parent()) : 0;
    m_moveUp->setEnabled(writable && node && row > 0);
    m_moveDown->setEnabled(writable && node && row + 1 < siblings);
    m_weigh->setEnabled(writable && m_model->rowCount() > 0);
    m_copy->setEnabled(node != nullptr);
    m_cut->setEnabled(writable && node);
    m_paste->setEnabled(writable);
    m_generate->setEnabled(writable);
}

void FrameworkEditor::showDetails()
{
    const EntityId id = currentNode();
    if (!m_document) {
        m_details->showItem(nullptr, {});
        return;
    }
    const FrameworkNode* node = m_document->project().framework().find(id);
    const bool indicator = node && node->isIndicator();
    m_indicatorForm->showIndicator(indicator ? id : NoId);
    m_lower->setTabEnabled(1, indicator);
    // Objectives and criteria cite the vade-mecum; an indicator inherits what its parents serve.
    m_links->showNode(node && !indicator ? id : NoId);
    m_lower->setTabEnabled(2, node && !indicator);
    if (indicator && m_lower->currentIndex() == 2)
        m_lower->setCurrentIndex(0);
    if (!indicator && m_lower->currentIndex() == 1)
        m_lower->setCurrentIndex(0);
    m_details->showItem(&m_document->project(), id == NoId
                                                    ? ProjectItemRef{ProjectItemRef::Kind::FrameworkSection, NoId}
                                                    : ProjectItemRef{ProjectItemRef::Kind::FrameworkNode, id});
}

void FrameworkEditor::showRefusal(const QString& message)
{
    m_refusal->setText(message);
    m_refusal->setVisible(!message.isEmpty());
}

QString FrameworkEditor::freeCode(const QString& prefix) const
{
    // The smallest free number: O7 after O1…O6, or the number a removed node left.
    const Framework& framework = m_document->project().framework();
    int n = 1;
    while (framework.findByCode(prefix + QString::number(n)))
        ++n;
    return prefix + QString::number(n);
}

void FrameworkEditor::addNode(int kind, EntityId parent, int row)
{
    FrameworkNode node;
    node.kind = static_cast<NodeKind>(kind);
    node.parentId = parent;
    switch (node.kind) {
    case NodeKind::Objective:
        node.code = freeCode(tr("O", "code prefix of a new objective"));
        node.name = tr("New objective");
        break;
    case NodeKind::Criterion:
        node.code = freeCode(tr("C", "code prefix of a new criterion"));
        node.name = tr("New criterion");
        break;
    case NodeKind::Indicator:
        node.code = freeCode(tr("I", "code prefix of a new indicator"));
        node.name = tr("New indicator");
        break;
    }
    // A cell still being edited is committed first, as clicking elsewhere would do.
    if (QWidget* open = m_view->indexWidget(m_view->currentIndex()))
        static_cast<FrameworkDelegate*>(m_view->itemDelegate())->finishEditing(open);
    auto command = std::make_unique<AddNodeCommand>(*m_document, node, row);
    AddNodeCommand* added = command.get();
    if (!m_document->execute(std::move(command)).isEmpty())
        return;
    // The command now belongs to the undo stack, which keeps it alive.
    const QModelIndex index = m_model->indexOf(added->addedId());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->edit(index); // the user names it at once
}

void FrameworkEditor::addObjective()
{
    if (!m_document)
        return;
    // After the current objective, or last.
    const Framework& framework = m_document->project().framework();
    EntityId top = currentNode();
    while (top != NoId && framework.find(top)->parentId != NoId)
        top = framework.find(top)->parentId;
    addNode(static_cast<int>(NodeKind::Objective), NoId, top == NoId ? -1 : framework.rowOf(top) + 1);
}

void FrameworkEditor::addCriterion()
{
    const FrameworkNode* node = m_model->nodeAt(m_view->currentIndex());
    if (!node)
        return;
    // Under the current objective (or the objective of the current criterion or indicator).
    const Framework& framework = m_document->project().framework();
    const FrameworkNode* objective = node;
    while (objective->kind != NodeKind::Objective && objective->parentId != NoId)
        objective = framework.find(objective->parentId);
    addNode(static_cast<int>(NodeKind::Criterion), objective->id, -1);
}

void FrameworkEditor::addIndicator()
{
    const FrameworkNode* node = m_model->nodeAt(m_view->currentIndex());
    if (!node)
        return;
    // Under the current node, or beside the current indicator.
    const EntityId parent = node->isIndicator() ? node->parentId : node->id;
    const int row = node->isIndicator() ? m_document->project().framework().rowOf(node->id) + 1 : -1;
    addNode(static_cast<int>(NodeKind::Indicator), parent, row);
}

void FrameworkEditor::removeCurrent()
{
    const FrameworkNode* node = m_model->nodeAt(m_view->currentIndex());
    if (!node || !m_document)
        return;
    const Project& project = m_document->project();
    int nodes = 0;
    QSet<EntityId> indicators;
    for (const FrameworkNode* other : project.framework().depthFirst())
        if (project.framework().isAncestorOrSelf(node->id, other->id)) {
            ++nodes;
            if (other->isIndicator())
                indicators.insert(other->id);
        }
    int values = 0;
    for (const Measurement& m : project.measurements())
        values += indicators.contains(m.key.indicatorId);
    if (nodes > 1 || values > 0) {
        QStringList parts;
        if (nodes > 1)
            parts.append(tr("the %n node(s) under it", nullptr, nodes - 1));
        if (values > 0)
            parts.append(tr("%n measurement(s)", nullptr, values));
        const QString question =
            tr("Remove \"%1\" with %2? You can undo it with Ctrl+Z.").arg(node->code, parts.join(tr(" and ")));
        if (!m_confirm(question))
            return;
    }
    const int row = m_view->currentIndex().row();
    const QModelIndex parent = m_view->currentIndex().parent();
    m_document->execute(std::make_unique<RemoveNodeCommand>(*m_document, node->id));
    // The next row, else the previous one, else the parent, stays in hand.
    const int rows = m_model->rowCount(parent);
    if (rows > 0)
        m_view->setCurrentIndex(m_model->index(std::min(row, rows - 1), 0, parent));
    else if (parent.isValid())
        m_view->setCurrentIndex(parent);
}

void FrameworkEditor::copyCurrent()
{
    const FrameworkNode* node = m_model->nodeAt(m_view->currentIndex());
    if (!node || !m_document)
        return;
    // Numbers in the user's notation, so that a spreadsheet in French reads 0,5 as a number.
    const QChar decimal = QLocale().decimalPoint() == QStringLiteral(",") ? QLatin1Char(',') : QLatin1Char('.');
    const QByteArray lines =
        FrameworkCsvWriter::write(m_document->project().framework(), {node->id}, {QLatin1Char('\t'), decimal});
    auto* data = new QMimeData;
    data->setText(QString::fromUtf8(lines));
    data->setData(QStringLiteral("text/tab-separated-values"), lines);
    QGuiApplication::clipboard()->setMimeData(data); // the clipboard takes it
}

void FrameworkEditor::cutCurrent()
{
    if (!m_model->nodeAt(m_view->currentIndex()))
        return;
    copyCurrent();
    removeCurrent();
}

bool FrameworkEditor::paste()
{
    if (!m_document || m_document->project().isReadOnly())
        return false;
    const QMimeData* data = QGuiApplication::clipboard()->mimeData();
    const QByteArray lines = !data ? QByteArray()
                             : data->hasFormat(QStringLiteral("text/tab-separated-values"))
                                 ? data->data(QStringLiteral("text/tab-separated-values"))
                                 : data->text().toUtf8();
    if (lines.trimmed().isEmpty()) {
        showRefusal(tr("The clipboard holds nothing to paste: copy a node of a framework first, or lines of a "
                       "spreadsheet with the header level, code, name."));
        return false;
    }
    const FrameworkImportPlan plan = FrameworkCsvReader::readBytes(lines);
    if (!plan.ok()) {
        showRefusal(tr("Nothing was pasted: the clipboard does not hold framework lines.\n%1")
                        .arg(ImportError::formatAll(plan.errors)));
        return false;
    }
    const FrameworkPaste::Result placed =
        FrameworkPaste::place(m_document->project().framework(), plan.nodes, currentNode());
    if (!placed.ok()) {
        showRefusal(placed.error);
        return false;
    }
    auto command = std::make_unique<PasteNodesCommand>(*m_document, placed.nodes);
    PasteNodesCommand* pasted = command.get();
    if (!m_document->execute(std::move(command)).isEmpty())
        return false;
    // The command now belongs to the undo stack, which keeps it alive.
    if (!pasted->pastedRoots().isEmpty())
        selectNode(pasted->pastedRoots().constFirst());
    if (placed.renamed > 0)
        showRefusal(
            tr("%n code(s) were already taken: the pasted nodes have a suffix (-2, -3…).", nullptr, placed.renamed));
    return true;
}

void FrameworkEditor::weighChildren()
{
    if (!m_document)
        return;
    const FrameworkNode* node = m_model->nodeAt(m_view->currentIndex());
    const EntityId parent =
        !node ? NoId : (m_document->project().framework().children(node->id).isEmpty() ? node->parentId : node->id);
    if (m_document->project().framework().children(parent).size() < 2)
        return; // a single child always has the whole share
    WeightsDialog dialog(*m_document, parent, this);
    dialog.exec();
}

void FrameworkEditor::moveCurrent(int delta)
{
    const FrameworkNode* node = m_model->nodeAt(m_view->currentIndex());
    if (!node || !m_document)
        return;
    const int row = m_document->project().framework().rowOf(node->id) + delta;
    if (row < 0 || row >= m_model->rowCount(m_view->currentIndex().parent()))
        return;
    const EntityId id = node->id;
    m_document->execute(std::make_unique<MoveNodeCommand>(*m_document, id, node->parentId, row));
    selectNode(id);
}

} // namespace balise::ui
