#include "PostureEditor.h"

#include "EditorWidgets.h"
#include "Project.h"
#include "ProjectChange.h"
#include "ProjectDocument.h"
#include "commands/VadeMecumCommands.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace balise::ui {

PostureEditor::PostureEditor(QWidget* parent)
    : QWidget(parent), m_refusal(EditorWidgets::refusalLine(this, QStringLiteral("postureRefusal")))
{
    setObjectName(QStringLiteral("postureEditor"));
    QLabel* heading = EditorWidgets::title(this);
    heading->setText(tr("Postures of the public actor"));
    auto* intro = new QLabel(tr("Which roles the territory takes towards the data services, and how: as the one who "
                                "sets the rules, who buys data, who re-uses it, who invests, who builds commons."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    auto* grid = new QGridLayout;
    int row = 0;
    for (Posture posture : allValues<Posture>()) {
        auto* box = new QCheckBox(labelOf(posture), this);
        box->setProperty("posture", static_cast<int>(posture));
        auto* stance = new QLineEdit(this);
        stance->setPlaceholderText(tr("How the territory takes this posture"));
        grid->addWidget(box, row, 0);
        grid->addWidget(stance, row, 1);
        m_boxes.append(box);
        m_stances.append(stance);
        connect(box, &QCheckBox::toggled, this, [this, row] { commit(row, false); });
        connect(stance, &QLineEdit::editingFinished, this, [this, row] { commit(row, true); });
        ++row;
    }
    grid->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(grid);
    layout->addWidget(m_refusal);
    layout->addStretch(1);
    load();
}

void PostureEditor::setDocument(ProjectDocument* document)
{
    if (m_document)
        disconnect(&m_document->project(), nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(&m_document->project(), &Project::changed, this, [this](const ProjectChange& change) {
            if (change.subject == ProjectChange::Subject::VadeMecum || change.subject == ProjectChange::Subject::File)
                load();
        });
        connect(m_document, &QObject::destroyed, this, [this] { m_document = nullptr; });
    }
    load();
}

void PostureEditor::load()
{
    m_loading = true;
    const bool writable = m_document && !m_document->project().isReadOnly();
    const QList<Posture> postures = allValues<Posture>();
    for (int row = 0; row < postures.size(); ++row) {
        const PostureStance* stated = nullptr;
        if (m_document)
            for (const PostureStance& stance : m_document->project().vadeMecum().postures)
                if (stance.posture == postures[row])
                    stated = &stance;
        m_boxes[row]->setChecked(stated != nullptr);
        m_boxes[row]->setEnabled(writable);
        if (m_stances[row]->text() != (stated ? stated->stance : QString()))
            m_stances[row]->setText(stated ? stated->stance : QString());
        m_stances[row]->setEnabled(writable && stated);
    }
    m_loading = false;
}

void PostureEditor::commit(int row, bool typing)
{
    if (m_loading || !m_document)
        return;
    const Posture posture = allValues<Posture>().at(row);
    const VadeMecum before = m_document->project().vadeMecum();
    VadeMecum after = before;
    after.postures.removeIf([&](const PostureStance& s) { return s.posture == posture; });
    if (m_boxes[row]->isChecked())
        after.postures.append({posture, m_stances[row]->text().trimmed()});
    // In the order of the enum, whatever order they were ticked in.
    std::sort(after.postures.begin(), after.postures.end(),
              [](const PostureStance& a, const PostureStance& b) { return a.posture < b.posture; });
    if (after == before)
        return;
    const QString refused = m_document->execute(std::make_unique<EditVadeMecumCommand>(
        *m_document, before, after, typing ? -(static_cast<qint64>(posture) + 1) : 0,
        tr("Edit the posture %1").arg(labelOf(posture))));
    m_refusal->setText(refused);
    m_refusal->setVisible(!refused.isEmpty());
    if (!refused.isEmpty())
        load();
}

} // namespace balise::ui
