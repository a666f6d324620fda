#include "EditorWidgets.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QMessageBox>

namespace balise::ui::EditorWidgets {

QLabel* title(QWidget* parent, double scale)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* refusalLine(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #a61b1b; padding: 2px 4px;"));
    label->hide();
    return label;
}

std::function<bool(const QString&)> askBeforeRemoving(QWidget* parent)
{
    return [parent](const QString& question) {
        QMessageBox box(QMessageBox::Question, QCoreApplication::translate("EditorWidgets", "Remove"), question,
                        QMessageBox::Yes | QMessageBox::Cancel, parent);
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::Cancel);
        return box.exec() == QMessageBox::Yes;
    };
}

void refill(QComboBox* box, const QStringList& entries, bool preferLast)
{
    const QString current = box->currentText();
    box->clear();
    box->addItems(entries);
    const int again = box->findText(current);
    box->setCurrentIndex(again >= 0 ? again : (preferLast ? box->count() - 1 : 0));
}

} // namespace balise::ui::EditorWidgets
