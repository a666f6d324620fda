#include "ProjectInfoForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace balise::ui {

ProjectInfoForm::ProjectInfoForm(Fields fields, QWidget* parent)
    : QWidget(parent), m_form(new QFormLayout(this)), m_title(new QLineEdit(this)), m_territory(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_population(new QSpinBox(this))
{
    m_title->setObjectName(QStringLiteral("projectTitle"));
    m_title->setPlaceholderText(tr("e.g. Urban data services 2027"));
    m_territory->setObjectName(QStringLiteral("territoryName"));
    m_territory->setPlaceholderText(tr("e.g. Val d'Ardoise"));
    for (TerritoryKind kind : allValues<TerritoryKind>())
        m_kind->addItem(labelOf(kind), static_cast<int>(kind));
    m_population->setObjectName(QStringLiteral("territoryPopulation"));
    // The largest French metropolis is near 2.2 million; QSpinBox stops at 2^31 − 1, far above any territory.
    m_population->setRange(0, 2'000'000'000);
    m_population->setSingleStep(1000);
    m_population->setGroupSeparatorShown(true);
    m_population->setSpecialValueText(tr("not given"));
    m_population->setSuffix(tr(" inhabitants"));

    QFormLayout* form = m_form;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("T&erritory:"), m_territory);
    form->addRow(tr("&Kind of territory:"), m_kind);
    form->addRow(tr("&Population:"), m_population);
    if (fields == Fields::WithDescription) {
        m_description = new QPlainTextEdit(this);
        m_description->setObjectName(QStringLiteral("projectDescription"));
        m_description->setTabChangesFocus(true);
        m_description->setMaximumHeight(100);
        form->addRow(tr("&Description:"), m_description);
    }
    connect(m_title, &QLineEdit::textEdited, this, &ProjectInfoForm::titleEdited);
}

void ProjectInfoForm::setInfo(const ProjectInfo& info)
{
    m_base = info;
    m_title->setText(info.title);
    m_territory->setText(info.territory.name);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(info.territory.kind)));
    m_population->setValue(
        static_cast<int>(std::clamp<qint64>(info.territory.population.value_or(0), 0, m_population->maximum())));
    if (m_description)
        m_description->setPlainText(info.description);
}

ProjectInfo ProjectInfoForm::info() const
{
    ProjectInfo info = m_base;
    info.title = m_title->text().trimmed();
    info.territory.name = m_territory->text().trimmed();
    info.territory.kind = static_cast<TerritoryKind>(m_kind->currentData().toInt());
    info.territory.population = m_population->value() > 0 ? std::optional<qint64>(m_population->value()) : std::nullopt;
    if (m_description)
        info.description = m_description->toPlainText();
    return info;
}

} // namespace balise::ui
