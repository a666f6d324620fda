// Weighing children: methods, AHP's consistency live, the worst judgement named, one undo step.
#include "Project.h"
#include "ProjectDocument.h"
#include "UiTestProject.h"
#include "WeightsDialog.h"
#include "commands/FrameworkCommands.h"

#include <QLabel>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace balise;
using balise::ui::ProjectDocument;
using balise::ui::WeightsDialog;
using Catch::Detail::Approx;

namespace {

// A third objective, so that the objectives can be compared pairwise with a consistency ratio.
void addThirdObjective(Project& project)
{
    FrameworkNode o3;
    o3.code = QStringLiteral("O3");
    o3.name = QStringLiteral("Inclusion");
    project.addNode(o3);
}

} // namespace

TEST_CASE("AHP in the weights dialog: weights, consistency and the worst judgement, applied in one step",
          "[ui][weights]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("ahp.balise"))));
    addThirdObjective(document.project());
    WeightsDialog dialog(document, NoId, nullptr);

    // Saaty's textbook judgements: O1 3× O2, O1 5× O3, O2 2× O3 (the mirrors follow by themselves).
    dialog.setJudgement(0, 1, QStringLiteral("3"));
    dialog.setJudgement(0, 2, QStringLiteral("5"));
    dialog.setJudgement(1, 2, QStringLiteral("2"));
    REQUIRE(dialog.shares().size() == 3);
    CHECK(dialog.shares()[0] == Approx(0.648).margin(0.001));
    CHECK(dialog.shares()[1] == Approx(0.230).margin(0.001));
    CHECK(dialog.shares()[2] == Approx(0.122).margin(0.001));
    QLabel* status = nullptr;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        if (label->text().startsWith(QStringLiteral("Consistency ratio")))
            status = label;
    REQUIRE(status);
    CHECK_FALSE(status->text().contains(QStringLiteral("least consistent")));

    // Contradictory judgements: the worst pair is named.
    dialog.setJudgement(1, 2, QStringLiteral("1/9"));
    dialog.setJudgement(0, 2, QStringLiteral("1/9"));
    CHECK(status->text().contains(QStringLiteral("least consistent")));

    dialog.setJudgement(0, 2, QStringLiteral("5"));
    dialog.setJudgement(1, 2, QStringLiteral("2"));
    const double o2Before = document.project().framework().findByCode(QStringLiteral("O2"))->weight;
    REQUIRE(dialog.applyWeights());
    CHECK(document.project().framework().findByCode(QStringLiteral("O1"))->weight == Approx(64.8).margin(0.1));
    CHECK(document.undoStack().count() == 1);
    document.undoStack().undo();
    CHECK(document.project().framework().findByCode(QStringLiteral("O2"))->weight == o2Before);
}

TEST_CASE("The other weighting methods, and refusals that apply nothing", "[ui][weights]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("methods.balise"))));
    addThirdObjective(document.project());
    WeightsDialog dialog(document, NoId, nullptr);

    dialog.setMethod(WeightsDialog::Equal);
    REQUIRE(dialog.shares().size() == 3);
    CHECK(dialog.shares()[2] == Approx(1.0 / 3));
    dialog.setInputs(WeightsDialog::Ranking, {1, 2, 3});
    CHECK(dialog.shares()[0] == Approx((1.0 + 1.0 / 2 + 1.0 / 3) / 3));
    dialog.setInputs(WeightsDialog::Budget, {50, 30, 20});
    CHECK(dialog.shares()[1] == Approx(0.30));

    dialog.setInputs(WeightsDialog::Budget, {50, 30, 30});
    CHECK(dialog.shares().empty());
    CHECK(dialog.problem().contains(QStringLiteral("110")));
    dialog.setInputs(WeightsDialog::Points, {2, -1, 1});
    CHECK(dialog.shares().empty());
    CHECK_FALSE(dialog.applyWeights());
    CHECK(document.undoStack().count() == 0);
}

TEST_CASE("Several stakeholders: the mean of their shares and how far they disagree", "[ui][weights]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("group.balise"))));
    addThirdObjective(document.project());
    WeightsDialog dialog(document, NoId, nullptr);
    dialog.setStakeholderPoints(0, {2, 1, 1}); // shares ½, ¼, ¼
    dialog.setStakeholderPoints(1, {1, 1, 2}); // shares ¼, ¼, ½
    dialog.setStakeholderPoints(2, {2, 1, 1}); // the first again
    REQUIRE(dialog.shares().size() == 3);
    CHECK(dialog.shares()[0] == Approx((0.5 + 0.25 + 0.5) / 3));
    CHECK(dialog.shares()[1] == Approx(0.25));
    REQUIRE(dialog.disagreement().size() == 3);
    CHECK(dialog.disagreement()[1] == Approx(0.0).margin(1e-12)); // everyone gives O2 a quarter
    CHECK(dialog.disagreement()[0] > 0.1);
    REQUIRE(dialog.applyWeights());
    CHECK(document.project().framework().findByCode(QStringLiteral("O2"))->weight == Approx(25.0));
}

TEST_CASE("The weighting is kept with the project and shown again when the dialog reopens", "[ui][weights]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kept.balise"));
    ProjectDocument document(test::createUiTestProject(path));
    addThirdObjective(document.project());
    const Project& project = document.project();
    QList<EntityId> objectives; // ids: node pointers do not outlive a change of the framework
    for (const FrameworkNode* node : project.framework().children(NoId))
        objectives.append(node->id);
    {
        WeightsDialog dialog(document, NoId, nullptr);
        dialog.setJudgement(0, 1, QStringLiteral("3"));
        dialog.setJudgement(0, 2, QStringLiteral("5"));
        dialog.setJudgement(1, 2, QStringLiteral("2"));
        dialog.setStakeholderPoints(1, {4, 2, 1});
        dialog.setMethod(WeightsDialog::Pairwise);
        REQUIRE(dialog.applyWeights());
    }
    const WeightingRecord* record = project.data().findWeighting(NoId);
    REQUIRE(record);
    CHECK(record->method == WeightingMethod::Pairwise);
    REQUIRE(record->judgements.size() == 3);
    CHECK(record->judgements[0] == PairwiseJudgement{objectives[0], objectives[1], 3.0});
    CHECK(record->stakeholders.size() == 3);

    // Reopened: the pairwise tab with the same judgements, so the same shares.
    {
        WeightsDialog again(document, NoId, nullptr);
        CHECK(again.method() == WeightsDialog::Pairwise);
        REQUIRE(again.shares().size() == 3);
        CHECK(again.shares()[0] == Approx(0.648).margin(0.001));
        CHECK(again.typedRecord() == *record);
        // Reordered children keep their own judgements: the record names them by id.
        document.execute(std::make_unique<ui::MoveNodeCommand>(document, objectives[2], NoId, 0));
    }
    {
        WeightsDialog reordered(document, NoId, nullptr);
        REQUIRE(reordered.shares().size() == 3);
        // O3 is first now; O1 still weighs 0.648.
        CHECK(reordered.shares()[1] == Approx(0.648).margin(0.001));
    }

    // Undo takes the record away with the weights; redo brings both back.
    QUndoStack& history = document.undoStack();
    history.undo(); // the move
    history.undo(); // the weighting
    CHECK_FALSE(project.data().findWeighting(NoId));
    history.redo();
    REQUIRE(project.data().findWeighting(NoId));
    CHECK(project.data().findWeighting(NoId)->judgements.size() == 3);

    // In the file too.
    auto reopened = Project::open(path, ProjectFile::Access::ReadOnly);
    REQUIRE(reopened->data().findWeighting(NoId));
    CHECK(*reopened->data().findWeighting(NoId) == *project.data().findWeighting(NoId));
}
