#include "MeasurementSheet.h"

#include "EditorWidgets.h"
#include "MeasurementSheetModel.h"
#include "Project.h"
#include "ProjectChange.h"
#include "ProjectDocument.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace balise::ui {
namespace {

// A table that moves down after Enter, as spreadsheets do (Tab already moves right), and hands the
// clipboard keys to the sheet.
class SheetView : public QTableView
{
public:
    explicit SheetView(MeasurementSheet& sheet) : QTableView(&sheet), m_sheet(sheet) {}

protected:
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override
    {
        QTableView::closeEditor(editor, hint);
        if (hint == QAbstractItemDelegate::SubmitModelCache)
            moveDown();
    }

    void keyPressEvent(QKeyEvent* event) override
    {
        if (event->matches(QKeySequence::Paste)) {
            m_sheet.pasteClipboard();
        } else if (event->matches(QKeySequence::Copy)) {
            m_sheet.copySelection();
        } else if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            m_sheet.clearSelection();
        } else if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
                   state() != QAbstractItemView::EditingState) {
            moveDown();
        } else {
            QTableView::keyPressEvent(event);
            return;
        }
        event->accept();
    }

private:
    void moveDown()
    {
        const QModelIndex current = currentIndex();
        const QModelIndex below = current.sibling(current.row() + 1, current.column());
        if (below.isValid())
            setCurrentIndex(below);
    }

    MeasurementSheet& m_sheet;
};

} // namespace

MeasurementSheet::MeasurementSheet(QWidget* parent)
    : QWidget(parent), m_model(new MeasurementSheetModel(this)), m_periods(new QComboBox(this)),
      m_view(new SheetView(*this)), m_hint(new QLabel(this)),
      m_refusal(EditorWidgets::refusalLine(this, QStringLiteral("sheetRefusal")))
{
    setObjectName(QStringLiteral("measurementSheet"));
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_periods);
    m_periods->setObjectName(QStringLiteral("sheetPeriod"));
    m_periods->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setText(tr("Tab: next indicator · Enter: next service · Ctrl+V: paste from a spreadsheet · NA: "
                       "missing · Delete: clear"));
    m_hint->setStyleSheet(QStringLiteral("color: #555;"));
    auto* top = new QHBoxLayout;
    top->setContentsMargins(6, 6, 6, 6);
    top->addWidget(periodLabel);
    top->addWidget(m_periods);
    top->addSpacing(16);
    top->addWidget(m_hint, 1);

    m_view->setObjectName(QStringLiteral("sheetTable"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setDefaultSectionSize(96);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_refusal);

    connect(m_periods, &QComboBox::activated, this,
            [this](int index) { m_model->setPeriod(m_periods->itemData(index).value<EntityId>()); });
}

MeasurementSheet::~MeasurementSheet() = default;

void MeasurementSheet::setDocument(ProjectDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(&m_document->project(), nullptr, this, nullptr);
    }
    m_document = document;
    m_model->setDocument(document);
    if (m_document) {
        connect(m_document, &ProjectDocument::editRefused, this, &MeasurementSheet::showRefusal);
        connect(&m_document->project(), &Project::changed, this, [this](const ProjectChange& change) {
            m_refusal->hide();
            if (change.subject == ProjectChange::Subject::Periods)
                fillPeriods();
        });
        connect(m_document, &QObject::destroyed, this, [this] { m_document = nullptr; });
    }
    m_refusal->hide();
    fillPeriods();
}

void MeasurementSheet::fillPeriods()
{
    m_periods->clear();
    if (!m_document)
        return;
    for (const Period& period : m_document->project().periods())
        m_periods->addItem(period.label, QVariant::fromValue(period.id));
    m_periods->setCurrentIndex(m_periods->findData(QVariant::fromValue(m_model->period())));
}

void MeasurementSheet::showPeriod(EntityId period)
{
    m_model->setPeriod(period);
    m_periods->setCurrentIndex(m_periods->findData(QVariant::fromValue(m_model->period())));
}

void MeasurementSheet::pasteClipboard()
{
    QModelIndex topLeft = m_view->currentIndex();
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    for (const QModelIndex& index : selected)
        if (index.row() < topLeft.row() || (index.row() == topLeft.row() && index.column() < topLeft.column()))
            topLeft = index;
    m_model->paste(topLeft, QApplication::clipboard()->text());
}

void MeasurementSheet::copySelection() const
{
    QApplication::clipboard()->setText(m_model->copy(m_view->selectionModel()->selectedIndexes()));
}

void MeasurementSheet::clearSelection()
{
    m_model->clear(m_view->selectionModel()->selectedIndexes());
}

void MeasurementSheet::showRefusal(const QString& message)
{
    m_refusal->setText(message);
    m_refusal->setVisible(!message.isEmpty());
}

} // namespace balise::ui
