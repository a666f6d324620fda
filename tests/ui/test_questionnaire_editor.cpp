// The operator questionnaire in the workbench: building it, previewing it, answering it per service
// with the adequacy score, and undo — answers included.
#include "AdequacyModel.h"
#include "ComparisonView.h"
#include "ModelTestMessages.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "ProjectEvaluation.h"
#include "QuestionnaireEditor.h"
#include "ServiceAnswersEditor.h"
#include "UiTestProject.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace balise;
using balise::ui::ProjectDocument;
using balise::ui::QuestionnaireEditor;

namespace {

int questionCount(const Questionnaire& q)
{
    int count = 0;
    for (const auto& section : q.sections)
        count += static_cast<int>(section.questions.size());
    return count;
}

} // namespace

TEST_CASE("Sections and questions are built, previewed, and undone", "[ui][questionnaire]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("q.balise"))));
    const Project& project = document.project();
    QuestionnaireEditor editor;
    editor.setDocument(&document);
    const int before = questionCount(project.questionnaire());

    const EntityId section = editor.addSection();
    REQUIRE(section != NoId);
    editor.sectionTitleEdit()->setText(QStringLiteral("Données <partagées>"));
    Q_EMIT editor.sectionTitleEdit()->editingFinished();
    CHECK(project.questionnaire().sections.last().title == QStringLiteral("Données <partagées>"));

    const EntityId question = editor.addQuestion();
    REQUIRE(question != NoId);
    CHECK(editor.currentQuestion() == question);
    editor.questionTextEdit()->setPlainText(QStringLiteral("À quelle fréquence partagerez-vous les données ?"));
    const int single = editor.kindBox()->findData(static_cast<int>(QuestionKind::SingleChoice));
    editor.kindBox()->setCurrentIndex(single);
    Q_EMIT editor.kindBox()->activated(single);
    editor.choicesEdit()->setPlainText(QStringLiteral("jamais\nchaque année\nchaque mois"));
    editor.scoredBox()->setChecked(true);
    const Question* stored = project.questionnaire().findQuestion(question);
    REQUIRE(stored);
    CHECK(stored->kind == QuestionKind::SingleChoice);
    CHECK(stored->choices.size() == 3);
    CHECK(stored->scored);
    CHECK(questionCount(project.questionnaire()) == before + 1);

    // The preview shows the questions as the operator reads them, user text escaped.
    const QString preview = editor.preview()->toHtml();
    CHECK(editor.preview()->toPlainText().contains(QStringLiteral("Données <partagées>")));
    CHECK(editor.preview()->toPlainText().contains(QStringLiteral("chaque mois")));
    CHECK_FALSE(preview.contains(QStringLiteral("<partagées>")));

    // The starter questions come in one step.
    const int steps = document.undoStack().count();
    REQUIRE(editor.addStarterQuestions());
    CHECK(document.undoStack().count() == steps + 1);
    CHECK(questionCount(project.questionnaire()) > before + 10);
    document.undoStack().undo();
    CHECK(questionCount(project.questionnaire()) == before + 1);
    while (document.undoStack().canUndo())
        document.undoStack().undo();
    CHECK(questionCount(project.questionnaire()) == before);
    CHECK(project.questionnaire().sections.size() == 1);
}

TEST_CASE("Answers per service are checked, give the adequacy score, and come back when a removal is undone",
          "[ui][questionnaire]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("answers.balise"))));
    Project& project = document.project();
    // One scored yes/no question linked to the need, one scale.
    Questionnaire questionnaire = project.questionnaire();
    Question yesNo;
    yesNo.text = QStringLiteral("Le service fonctionne-t-il sans smartphone ?");
    yesNo.kind = QuestionKind::YesNo;
    yesNo.scored = true;
    yesNo.needId = project.vadeMecum().needs.first().id;
    Question scale;
    scale.text = QStringLiteral("Accessibilité (1 à 5)");
    scale.kind = QuestionKind::Scale;
    scale.scored = true;
    questionnaire.sections.first().questions = {yesNo, scale};
    project.setQuestionnaire(questionnaire);
    const EntityId bikes = project.data().findServiceByName(QStringLiteral("Vélo libre"))->id;

    ui::ServiceAnswersEditor answers;
    answers.setDocument(&document);
    answers.showService(bikes);
    REQUIRE(answers.table()->rowCount() == 2);
    answers.setAnswer(0, QStringLiteral("oui"));
    answers.setAnswer(1, QStringLiteral("9")); // outside the scale: refused, nothing stored
    CHECK(answers.refusal().contains(QStringLiteral("outside")));
    answers.setAnswer(1, QStringLiteral("4"));
    CHECK(answers.refusal().isEmpty());
    const DataService* service = project.data().findService(bikes);
    REQUIRE(service->answers.size() == 2);
    // (1·1 + 1·0.75) / 2 = 87.5 → "88 / 100"; the need: 100.
    CHECK(answers.adequacy()->text().contains(QStringLiteral("88 / 100")));
    CHECK(answers.adequacy()->text().contains(QStringLiteral("100 / 100")));

    // The comparison shows every service's adequacy, in all and for the need.
    {
        test::ModelTestMessages messages;
        ui::ComparisonView comparison;
        QAbstractItemModelTester tester(comparison.adequacy(), QAbstractItemModelTester::FailureReportingMode::Warning);
        comparison.setEvaluation(&document.evaluation());
        const ui::AdequacyModel& model = *comparison.adequacy();
        REQUIRE(model.rowCount() == 2);
        REQUIRE(model.columnCount() == 2); // in all, and the need
        int row = model.headerData(0, Qt::Vertical).toString() == QStringLiteral("Vélo libre") ? 0 : 1;
        CHECK(model.index(row, 0).data(ui::AdequacyModel::ScoreRole).toDouble() == Approx(87.5));
        CHECK(model.index(row, 1).data().toString() == QStringLiteral("100"));
        CHECK(model.index(1 - row, 0).data().toString() == QStringLiteral("—"));
        // An answer changed shows once the batch of changes is over.
        answers.setAnswer(0, QStringLiteral("non"));
        QCoreApplication::processEvents();
        CHECK(model.index(row, 1).data().toString() == QStringLiteral("0"));
        CHECK(messages.messages().isEmpty());
        answers.setAnswer(0, QStringLiteral("oui"));
    }

    // Removing the question with its answers asks, and undo gives the answer back.
    QuestionnaireEditor editor;
    editor.setDocument(&document);
    editor.setConfirmation([](const QString&) { return true; });
    editor.showQuestion(project.questionnaire().sections.first().questions.first().id);
    editor.removeCurrent();
    CHECK(project.data().findService(bikes)->answers.size() == 1);
    document.undoStack().undo();
    REQUIRE(project.data().findService(bikes)->answers.size() == 2);
    CHECK(project.data().findService(bikes)->answers.first().answer == QStringLiteral("oui"));
    auto reopened = Project::open(project.filePath(), ProjectFile::Access::ReadOnly);
    CHECK(reopened->data().findService(bikes)->answers == project.data().findService(bikes)->answers);
}

TEST_CASE("The questionnaire goes out blank and comes back filled, one undo step", "[ui][questionnaire]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("exchange.balise"))));
    Project& project = document.project();
    QuestionnaireEditor editor;
    editor.setDocument(&document);
    REQUIRE(editor.addStarterQuestions());
    const QString blank = dir.filePath(QStringLiteral("questionnaire.csv"));
    REQUIRE(editor.exportBlank(blank).isEmpty());
    CHECK(editor.exportBlank(dir.filePath(QStringLiteral("questionnaire.json"))).isEmpty());
    CHECK_FALSE(editor.exportBlank(dir.filePath(QStringLiteral("missing/q.csv"))).isEmpty());
    // As a document to print: a PDF of at least one page holding the questions.
    const QString pdf = dir.filePath(QStringLiteral("questionnaire.pdf"));
    REQUIRE(editor.exportBlank(pdf).isEmpty());
    QFile printed(pdf);
    REQUIRE(printed.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = printed.readAll();
    CHECK(pdfBytes.startsWith("%PDF-"));
    CHECK(pdfBytes.contains("/Type /Page"));
    CHECK_FALSE(editor.exportBlank(dir.filePath(QStringLiteral("missing/q.pdf"))).isEmpty());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing/q.pdf"))));

    // The operator answers the first yes/no question of the file, leaves the rest blank.
    QFile file(blank);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray filled = file.readAll();
    file.close();
    const int at = filled.indexOf(";yes or no;");
    REQUIRE(at > 0);
    filled.insert(at + static_cast<int>(qstrlen(";yes or no;")), "oui");
    const QString back = dir.filePath(QStringLiteral("answered.csv"));
    QFile out(back);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(filled);
    out.close();

    const EntityId bikes = project.data().findServiceByName(QStringLiteral("Vélo libre"))->id;
    ui::ServiceAnswersEditor answers;
    answers.setDocument(&document);
    answers.showService(bikes);
    bool imported = false;
    const QString message = answers.importAnswers(back, &imported);
    INFO(message.toStdString());
    REQUIRE(imported);
    CHECK(message.contains(QStringLiteral("1 answer")));
    REQUIRE(project.data().findService(bikes)->answers.size() == 1);
    CHECK(project.data().findService(bikes)->answers.first().answer == QStringLiteral("oui"));
    document.undoStack().undo();
    CHECK(project.data().findService(bikes)->answers.isEmpty());

    // A wrong answer: nothing imported, the line named.
    filled.replace(";yes or no;oui", ";yes or no;sans doute");
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(filled);
    out.close();
    const QString refused = answers.importAnswers(back, &imported);
    CHECK_FALSE(imported);
    CHECK(refused.contains(QStringLiteral("line")));
    CHECK(project.data().findService(bikes)->answers.isEmpty());
}
