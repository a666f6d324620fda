#include "QuestionnaireEditor.h"

#include "EditorWidgets.h"
#include "Project.h"
#include "ProjectChange.h"
#include "ProjectDocument.h"
#include "QuestionnaireExchange.h"
#include "StarterQuestionnaire.h"
#include "commands/VadeMecumCommands.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPageSize>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace balise::ui {
namespace {

constexpr int sectionRole = Qt::UserRole + 1;
constexpr int questionRole = Qt::UserRole + 2;

// Where a question is: its section's index and its own.
struct Place
{
    int section = -1;
    int question = -1;
};

Place placeOf(const Questionnaire& q, EntityId sectionId, EntityId questionId)
{
    for (int s = 0; s < q.sections.size(); ++s) {
        if (questionId == NoId && q.sections[s].id == sectionId)
            return {s, -1};
        for (int k = 0; k < q.sections[s].questions.size(); ++k)
            if (q.sections[s].questions[k].id == questionId && questionId != NoId)
                return {s, k};
    }
    return {};
}

int answersTo(const Project& project, const QSet<EntityId>& questions)
{
    int count = 0;
    for (const DataService& service : project.services())
        for (const QuestionnaireAnswer& answer : service.answers)
            count += questions.contains(answer.questionId) && !answer.answer.trimmed().isEmpty();
    return count;
}

} // namespace

QuestionnaireEditor::QuestionnaireEditor(QWidget* parent)
    : QWidget(parent), m_outline(new QTreeWidget(this)), m_forms(new QStackedWidget(this)),
      m_sectionTitle(new QLineEdit(this)), m_text(new QPlainTextEdit(this)), m_kind(new QComboBox(this)),
      m_questionForm(new QFormLayout), m_choices(new QPlainTextEdit(this)), m_scaleMin(new QSpinBox(this)),
      m_scaleMax(new QSpinBox(this)), m_scored(new QCheckBox(tr("Counts towards the adequacy score"), this)),
      m_weight(new QDoubleSpinBox(this)), m_lowerIsBetter(new QCheckBox(tr("Lower is better: \"no\", the low end of "
                                                                           "the scale, the first choice"),
                                                                        this)),
      m_need(new QComboBox(this)), m_objective(new QComboBox(this)), m_tabs(new QTabWidget(this)),
      m_preview(new QTextBrowser(this)), m_addSection(new QPushButton(tr("Add a &section"), this)),
      m_addQuestion(new QPushButton(tr("Add a &question"), this)), m_remove(new QPushButton(tr("R&emove…"), this)),
      m_up(new QPushButton(tr("Move &up"), this)), m_down(new QPushButton(tr("Move dow&n"), this)),
      m_starter(new QPushButton(tr("Add the s&tarter questions"), this)),
      m_export(new QPushButton(tr("Ex&port for operators…"), this)),
      m_refusal(EditorWidgets::refusalLine(this, QStringLiteral("questionnaireRefusal")))
{
    setObjectName(QStringLiteral("questionnaireEditor"));
    QLabel* heading = EditorWidgets::title(this);
    heading->setText(tr("Questionnaire to operators"));
    auto* intro = new QLabel(tr("What the territory asks every operator before meeting them. Scored answers give "
                                "the adequacy between their offer and the territory's needs."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    m_starter->setToolTip(tr("Questions to start from: whom the operator met, whose problem the service solves, "
                             "the evidence, the data shared, whom the service does not reach"));

    m_outline->setObjectName(QStringLiteral("questionnaireOutline"));
    m_outline->setHeaderHidden(true);
    m_outline->setWordWrap(true);
    for (QuestionKind kind : allValues<QuestionKind>())
        m_kind->addItem(labelOf(kind), static_cast<int>(kind));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(90);
    m_choices->setTabChangesFocus(true);
    m_choices->setMaximumHeight(100);
    m_choices->setPlaceholderText(tr("One choice per line, the worst first"));
    for (QSpinBox* bound : {m_scaleMin, m_scaleMax})
        bound->setRange(-1'000'000, 1'000'000);
    auto* scale = new QHBoxLayout;
    scale->addWidget(m_scaleMin);
    scale->addWidget(new QLabel(tr("to"), this));
    scale->addWidget(m_scaleMax);
    scale->addStretch();
    m_weight->setRange(0, 1000);
    m_weight->setDecimals(2);

    auto* sectionPage = new QWidget(m_forms);
    auto* sectionForm = new QFormLayout(sectionPage);
    sectionForm->addRow(tr("Section t&itle:"), m_sectionTitle);
    auto* questionPage = new QWidget(m_forms);
    questionPage->setLayout(m_questionForm);
    m_questionForm->addRow(tr("Te&xt:"), m_text);
    m_questionForm->addRow(tr("&Answer:"), m_kind);
    m_questionForm->addRow(tr("&Choices:"), m_choices);
    m_questionForm->addRow(tr("&Range:"), scale);
    m_questionForm->addRow(QString(), m_scored);
    m_questionForm->addRow(tr("&Weight:"), m_weight);
    m_questionForm->addRow(QString(), m_lowerIsBetter);
    m_questionForm->addRow(tr("Answers the nee&d:"), m_need);
    m_questionForm->addRow(tr("Informs the &objective:"), m_objective);
    auto* emptyPage = new QLabel(tr("Select a section or a question, or add one."), m_forms);
    emptyPage->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_forms->addWidget(emptyPage);
    m_forms->addWidget(sectionPage);
    m_forms->addWidget(questionPage);

    auto* editPage = new QSplitter(Qt::Horizontal, this);
    editPage->addWidget(m_outline);
    editPage->addWidget(m_forms);
    editPage->setStretchFactor(0, 2);
    editPage->setStretchFactor(1, 3);
    m_preview->setObjectName(QStringLiteral("questionnairePreview"));
    m_tabs->addTab(editPage, tr("Questions"));
    m_tabs->addTab(m_preview, tr("Preview for the operator"));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_addSection, m_addQuestion, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_export);
    buttons->addWidget(m_starter);
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_refusal);
    layout->addLayout(buttons);

    m_confirm = EditorWidgets::askBeforeRemoving(this);
    connect(m_outline, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (m_loading || !item)
            return;
        m_section = item->data(0, sectionRole).toLongLong();
        m_question = item->data(0, questionRole).toLongLong();
        loadForm();
    });
    connect(m_sectionTitle, &QLineEdit::editingFinished, this, [this] {
        if (m_loading || !m_document || m_question != NoId)
            return;
        Questionnaire after = m_document->project().questionnaire();
        const Place at = placeOf(after, m_section, NoId);
        if (at.section < 0)
            return;
        after.sections[at.section].title = m_sectionTitle->text().trimmed();
        change(after, m_section * 16 + SectionTitle, tr("Edit the section %1").arg(after.sections[at.section].title));
    });
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this] { editQuestion(Text, [&](Question& q) { q.text = m_text->toPlainText(); }); });
    connect(m_kind, &QComboBox::activated, this, [this] {
        editQuestion(Kind, [&](Question& q) {
            q.kind = static_cast<QuestionKind>(m_kind->currentData().toInt());
            // A choice question needs two choices to be valid: two to rename, rather than a refusal.
            if ((q.kind == QuestionKind::SingleChoice || q.kind == QuestionKind::MultipleChoice) &&
                q.choices.size() < 2)
                q.choices = {tr("First choice"), tr("Second choice")};
        });
    });
    connect(m_choices, &QPlainTextEdit::textChanged, this, [this] {
        editQuestion(Choices, [&](Question& q) {
            QStringList choices;
            for (const QString& line : m_choices->toPlainText().split(QLatin1Char('\n')))
                if (!line.trimmed().isEmpty())
                    choices.append(line.trimmed());
            q.choices = choices;
        });
    });
    for (QSpinBox* bound : {m_scaleMin, m_scaleMax})
        connect(bound, &QSpinBox::valueChanged, this, [this] {
            editQuestion(Scale, [&](Question& q) {
                q.scaleMin = m_scaleMin->value();
                q.scaleMax = m_scaleMax->value();
            });
        });
    connect(m_scored, &QCheckBox::toggled, this,
            [this](bool on) { editQuestion(Scored, [&](Question& q) { q.scored = on; }); });
    connect(m_weight, &QDoubleSpinBox::valueChanged, this,
            [this](double w) { editQuestion(Weight, [&](Question& q) { q.weight = w; }); });
    connect(m_lowerIsBetter, &QCheckBox::toggled, this,
            [this](bool on) { editQuestion(LowerIsBetter, [&](Question& q) { q.lowerIsBetter = on; }); });
    connect(m_need, &QComboBox::activated, this,
            [this] { editQuestion(Need, [&](Question& q) { q.needId = m_need->currentData().toLongLong(); }); });
    connect(m_objective, &QComboBox::activated, this, [this] {
        editQuestion(Objective, [&](Question& q) { q.objectiveId = m_objective->currentData().toLongLong(); });
    });
    connect(m_addSection, &QPushButton::clicked, this, &QuestionnaireEditor::addSection);
    connect(m_addQuestion, &QPushButton::clicked, this, &QuestionnaireEditor::addQuestion);
    connect(m_remove, &QPushButton::clicked, this, &QuestionnaireEditor::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_starter, &QPushButton::clicked, this, &QuestionnaireEditor::addStarterQuestions);
    m_export->setToolTip(tr("The blank questionnaire as a spreadsheet (CSV) or JSON file for an operator to fill "
                            "in, their answers then imported back from the service's page; or as a PDF document "
                            "to print"));
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export the questionnaire for operators"), tr("questionnaire.csv"),
                                         tr("Spreadsheet (*.csv);;JSON (*.json);;Document to print (*.pdf)"));
        if (path.isEmpty())
            return;
        const QString error = exportBlank(path);
        m_refusal->setText(error);
        m_refusal->setVisible(!error.isEmpty());
    });
    load();
}

void QuestionnaireEditor::setConfirmation(std::function<bool(const QString&)> confirm)
{
    m_confirm = std::move(confirm);
}

void QuestionnaireEditor::setDocument(ProjectDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(&m_document->project(), nullptr, this, nullptr);
    }
    m_document = document;
    m_section = NoId;
    m_question = NoId;
    if (m_document) {
        connect(&m_document->project(), &Project::changed, this, [this](const ProjectChange& change) {
            using Subject = ProjectChange::Subject;
            if (change.subject == Subject::Questionnaire || change.subject == Subject::VadeMecum ||
                change.subject == Subject::Framework || change.subject == Subject::File)
                load();
        });
        connect(m_document, &QObject::destroyed, this, [this] { m_document = nullptr; });
    }
    load();
}

void QuestionnaireEditor::showSection(EntityId sectionId)
{
    m_section = sectionId;
    m_question = NoId;
    m_refusal->hide();
    load();
}

void QuestionnaireEditor::showQuestion(EntityId questionId)
{
    m_question = questionId;
    m_refusal->hide();
    load();
}

void QuestionnaireEditor::load()
{
    m_loading = true;
    m_outline->clear();
    const Questionnaire empty;
    const Questionnaire& q = m_document ? m_document->project().questionnaire() : empty;
    // The section of a selected question, and a selection that still exists.
    if (m_question != NoId) {
        const Place at = placeOf(q, NoId, m_question);
        if (at.section < 0)
            m_question = NoId;
        else
            m_section = q.sections[at.section].id;
    }
    if (placeOf(q, m_section, NoId).section < 0)
        m_section = q.sections.isEmpty() ? NoId : q.sections.first().id;
    QTreeWidgetItem* current = nullptr;
    int number = 0;
    for (const QuestionnaireSection& section : q.sections) {
        auto* sectionItem = new QTreeWidgetItem(m_outline, {section.title});
        sectionItem->setData(0, sectionRole, static_cast<qlonglong>(section.id));
        sectionItem->setData(0, questionRole, static_cast<qlonglong>(NoId));
        QFont bold = sectionItem->font(0);
        bold.setBold(true);
        sectionItem->setFont(0, bold);
        if (section.id == m_section && m_question == NoId)
            current = sectionItem;
        for (const Question& question : section.questions) {
            auto* item = new QTreeWidgetItem(sectionItem, {tr("%1. %2").arg(++number).arg(question.text.simplified())});
            item->setData(0, sectionRole, static_cast<qlonglong>(section.id));
            item->setData(0, questionRole, static_cast<qlonglong>(question.id));
            if (question.scored)
                item->setToolTip(0, tr("Scored, weight %1").arg(QLocale().toString(question.weight)));
            if (question.id == m_question)
                current = item;
        }
    }
    m_outline->expandAll();
    if (current)
        m_outline->setCurrentItem(current);
    const bool writable = m_document && !m_document->project().isReadOnly();
    m_addSection->setEnabled(writable);
    m_addQuestion->setEnabled(writable && m_section != NoId);
    m_starter->setEnabled(writable);
    m_export->setEnabled(m_document && !q.sections.isEmpty());
    m_remove->setEnabled(writable && (m_section != NoId || m_question != NoId));
    m_up->setEnabled(writable && m_section != NoId);
    m_down->setEnabled(writable && m_section != NoId);
    m_loading = false;
    fillLinks();
    loadForm();
    renderPreview();
}

void QuestionnaireEditor::fillLinks()
{
    m_loading = true;
    m_need->clear();
    m_objective->clear();
    m_need->addItem(tr("— none —"), static_cast<qlonglong>(NoId));
    m_objective->addItem(tr("— none —"), static_cast<qlonglong>(NoId));
    if (m_document) {
        for (const balise::Need& need : m_document->project().vadeMecum().needs)
            m_need->addItem(need.title, static_cast<qlonglong>(need.id));
        for (const FrameworkNode* node : m_document->project().framework().children(NoId))
            m_objective->addItem(node->code + QLatin1Char(' ') + node->name, static_cast<qlonglong>(node->id));
    }
    m_loading = false;
}

void QuestionnaireEditor::loadForm()
{
    const Questionnaire empty;
    const Questionnaire& q = m_document ? m_document->project().questionnaire() : empty;
    const bool writable = m_document && !m_document->project().isReadOnly();
    m_loading = true;
    const Place at = m_question != NoId ? placeOf(q, NoId, m_question) : placeOf(q, m_section, NoId);
    if (at.section < 0) {
        m_forms->setCurrentIndex(0);
    } else if (at.question < 0) {
        m_forms->setCurrentIndex(1);
        if (m_sectionTitle->text() != q.sections[at.section].title)
            m_sectionTitle->setText(q.sections[at.section].title);
        m_sectionTitle->setEnabled(writable);
    } else {
        m_forms->setCurrentIndex(2);
        const Question& question = q.sections[at.section].questions[at.question];
        if (m_text->toPlainText() != question.text)
            m_text->setPlainText(question.text);
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(question.kind)));
        QStringList typed;
        for (const QString& line : m_choices->toPlainText().split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                typed.append(line.trimmed());
        if (typed != question.choices)
            m_choices->setPlainText(question.choices.join(QLatin1Char('\n')));
        m_scaleMin->setValue(question.scaleMin);
        m_scaleMax->setValue(question.scaleMax);
        m_scored->setChecked(question.scored);
        m_weight->setValue(question.weight);
        m_lowerIsBetter->setChecked(question.lowerIsBetter);
        m_need->setCurrentIndex(std::max(0, m_need->findData(static_cast<qlonglong>(question.needId))));
        m_objective->setCurrentIndex(std::max(0, m_objective->findData(static_cast<qlonglong>(question.objectiveId))));
        const bool choices =
            question.kind == QuestionKind::SingleChoice || question.kind == QuestionKind::MultipleChoice;
        const bool range = question.kind == QuestionKind::Scale || question.kind == QuestionKind::Number;
        const bool scorable = question.kind != QuestionKind::FreeText;
        m_questionForm->setRowVisible(m_choices, choices);
        m_questionForm->setRowVisible(3, range); // the range row holds a layout, found by its place
        m_questionForm->setRowVisible(m_scored, scorable);
        m_questionForm->setRowVisible(m_weight, scorable && question.scored);
        m_questionForm->setRowVisible(m_lowerIsBetter, scorable && question.scored);
        for (QWidget* field :
             {static_cast<QWidget*>(m_text), static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_choices),
              static_cast<QWidget*>(m_scaleMin), static_cast<QWidget*>(m_scaleMax), static_cast<QWidget*>(m_scored),
              static_cast<QWidget*>(m_weight), static_cast<QWidget*>(m_lowerIsBetter), static_cast<QWidget*>(m_need),
              static_cast<QWidget*>(m_objective)})
            field->setEnabled(writable);
    }
    m_loading = false;
}

void QuestionnaireEditor::renderPreview()
{
    m_preview->setHtml(operatorHtml(false));
}

QString QuestionnaireEditor::operatorHtml(bool forPrint) const
{
    const Questionnaire empty;
    const Questionnaire& q = m_document ? m_document->project().questionnaire() : empty;
    // Everything typed by users is escaped: a question reading "<b>" shows those characters.
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Questionnaire to operators").toHtmlEscaped());
    if (m_document)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("From %1.")
                             .arg(m_document->project().info().territory.name.isEmpty()
                                      ? m_document->project().info().title
                                      : m_document->project().info().territory.name)
                             .toHtmlEscaped());
    // On paper the operator says who answers, and has room to write.
    const QString line = QStringLiteral("<br>") + QString(60, QLatin1Char('_'));
    if (forPrint)
        html += QStringLiteral("<p>%1 ____________________________<br>%2 ____________________________<br>"
                               "%3 ____________________________<br>%4 ______________</p>")
                    .arg(tr("Operator:").toHtmlEscaped(), tr("Service:").toHtmlEscaped(),
                         tr("Answered by:").toHtmlEscaped(), tr("Date:").toHtmlEscaped());
    int number = 0;
    for (const QuestionnaireSection& section : q.sections) {
        // Numbered through the whole questionnaire, as the exported files number the questions (rich
        // text lists would start again at 1 in each section).
        html += QStringLiteral("<h3>%1</h3>").arg(section.title.toHtmlEscaped());
        for (const Question& question : section.questions) {
            ++number;
            QString answer;
            switch (question.kind) {
            case QuestionKind::FreeText:
                answer = forPrint ? QString() : tr("Your answer, in a few lines.");
                break;
            case QuestionKind::YesNo:
                answer = tr("☐ yes   ☐ no");
                break;
            case QuestionKind::SingleChoice:
            case QuestionKind::MultipleChoice: {
                QStringList boxes;
                for (const QString& choice : question.choices)
                    boxes.append(QStringLiteral("☐ ") + choice.toHtmlEscaped());
                answer = (question.kind == QuestionKind::SingleChoice ? tr("One answer:") : tr("Any that apply:"))
                             .toHtmlEscaped() +
                         QStringLiteral("<br>") + boxes.join(QStringLiteral("<br>"));
                html += QStringLiteral("<p><b>%1.</b> %2</p><p style=\"margin-left:18px; color:#555\">%3</p>")
                            .arg(number)
                            .arg(question.text.toHtmlEscaped(), answer);
                continue;
            }
            case QuestionKind::Scale:
                answer = tr("From %1 to %2.").arg(question.scaleMin).arg(question.scaleMax);
                break;
            case QuestionKind::Number:
                answer = tr("A number.");
                break;
            }
            QString room;
            if (forPrint && question.kind == QuestionKind::FreeText)
                room = line + line + line;
            else if (forPrint && question.kind == QuestionKind::Number)
                room = line;
            html += QStringLiteral("<p><b>%1.</b> %2</p><p style=\"margin-left:18px; color:#555\">%3%4</p>")
                        .arg(number)
                        .arg(question.text.toHtmlEscaped(), answer.toHtmlEscaped(), room);
        }
    }
    if (q.sections.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No question yet.").toHtmlEscaped());
    return html;
}

bool QuestionnaireEditor::change(const Questionnaire& after, qint64 mergeKey, const QString& text)
{
    const Questionnaire before = m_document->project().questionnaire();
    if (after == before)
        return true;
    const QString refused =
        m_document->execute(std::make_unique<EditQuestionnaireCommand>(*m_document, before, after, mergeKey, text));
    m_refusal->setText(refused);
    m_refusal->setVisible(!refused.isEmpty());
    if (!refused.isEmpty())
        load();
    return refused.isEmpty();
}

void QuestionnaireEditor::editQuestion(Field field, const std::function<void(Question&)>& apply)
{
    if (m_loading || !m_document || m_question == NoId)
        return;
    Questionnaire after = m_document->project().questionnaire();
    const Place at = placeOf(after, NoId, m_question);
    if (at.section < 0)
        return;
    Question& question = after.sections[at.section].questions[at.question];
    apply(question);
    change(after, m_question * 16 + field, tr("Edit a question"));
}

EntityId QuestionnaireEditor::addSection()
{
    if (!m_document || m_document->project().isReadOnly())
        return NoId;
    Questionnaire after = m_document->project().questionnaire();
    QuestionnaireSection section;
    section.title = tr("New section");
    after.sections.append(section);
    if (!change(after, 0, tr("Add a section")))
        return NoId;
    showSection(m_document->project().questionnaire().sections.last().id);
    m_sectionTitle->setFocus();
    m_sectionTitle->selectAll();
    return m_section;
}

EntityId QuestionnaireEditor::addQuestion()
{
    if (!m_document || m_document->project().isReadOnly())
        return NoId;
    Questionnaire after = m_document->project().questionnaire();
    Place at = m_question != NoId ? placeOf(after, NoId, m_question) : placeOf(after, m_section, NoId);
    if (at.section < 0)
        return NoId;
    Question question;
    question.text = tr("New question");
    QList<Question>& questions = after.sections[at.section].questions;
    const int row = at.question >= 0 ? at.question + 1 : static_cast<int>(questions.size());
    questions.insert(row, question);
    if (!change(after, 0, tr("Add a question")))
        return NoId;
    const EntityId id = m_document->project().questionnaire().sections[at.section].questions[row].id;
    showQuestion(id);
    m_text->setFocus();
    m_text->selectAll();
    return id;
}

void QuestionnaireEditor::removeCurrent()
{
    if (!m_document)
        return;
    Questionnaire after = m_document->project().questionnaire();
    const Place at = m_question != NoId ? placeOf(after, NoId, m_question) : placeOf(after, m_section, NoId);
    if (at.section < 0)
        return;
    QSet<EntityId> removed;
    if (at.question >= 0)
        removed.insert(m_question);
    else
        for (const Question& question : after.sections[at.section].questions)
            removed.insert(question.id);
    const int answers = answersTo(m_document->project(), removed);
    const QString name = at.question >= 0 ? after.sections[at.section].questions[at.question].text.simplified()
                                          : after.sections[at.section].title;
    if ((answers > 0 || (at.question < 0 && !removed.isEmpty())) &&
        !m_confirm(tr("Remove \"%1\" with %n answer(s) operators gave? You can undo it with Ctrl+Z.", nullptr, answers)
                       .arg(name.left(80))))
        return;
    if (at.question >= 0)
        after.sections[at.section].questions.removeAt(at.question);
    else
        after.sections.removeAt(at.section);
    if (change(after, 0, tr("Remove %1").arg(name.left(40)))) {
        m_question = NoId;
        if (at.question < 0)
            m_section = NoId;
        load();
    }
}

void QuestionnaireEditor::moveCurrent(int delta)
{
    if (!m_document)
        return;
    Questionnaire after = m_document->project().questionnaire();
    const Place at = m_question != NoId ? placeOf(after, NoId, m_question) : placeOf(after, m_section, NoId);
    if (at.section < 0)
        return;
    if (at.question >= 0) {
        QList<Question>& questions = after.sections[at.section].questions;
        const int target = at.question + delta;
        if (target < 0 || target >= questions.size())
            return;
        questions.move(at.question, target);
    } else {
        const int target = at.section + delta;
        if (target < 0 || target >= after.sections.size())
            return;
        after.sections.move(at.section, target);
    }
    change(after, 0, tr("Move in the questionnaire"));
}

QString QuestionnaireEditor::exportBlank(const QString& path) const
{
    if (!m_document)
        return {};
    const Project& project = m_document->project();
    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        // A document to print or send: the operator's view on A4 pages, written whole or not at all.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        {
            QPdfWriter writer(&file);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
            writer.setTitle(tr("Questionnaire to operators"));
            writer.setCreator(QStringLiteral("Balise"));
            QTextDocument document;
            document.setHtml(operatorHtml(true));
            document.print(&writer);
        }
        if (!file.commit())
            return tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    const QByteArray bytes =
        path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)
            ? QuestionnaireExchange::blankJson(project.questionnaire(), project.info().territory.name)
            : QuestionnaireExchange::blankCsv(project.questionnaire());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

bool QuestionnaireEditor::addStarterQuestions()
{
    if (!m_document || m_document->project().isReadOnly())
        return false;
    Questionnaire after = m_document->project().questionnaire();
    after.sections.append(StarterQuestionnaire::make().sections);
    return change(after, 0, tr("Add the starter questions"));
}

} // namespace balise::ui
