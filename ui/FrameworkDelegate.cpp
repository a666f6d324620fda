#include "FrameworkDelegate.h"

#include "DisplayFormat.h"
#include "Enums.h"
#include "FrameworkModel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace balise::ui {
namespace {

bool isNumberColumn(int column)
{
    return column == FrameworkModel::Weight || column == FrameworkModel::Baseline || column == FrameworkModel::Target;
}

} // namespace

QWidget* FrameworkDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    if (index.column() == FrameworkModel::Direction) {
        auto* box = new QComboBox(parent);
        for (balise::Direction direction : allValues<balise::Direction>())
            box->addItem(labelOf(direction), static_cast<int>(direction));
        return box;
    }
    if (index.column() == FrameworkModel::Actions)
        return new QPlainTextEdit(parent);
    if (isNumberColumn(index.column()) || index.column() == FrameworkModel::Name ||
        index.column() == FrameworkModel::Code || index.column() == FrameworkModel::Unit ||
        index.column() == FrameworkModel::Owner)
        return new QLineEdit(parent);
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void FrameworkDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        box->setCurrentIndex(box->findData(value.toInt()));
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
        text->setPlainText(value.toString());
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        // Numbers in the user's locale and in full, as they will be read back.
        const bool number = value.typeId() == QMetaType::Double;
        line->setText(number ? DisplayFormat::number(value.toDouble()) : value.toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void FrameworkDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor))
        model->setData(index, box->currentData());
    else if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
        model->setData(index, text->toPlainText());
    else if (auto* line = qobject_cast<QLineEdit*>(editor))
        model->setData(index, line->text());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

void FrameworkDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                             const QModelIndex& index) const
{
    if (qobject_cast<QPlainTextEdit*>(editor)) {
        // Room for a few actions, one per line.
        QRect rect = option.rect;
        rect.setHeight(std::max(rect.height() * 4, 96));
        rect.setWidth(std::max(rect.width(), 320));
        editor->setGeometry(rect);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

void FrameworkDelegate::finishEditing(QWidget* editor)
{
    Q_EMIT commitData(editor);
    Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
}

} // namespace balise::ui
