// The questionnaire as a file: exported blank, filled by an operator, read back with its errors named.
#include "QuestionnaireExchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace balise;

namespace {

Questionnaire sample()
{
    Question yesNo;
    yesNo.id = 11;
    yesNo.text = QStringLiteral("Le service fonctionne-t-il sans smartphone ?");
    yesNo.kind = QuestionKind::YesNo;
    Question choice;
    choice.id = 12;
    choice.text = QStringLiteral("=Fréquence du partage ; des données");
    choice.kind = QuestionKind::SingleChoice;
    choice.choices = {QStringLiteral("jamais"), QStringLiteral("chaque mois")};
    Question free;
    free.id = 13;
    free.text = QStringLiteral("Qui avez-vous rencontré ?");
    QuestionnaireSection section;
    section.id = 1;
    section.title = QStringLiteral("Offre");
    section.questions = {yesNo, choice, free};
    Questionnaire q;
    q.sections = {section};
    return q;
}

} // namespace

TEST_CASE("The blank questionnaire is exported for a spreadsheet and as JSON", "[questionnaire][csv]")
{
    const QByteArray csv = QuestionnaireExchange::blankCsv(sample());
    CHECK(csv.startsWith("\xEF\xBB\xBF"
                         "question_id;number;section;question;expected;answer\r\n"));
    CHECK(csv.contains("11;1;Offre;Le service fonctionne-t-il sans smartphone ?;yes or no;\r\n"));
    // A text a spreadsheet would run as a formula is made inert, and quoted for its ';'.
    CHECK(csv.contains("\"'=Fréquence du partage ; des données\""));
    const QJsonObject json =
        QJsonDocument::fromJson(QuestionnaireExchange::blankJson(sample(), QStringLiteral("Val"))).object();
    CHECK(json.value(QStringLiteral("format")).toString() == QStringLiteral("balise-questionnaire"));
    CHECK(json.value(QStringLiteral("version")).toInt() == 1);
    CHECK(json.value(QStringLiteral("sections"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("questions"))
              .toArray()
              .size() == 3);
}

TEST_CASE("Filled answers are read back, checked against their questions, all or nothing", "[questionnaire][csv]")
{
    // The blank file as an operator fills it in a spreadsheet and saves it again.
    QByteArray filled = QuestionnaireExchange::blankCsv(sample());
    filled.replace("yes or no;", "yes or no;oui");
    filled.replace("jamais | chaque mois;", "jamais | chaque mois;chaque mois");
    filled.replace("free text;", "free text;Les associations du quartier");
    const auto read = QuestionnaireExchange::readAnswers(filled, sample());
    INFO(ImportError::formatAll(read.errors).toStdString());
    REQUIRE(read.ok());
    REQUIRE(read.answers.size() == 3);
    CHECK(read.answers[0] == QuestionnaireAnswer{11, QStringLiteral("oui")});
    CHECK(read.answers[1] == QuestionnaireAnswer{12, QStringLiteral("chaque mois")});

    // By number, comma-separated, one left blank.
    const auto byNumber = QuestionnaireExchange::readAnswers("number,answer\n1,non\n2,\n3,Personne\n", sample());
    REQUIRE(byNumber.ok());
    CHECK(byNumber.answers.size() == 2);
    CHECK(byNumber.empty == 1);

    // Wrong answers, unknown questions and a question answered twice: each named with its line and
    // column, and nothing kept.
    const auto wrong =
        QuestionnaireExchange::readAnswers("question_id,answer\n11,peut-être\n99,oui\n12,parfois\n11,oui\n", sample());
    CHECK_FALSE(wrong.ok());
    CHECK(wrong.answers.isEmpty());
    const QString errors = ImportError::formatAll(wrong.errors);
    CHECK(errors.contains(QStringLiteral("line 2")));
    CHECK(errors.contains(QStringLiteral("yes or no")));
    CHECK(errors.contains(QStringLiteral("\"99\"")));
    CHECK(errors.contains(QStringLiteral("parfois")));
    CHECK(errors.contains(QStringLiteral("already answered on line 2")));

    // Not the questionnaire's file at all.
    CHECK_FALSE(QuestionnaireExchange::readAnswers("service,indicator,period,value\n", sample()).ok());
    CHECK_FALSE(QuestionnaireExchange::readAnswers("", sample()).ok());
}
