#pragma once

#include <QString>
#include <functional>

class QComboBox;
class QLabel;
class QWidget;

// Small pieces every editor and view of the workbench builds the same way.
namespace balise::ui::EditorWidgets {

// The bold title at the top of an editor, showing user text as plain text.
QLabel* title(QWidget* parent, double scale = 1.4);

// The line under an editor that says why an edit was refused (hidden until then).
QLabel* refusalLine(QWidget* parent, const QString& objectName);

// The question asked before a removal that takes other things with it (measurements, a subtree):
// a question box with Cancel as the default. Editors let tests replace it.
std::function<bool(const QString& question)> askBeforeRemoving(QWidget* parent);

// Refills a choice list, keeping the current entry when it is still there; otherwise the first entry,
// or the last with `preferLast` (the latest period).
void refill(QComboBox* box, const QStringList& entries, bool preferLast);

} // namespace balise::ui::EditorWidgets
