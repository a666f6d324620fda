#include "ServiceAnswersEditor.h"

#include "AdequacyScore.h"
#include "DisplayFormat.h"
#include "EditorWidgets.h"
#include "Project.h"
#include "ProjectChange.h"
#include "ProjectDocument.h"
#include "QuestionnaireExchange.h"
#include "commands/EntityCommands.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace balise::ui {
namespace {

// Attribute numbers of ServiceEditor's own fields stay below this; one per question above it.
constexpr int answerAttributeBase = 1000;

QString hintFor(const Question& q)
{
    switch (q.kind) {
    case QuestionKind::YesNo:
        return ServiceAnswersEditor::tr("yes or no");
    case QuestionKind::Scale:
        return ServiceAnswersEditor::tr("%1 to %2").arg(q.scaleMin).arg(q.scaleMax);
    case QuestionKind::Number:
        return ServiceAnswersEditor::tr("a number");
    case QuestionKind::SingleChoice:
        return ServiceAnswersEditor::tr("one of: %1").arg(q.choices.join(QStringLiteral(", ")));
    case QuestionKind::MultipleChoice:
        return ServiceAnswersEditor::tr("any of: %1 (separated by ;)").arg(q.choices.join(QStringLiteral(", ")));
    case QuestionKind::FreeText:
        break;
    }
    return ServiceAnswersEditor::tr("free text");
}

QString partText(const AdequacyScore::Part& part)
{
    if (std::isnan(part.score))
        return ServiceAnswersEditor::tr("no scored answer yet");
    return ServiceAnswersEditor::tr("%1 / 100 (%2 of the scored weight answered)")
        .arg(QLocale().toString(part.score, 'f', 0), DisplayFormat::percent(part.coverage));
}

} // namespace

ServiceAnswersEditor::ServiceAnswersEditor(QWidget* parent)
    : QWidget(parent), m_table(new QTableWidget(0, 3, this)), m_adequacy(new QLabel(this)),
      m_refusal(EditorWidgets::refusalLine(this, QStringLiteral("answerRefusal"))),
      m_import(new QPushButton(tr("&Import an operator's answers…"), this))
{
    setObjectName(QStringLiteral("serviceAnswersEditor"));
    m_table->setObjectName(QStringLiteral("answersTable"));
    m_table->setHorizontalHeaderLabels({tr("Question"), tr("Answer"), tr("Expected")});
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_adequacy->setObjectName(QStringLiteral("adequacy"));
    m_adequacy->setTextFormat(Qt::PlainText);
    m_adequacy->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_refusal);
    layout->addWidget(m_adequacy);
    layout->addWidget(m_import, 0, Qt::AlignLeft);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import an operator's answers"), QString(),
                                                          tr("Spreadsheet (*.csv *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        bool imported = false;
        const QString message = importAnswers(path, &imported);
        QMessageBox box(imported ? QMessageBox::Information : QMessageBox::Warning, tr("Import answers"), message,
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_loading && item->column() == 1)
            commit(item->row());
    });
    load();
}

void ServiceAnswersEditor::setDocument(ProjectDocument* document)
{
    if (m_document)
        disconnect(&m_document->project(), nullptr, this, nullptr);
    m_document = document;
    m_service = NoId;
    if (m_document) {
        connect(&m_document->project(), &Project::changed, this, [this](const ProjectChange& change) {
            using Subject = ProjectChange::Subject;
            if (change.subject == Subject::Services || change.subject == Subject::Questionnaire ||
                change.subject == Subject::VadeMecum || change.subject == Subject::File)
                load();
        });
        connect(m_document, &QObject::destroyed, this, [this] { m_document = nullptr; });
    }
    load();
}

void ServiceAnswersEditor::showService(EntityId id)
{
    if (id != m_service)
        m_refusal->hide();
    m_service = id;
    load();
}

QString ServiceAnswersEditor::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

void ServiceAnswersEditor::setAnswer(int row, const QString& answer)
{
    if (QTableWidgetItem* item = m_table->item(row, 1))
        item->setText(answer);
}

QString ServiceAnswersEditor::importAnswers(const QString& path, bool* imported)
{
    if (imported)
        *imported = false;
    const DataService* current = m_document ? m_document->project().data().findService(m_service) : nullptr;
    if (!current)
        return {};
    const QString name = QFileInfo(path).fileName();
    const QuestionnaireExchange::Answers read =
        QuestionnaireExchange::readAnswersFile(path, m_document->project().questionnaire());
    if (!read.ok())
        return tr("%1 has problems; no answer was imported:\n%2").arg(name, ImportError::formatAll(read.errors));
    const DataService after = QuestionnaireExchange::withAnswers(*current, read.answers);
    const DataService before = *current;
    if (!(after == before)) {
        const QString refused =
            m_document->execute(std::make_unique<EditEntityCommand<DataService>>(*m_document, before, after, 0));
        if (!refused.isEmpty())
            return tr("%1 was not imported: %2").arg(name, refused);
    }
    if (imported)
        *imported = true;
    return tr("%1: %n answer(s) imported for %2", nullptr, static_cast<int>(read.answers.size()))
               .arg(name, before.name) +
           (read.empty > 0 ? QStringLiteral("; ") + tr("%n question(s) left blank.", nullptr, read.empty)
                           : QStringLiteral("."));
}

void ServiceAnswersEditor::load()
{
    m_loading = true;
    m_questions.clear();
    const DataService* service = m_document ? m_document->project().data().findService(m_service) : nullptr;
    const bool writable = service && !m_document->project().isReadOnly();
    QList<const Question*> questions;
    if (m_document)
        for (const QuestionnaireSection& section : m_document->project().questionnaire().sections)
            for (const Question& question : section.questions)
                questions.append(&question);
    m_table->setRowCount(service ? static_cast<int>(questions.size()) : 0);
    for (int row = 0; service && row < questions.size(); ++row) {
        const Question& q = *questions[row];
        m_questions.append(q.id);
        auto* text = new QTableWidgetItem(tr("%1. %2").arg(row + 1).arg(q.text));
        text->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, text);
        QString answer;
        for (const QuestionnaireAnswer& a : service->answers)
            if (a.questionId == q.id)
                answer = a.answer;
        auto* cell = new QTableWidgetItem(answer);
        cell->setFlags(writable ? Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsSelectable : Qt::ItemIsEnabled);
        m_table->setItem(row, 1, cell);
        auto* hint = new QTableWidgetItem(q.scored ? tr("%1 — scored").arg(hintFor(q)) : hintFor(q));
        hint->setFlags(Qt::ItemIsEnabled);
        hint->setForeground(palette().brush(QPalette::PlaceholderText));
        m_table->setItem(row, 2, hint);
    }
    m_table->resizeRowsToContents();
    m_import->setEnabled(writable && !questions.isEmpty());
    if (!service || questions.isEmpty()) {
        m_adequacy->setText(service ? tr("The questionnaire has no question yet: write it under Vade-mecum › Operator "
                                         "questionnaire.")
                                    : QString());
    } else {
        const AdequacyScore::Result result = AdequacyScore::of(m_document->project().questionnaire(), service->answers);
        QStringList lines{tr("Adequacy to the territory's needs: %1").arg(partText(result.overall))};
        for (const AdequacyScore::NeedPart& need : result.needs)
            for (const balise::Need& n : m_document->project().vadeMecum().needs)
                if (n.id == need.needId)
                    lines.append(tr("— %1: %2").arg(n.title, partText(need.part)));
        m_adequacy->setText(lines.join(QLatin1Char('\n')));
    }
    m_loading = false;
}

void ServiceAnswersEditor::commit(int row)
{
    if (!m_document || row < 0 || row >= m_questions.size())
        return;
    const DataService* current = m_document->project().data().findService(m_service);
    const Question* question = m_document->project().questionnaire().findQuestion(m_questions[row]);
    if (!current || !question)
        return;
    const QString typed = m_table->item(row, 1)->text().trimmed();
    if (const QString problem = AdequacyScore::checkAnswer(*question, typed); !problem.isEmpty()) {
        m_refusal->setText(tr("Answer %1 is not kept: %2").arg(row + 1).arg(problem));
        m_refusal->show();
        load(); // the cell shows what is stored
        return;
    }
    m_refusal->hide();
    DataService after = *current;
    after.answers.removeIf([&](const QuestionnaireAnswer& a) { return a.questionId == question->id; });
    if (!typed.isEmpty())
        after.answers.append({question->id, typed});
    std::sort(after.answers.begin(), after.answers.end(),
              [](const QuestionnaireAnswer& a, const QuestionnaireAnswer& b) { return a.questionId < b.questionId; });
    if (after == *current)
        return;
    const DataService before = *current;
    m_document->execute(
        std::make_unique<EditEntityCommand<DataService>>(*m_document, before, after, answerAttributeBase + row));
}

} // namespace balise::ui
