#pragma once

#include "FrameworkImportPlan.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace balise::ui {

class ProjectDocument;

// Framework > From the vade-mecum…: the needs and fields of attention, ticked when no objective cites
// them yet; OK adds one objective per ticked item (FrameworkFromVadeMecum), in one undoable step, for
// the user to complete with criteria and indicators.
class FrameworkFromVadeMecumDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FrameworkFromVadeMecumDialog(ProjectDocument& document, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    // What OK adds: the objectives for the ticked items.
    QList<FrameworkImportNode> proposal() const;
    // Adds them; false (with the reason shown) when nothing is ticked or the project refuses.
    bool apply();

    void accept() override;

private:
    ProjectDocument& m_document;
    QTreeWidget* m_list;
    QLabel* m_refusal;
};

} // namespace balise::ui
