#include "IndicatorForm.h"

#include "EditorWidgets.h"
#include "Project.h"
#include "ProjectChange.h"
#include "ProjectDocument.h"
#include "TypedNumber.h"
#include "commands/FrameworkCommands.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace balise::ui {
namespace {

// Levels are written as labels separated by '|', worst first, as in the framework CSV.
QString levelsText(const IndicatorSpec& spec)
{
    QStringList labels;
    for (const QualitativeLevel& level : spec.levels)
        labels.append(level.label);
    return labels.join(QStringLiteral(" | "));
}

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

IndicatorForm::IndicatorForm(QWidget* parent)
    : QWidget(parent), m_title(EditorWidgets::title(this, 1.2)), m_definition(new QPlainTextEdit(this)),
      m_kind(new QComboBox(this)), m_direction(new QComboBox(this)), m_normalization(new QComboBox(this)),
      m_refusal(EditorWidgets::refusalLine(this, QStringLiteral("indicatorRefusal"))), m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("indicatorForm"));
    m_definition->setTabChangesFocus(true);
    m_definition->setMaximumHeight(70);
    for (IndicatorKind kind : allValues<IndicatorKind>())
        m_kind->addItem(labelOf(kind), static_cast<int>(kind));
    for (balise::Direction direction : allValues<balise::Direction>())
        m_direction->addItem(labelOf(direction), static_cast<int>(direction));
    for (balise::Normalization method : allValues<balise::Normalization>())
        m_normalization->addItem(labelOf(method), static_cast<int>(method));

    m_form->addRow(tr("De&finition:"), m_definition);
    m_form->addRow(tr("&Kind:"), m_kind);
    addLine(
        tr("&Levels (worst first, separated by |):"), Levels,
        [](const FrameworkNode& n) { return levelsText(n.indicator); },
        [](FrameworkNode& n, const QString& text) {
            QList<QualitativeLevel> levels;
            for (const QString& label : text.split(QLatin1Char('|'), Qt::SkipEmptyParts))
                if (!label.trimmed().isEmpty())
                    levels.append({label.trimmed(), std::nullopt});
            n.indicator.levels = levels;
            return QString();
        });
    m_form->addRow(tr("&Direction:"), m_direction);
    m_form->addRow(tr("&Normalisation:"), m_normalization);
    addLine(
        tr("&Unit:"), Unit, [](const FrameworkNode& n) { return n.indicator.unit; },
        [](FrameworkNode& n, const QString& t) {
            n.indicator.unit = t.trimmed();
            return QString();
        });
    addLine(
        tr("&Source:"), Source, [](const FrameworkNode& n) { return n.indicator.source; },
        [](FrameworkNode& n, const QString& t) {
            n.indicator.source = t.trimmed();
            return QString();
        });
    addLine(
        tr("&Protocol:"), Protocol, [](const FrameworkNode& n) { return n.indicator.protocol; },
        [](FrameworkNode& n, const QString& t) {
            n.indicator.protocol = t.trimmed();
            return QString();
        });
    addLine(
        tr("&Frequency:"), Frequency, [](const FrameworkNode& n) { return n.indicator.frequency; },
        [](FrameworkNode& n, const QString& t) {
            n.indicator.frequency = t.trimmed();
            return QString();
        });
    addNumber(tr("Collection &cost (€):"), Cost,
              [](FrameworkNode& n) -> std::optional<double>& { return n.indicator.collectionCost; });
    addLine(
        tr("Cost &note:"), CostNote, [](const FrameworkNode& n) { return n.indicator.collectionCostNote; },
        [](FrameworkNode& n, const QString& t) {
            n.indicator.collectionCostNote = t.trimmed();
            return QString();
        });
    addNumber(tr("&Baseline:"), Baseline,
              [](FrameworkNode& n) -> std::optional<double>& { return n.indicator.baseline; });
    addDate(tr("Baseline &date:"), BaselineDate, [](FrameworkNode& n) -> QDate& { return n.indicator.baselineDate; });
    addNumber(tr("&Target:"), Target, [](FrameworkNode& n) -> std::optional<double>& { return n.indicator.target; });
    addDate(tr("Target d&ate:"), TargetDate, [](FrameworkNode& n) -> QDate& { return n.indicator.targetDate; });
    addNumber(tr("Band: &from"), BandLow,
              [](FrameworkNode& n) -> std::optional<double>& { return n.indicator.bandLow; });
    addNumber(tr("Band: t&o"), BandHigh,
              [](FrameworkNode& n) -> std::optional<double>& { return n.indicator.bandHigh; });
    addNumber(tr("Band: &tolerance"), BandTolerance,
              [](FrameworkNode& n) -> std::optional<double>& { return n.indicator.bandTolerance; });
    addNumber(tr("&Red below (empty: the project's):"), RedBelow,
              [](FrameworkNode& n) -> std::optional<double>& { return n.indicator.redBelow; });
    addNumber(tr("&Green from (empty: the project's):"), GreenFrom,
              [](FrameworkNode& n) -> std::optional<double>& { return n.indicator.greenFrom; });

    auto* qualities = new QGroupBox(tr("Quality of the indicator (0 = poor, 4 = excellent)"), this);
    auto* grid = new QGridLayout(qualities);
    int row = 0;
    for (Quality quality : allValues<Quality>()) {
        const int q = static_cast<int>(quality);
        auto* rating = new QComboBox(qualities);
        rating->addItem(tr("not rated"), -1);
        for (int level = 0; level <= 4; ++level)
            rating->addItem(QString::number(level), level);
        auto* justification = new QLineEdit(qualities);
        justification->setPlaceholderText(tr("Why this rating"));
        grid->addWidget(new QLabel(labelOf(quality), qualities), row, 0);
        grid->addWidget(rating, row, 1);
        grid->addWidget(justification, row, 2);
        ++row;
        m_ratings.append(rating);
        m_justifications.append(justification);
        connect(rating, &QComboBox::activated, this, [this, rating, q] {
            const int level = rating->currentData().toInt();
            edit(QualityRating + q, [&](FrameworkNode& n) {
                n.indicator.quality[static_cast<size_t>(q)].rating =
                    level < 0 ? std::nullopt : std::optional<int>(level);
                return QString();
            });
        });
        connect(justification, &QLineEdit::editingFinished, this, [this, justification, q] {
            edit(QualityJustification + q, [&](FrameworkNode& n) {
                n.indicator.quality[static_cast<size_t>(q)].justification = justification->text().trimmed();
                return QString();
            });
        });
    }
    grid->setColumnStretch(2, 1);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_title);
    contentLayout->addLayout(m_form);
    contentLayout->addWidget(qualities);
    contentLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_refusal);

    connect(m_definition, &QPlainTextEdit::textChanged, this, [this] {
        edit(Definition, [&](FrameworkNode& n) {
            n.indicator.definition = m_definition->toPlainText();
            return QString();
        });
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        edit(Kind, [&](FrameworkNode& n) {
            n.indicator.kind = static_cast<IndicatorKind>(m_kind->currentData().toInt());
            return QString();
        });
    });
    connect(m_direction, &QComboBox::activated, this, [this] {
        edit(Direction, [&](FrameworkNode& n) {
            n.indicator.direction = static_cast<balise::Direction>(m_direction->currentData().toInt());
            return QString();
        });
    });
    connect(m_normalization, &QComboBox::activated, this, [this] {
        edit(Normalization, [&](FrameworkNode& n) {
            n.indicator.normalization = static_cast<balise::Normalization>(m_normalization->currentData().toInt());
            return QString();
        });
    });
}

IndicatorForm::~IndicatorForm() = default;

QLineEdit* IndicatorForm::addLine(const QString& label, int attribute,
                                  const std::function<QString(const FrameworkNode&)>& read,
                                  const std::function<QString(FrameworkNode&, const QString&)>& write)
{
    auto* line = new QLineEdit(this);
    m_form->addRow(label, line);
    m_loaders.append([line, read](const FrameworkNode& node) {
        const QString text = read(node);
        if (line->text() != text)
            line->setText(text);
    });
    connect(line, &QLineEdit::editingFinished, this, [this, line, write, attribute] {
        edit(attribute, [&](FrameworkNode& n) { return write(n, line->text()); });
    });
    return line;
}

QLineEdit* IndicatorForm::addNumber(const QString& label, int attribute,
                                    const std::function<std::optional<double>&(FrameworkNode&)>& field)
{
    return addLine(
        label, attribute,
        [field](const FrameworkNode& n) { return TypedNumber::text(field(const_cast<FrameworkNode&>(n))); },
        [field](FrameworkNode& n, const QString& text) {
            const auto number = TypedNumber::read(text);
            if (!number)
                return tr("\"%1\" is not a number.").arg(text);
            field(n) = *number;
            return QString();
        });
}

QLineEdit* IndicatorForm::addDate(const QString& label, int attribute,
                                  const std::function<QDate&(FrameworkNode&)>& field)
{
    QLineEdit* line = addLine(
        label, attribute, [field](const FrameworkNode& n) { return dateText(field(const_cast<FrameworkNode&>(n))); },
        [field](FrameworkNode& n, const QString& text) {
            const QString trimmed = text.trimmed();
            if (trimmed.isEmpty()) {
                field(n) = QDate();
                return QString();
            }
            // The user's short format, or ISO (2030-12-31), which everybody can type.
            QDate date = QLocale().toDate(trimmed, QLocale::ShortFormat);
            if (!date.isValid())
                date = QDate::fromString(trimmed, Qt::ISODate);
            if (!date.isValid())
                return tr("\"%1\" is not a date: write it as %2 or 2030-12-31.")
                    .arg(trimmed, QLocale().toString(QDate(2030, 12, 31), QLocale::ShortFormat));
            field(n) = date;
            return QString();
        });
    line->setPlaceholderText(QLocale().toString(QDate(2030, 12, 31), QLocale::ShortFormat));
    return line;
}

void IndicatorForm::setDocument(ProjectDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(&m_document->project(), nullptr, this, nullptr);
    }
    m_document = document;
    m_node = NoId;
    if (m_document) {
        connect(&m_document->project(), &Project::changed, this, [this](const ProjectChange& change) {
            if (change.subject == ProjectChange::Subject::Framework || change.subject == ProjectChange::Subject::File)
                load();
        });
        connect(m_document, &QObject::destroyed, this, [this] { m_document = nullptr; });
    }
    load();
}

void IndicatorForm::showIndicator(EntityId id)
{
    m_node = id;
    m_refusal->hide();
    load();
}

void IndicatorForm::load()
{
    const FrameworkNode* node = m_document ? m_document->project().framework().find(m_node) : nullptr;
    if (node && !node->isIndicator())
        node = nullptr;
    const bool writable = node && !m_document->project().isReadOnly();
    m_loading = true;
    for (QWidget* field : findChildren<QWidget*>())
        if (qobject_cast<QLineEdit*>(field) || qobject_cast<QComboBox*>(field) || qobject_cast<QPlainTextEdit*>(field))
            field->setEnabled(writable);
    m_title->setText(node ? node->code + QLatin1Char(' ') + node->name : QString());
    if (node) {
        if (m_definition->toPlainText() != node->indicator.definition)
            m_definition->setPlainText(node->indicator.definition);
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(node->indicator.kind)));
        m_direction->setCurrentIndex(m_direction->findData(static_cast<int>(node->indicator.direction)));
        m_normalization->setCurrentIndex(m_normalization->findData(static_cast<int>(node->indicator.normalization)));
        for (const auto& loader : m_loaders)
            loader(*node);
        for (int q = 0; q < m_ratings.size(); ++q) {
            const balise::QualityRating& rating = node->indicator.quality[static_cast<size_t>(q)];
            int level = -1;
            if (rating.rating)
                level = *rating.rating;
            m_ratings[q]->setCurrentIndex(m_ratings[q]->findData(level));
            if (m_justifications[q]->text() != rating.justification)
                m_justifications[q]->setText(rating.justification);
        }
    }
    m_loading = false;
}

void IndicatorForm::edit(int attribute, const std::function<QString(FrameworkNode&)>& change)
{
    if (m_loading || !m_document)
        return;
    const FrameworkNode* current = m_document->project().framework().find(m_node);
    if (!current)
        return;
    FrameworkNode after = *current;
    const QString unusable = change(after);
    if (!unusable.isEmpty()) {
        refuse(unusable);
        load();
        return;
    }
    if (after == *current)
        return;
    const FrameworkNode before = *current;
    const QString refused =
        m_document->execute(std::make_unique<EditNodeCommand>(*m_document, before, after, attribute));
    if (!refused.isEmpty()) {
        refuse(refused);
        load();
    } else {
        m_refusal->hide();
    }
}

void IndicatorForm::refuse(const QString& message)
{
    m_refusal->setText(message);
    m_refusal->setVisible(!message.isEmpty());
}

} // namespace balise::ui
