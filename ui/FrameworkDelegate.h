#pragma once

#include <QStyledItemDelegate>

namespace balise::ui {

// Editors of the framework grid's cells: a list of the three directions, a plain line for numbers (so
// that "12,5" and "12.5" can both be typed, and an empty cell means no value — Qt's spin box would
// force two decimals and a maximum of 99.99), a multi-line box for the actions. The model checks and
// refuses what is typed.
class FrameworkDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;

    // Commits what `editor` holds and closes it, as leaving the cell would: the editor asks this before
    // it starts another edit (a view edits one cell at a time).
    void finishEditing(QWidget* editor);
};

} // namespace balise::ui
