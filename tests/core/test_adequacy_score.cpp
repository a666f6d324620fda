// The adequacy between an operator's answers and the territory's needs, on an example computed by hand.
#include "AdequacyScore.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace balise;

namespace {

Question question(EntityId id, QuestionKind kind, double weight, EntityId need = NoId)
{
    Question q;
    q.id = id;
    q.text = QStringLiteral("Q%1").arg(id);
    q.kind = kind;
    q.scored = true;
    q.weight = weight;
    q.needId = need;
    return q;
}

} // namespace

TEST_CASE("Adequacy: each scored answer from 0 to 1, the weighted mean by need and in all", "[adequacy]")
{
    // Need 100: Q1 yes/no (weight 2), Q2 scale 1–5 (weight 1). Need 200: Q3 one choice among three
    // (weight 1), Q4 yes/no where "no" is better (weight 1). Q5 several choices, no need (weight 2).
    // Q6 is free text (never scored); Q7 is scored but unanswered (weight 2, need 200).
    Questionnaire questionnaire;
    QuestionnaireSection section;
    section.title = QStringLiteral("Offre");
    section.questions = {question(1, QuestionKind::YesNo, 2, 100),        question(2, QuestionKind::Scale, 1, 100),
                         question(3, QuestionKind::SingleChoice, 1, 200), question(4, QuestionKind::YesNo, 1, 200),
                         question(5, QuestionKind::MultipleChoice, 2),    question(6, QuestionKind::FreeText, 1),
                         question(7, QuestionKind::Number, 2, 200)};
    section.questions[1].scaleMin = 1;
    section.questions[1].scaleMax = 5;
    section.questions[2].choices = {QStringLiteral("aucune"), QStringLiteral("partielle"), QStringLiteral("complète")};
    section.questions[3].lowerIsBetter = true;
    section.questions[4].choices = {QStringLiteral("vélo"), QStringLiteral("bus"), QStringLiteral("train"),
                                    QStringLiteral("marche")};
    section.questions[6].scaleMin = 0;
    section.questions[6].scaleMax = 100;
    questionnaire.sections = {section};

    const QList<QuestionnaireAnswer> answers = {
        {1, QStringLiteral("oui")},               // 1
        {2, QStringLiteral("4")},                 // (4 − 1)/(5 − 1) = 0.75
        {3, QStringLiteral("partielle")},         // 1/2 = 0.5
        {4, QStringLiteral("yes")},               // yes where no is better: 0
        {5, QStringLiteral("vélo; bus; marche")}, // 3 of 4 = 0.75
        {6, QStringLiteral("Nous avons rencontré les habitants.")},
    };
    const AdequacyScore::Result result = AdequacyScore::of(questionnaire, answers);
    // In all: (2·1 + 1·0.75 + 1·0.5 + 1·0 + 2·0.75) / (2 + 1 + 1 + 1 + 2) = 4.75 / 7.
    CHECK(result.overall.score == Approx(100.0 * 4.75 / 7.0));
    CHECK(result.overall.coverage == Approx(7.0 / 9.0));
    CHECK(result.overall.questions == 6);
    REQUIRE(result.needs.size() == 2);
    CHECK(result.needs[0].needId == 100);
    CHECK(result.needs[0].part.score == Approx(100.0 * 2.75 / 3.0));
    CHECK(result.needs[0].part.coverage == Approx(1.0));
    CHECK(result.needs[1].needId == 200);
    CHECK(result.needs[1].part.score == Approx(100.0 * 0.5 / 2.0));
    CHECK(result.needs[1].part.coverage == Approx(2.0 / 4.0));

    // Nothing answered: no score, not 0.
    const AdequacyScore::Result none = AdequacyScore::of(questionnaire, {});
    CHECK(std::isnan(none.overall.score));
    CHECK(none.overall.coverage == 0.0);
}

TEST_CASE("Answers that cannot be read are refused with the reason", "[adequacy]")
{
    Question yesNo = question(1, QuestionKind::YesNo, 1);
    Question scale = question(2, QuestionKind::Scale, 1);
    scale.scaleMin = 1;
    scale.scaleMax = 5;
    Question choice = question(3, QuestionKind::SingleChoice, 1);
    choice.choices = {QStringLiteral("a"), QStringLiteral("b")};
    Question number = question(4, QuestionKind::Number, 1);
    number.scaleMin = 0;
    number.scaleMax = 10;
    CHECK(AdequacyScore::checkAnswer(yesNo, QStringLiteral("peut-être")).contains(QStringLiteral("yes or no")));
    CHECK(AdequacyScore::checkAnswer(scale, QStringLiteral("7")).contains(QStringLiteral("outside")));
    CHECK(AdequacyScore::checkAnswer(scale, QStringLiteral("beaucoup")).contains(QStringLiteral("not a number")));
    CHECK(AdequacyScore::checkAnswer(choice, QStringLiteral("c")).contains(QStringLiteral("a, b")));
    CHECK(AdequacyScore::checkAnswer(choice, QStringLiteral("2")).isEmpty()); // the 2nd choice
    CHECK(AdequacyScore::checkAnswer(yesNo, QString()).isEmpty());            // unanswered
    // A number beyond the goalposts counts as the end it passed; either decimal mark is read.
    CHECK(AdequacyScore::valueOf(number, QStringLiteral("25")) == 1.0);
    CHECK(AdequacyScore::valueOf(number, QStringLiteral("2,5")) == Approx(0.25));
    CHECK(AdequacyScore::valueOf(number, QStringLiteral("nan")) == std::nullopt);
}
