#pragma once

#include "DataService.h"
#include "ImportError.h"
#include "Questionnaire.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace balise {

// The operator questionnaire as a file that travels: the territory sends the blank questionnaire to an
// operator (CSV for a spreadsheet, or JSON), the operator fills the `answer` column and sends it back,
// and the answers are read in with every problem named by line and column. The CSV is
// `question_id;number;section;question;expected;answer`, `;`-separated with a UTF-8 BOM so that French
// spreadsheet software opens it as columns; any separator is accepted back. Cells of question text that
// a spreadsheet would take for a formula (= + - @ first) are written with a leading apostrophe.
class QuestionnaireExchange
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireExchange)

public:
    static QByteArray blankCsv(const Questionnaire& questionnaire);
    // {"format": "balise-questionnaire", "version": 1, "territory", "sections": [{"title", "questions":
    // [{"id", "number", "text", "kind", "choices", "scale_min", "scale_max", "answer": ""}]}]}
    static QByteArray blankJson(const Questionnaire& questionnaire, const QString& territory);

    struct Answers
    {
        QList<QuestionnaireAnswer> answers; // non-empty answers, for questions of this questionnaire
        QList<ImportError> errors;
        int empty = 0; // questions left blank
        bool ok() const { return errors.isEmpty(); }
    };
    // Reads a filled CSV: the `answer` column, each line's question found by `question_id` (or, failing
    // that, by `number`). Every answer is checked against its question (AdequacyScore::checkAnswer).
    static Answers readAnswers(const QByteArray& csv, const Questionnaire& questionnaire);
    // An answered questionnaire is small: 1 MiB holds thousands of answers. A larger file is refused
    // before it is read.
    static constexpr qint64 MaxFileBytes = 1024 * 1024;
    // Reads the file at `path`; a file that cannot be read, or is larger than MaxFileBytes, gives one
    // error naming why.
    static Answers readAnswersFile(const QString& path, const Questionnaire& questionnaire);
    // `service` with the answers read merged in: a question answered in the file takes the file's
    // answer, the others keep theirs; answers stay in question order. The workbench and the command
    // line both import answers through this.
    static DataService withAnswers(const DataService& service, const QList<QuestionnaireAnswer>& answers);

    // What a spreadsheet cell shows for the kind of answer expected: "yes or no", "1 to 5"…
    static QString expected(const Question& question);
};

} // namespace balise
