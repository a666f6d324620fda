#include "QuestionnaireExchange.h"

#include "AdequacyScore.h"
#include "CsvHeader.h"
#include "CsvReader.h"
#include "CsvWriter.h"
#include "ImportErrorList.h"
#include "ModelValidator.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace balise {
namespace {

using namespace Qt::Literals::StringLiterals;

// Cells of the blank questionnaire: `;`-separated, made inert for spreadsheets (CsvWriter).
QString csvCell(const QString& text)
{
    return CsvWriter(CsvDialect::semicolon()).text(text);
}

} // namespace

QString QuestionnaireExchange::expected(const Question& q)
{
    switch (q.kind) {
    case QuestionKind::YesNo:
        return tr("yes or no");
    case QuestionKind::Scale:
        return tr("a whole number from %1 to %2").arg(q.scaleMin).arg(q.scaleMax);
    case QuestionKind::Number:
        return tr("a number");
    case QuestionKind::SingleChoice:
        return tr("one of: %1").arg(q.choices.join(u" | "_s));
    case QuestionKind::MultipleChoice:
        return tr("any of, separated by |: %1").arg(q.choices.join(u" | "_s));
    case QuestionKind::FreeText:
        break;
    }
    return tr("free text");
}

QByteArray QuestionnaireExchange::blankCsv(const Questionnaire& questionnaire)
{
    QString out = u"\uFEFF"_s; // BOM: French spreadsheet software then reads UTF-8
    out += u"question_id;number;section;question;expected;answer\r\n"_s;
    int number = 0;
    for (const QuestionnaireSection& section : questionnaire.sections)
        for (const Question& q : section.questions)
            out += QStringList{QString::number(q.id), QString::number(++number), csvCell(section.title),
                               csvCell(q.text),       csvCell(expected(q)),      QString()}
                       .join(u';') +
                   u"\r\n"_s;
    return out.toUtf8();
}

QByteArray QuestionnaireExchange::blankJson(const Questionnaire& questionnaire, const QString& territory)
{
    QJsonArray sections;
    int number = 0;
    for (const QuestionnaireSection& section : questionnaire.sections) {
        QJsonArray questions;
        for (const Question& q : section.questions)
            questions.append(QJsonObject{{u"id"_s, static_cast<double>(q.id)},
                                         {u"number"_s, ++number},
                                         {u"text"_s, q.text},
                                         {u"kind"_s, keyOf(q.kind)},
                                         {u"choices"_s, QJsonArray::fromStringList(q.choices)},
                                         {u"scale_min"_s, q.scaleMin},
                                         {u"scale_max"_s, q.scaleMax},
                                         {u"answer"_s, QString()}});
        sections.append(QJsonObject{{u"title"_s, section.title}, {u"questions"_s, questions}});
    }
    const QJsonObject root{{u"format"_s, u"balise-questionnaire"_s},
                           {u"version"_s, 1},
                           {u"territory"_s, territory},
                           {u"sections"_s, sections}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QuestionnaireExchange::Answers QuestionnaireExchange::readAnswers(const QByteArray& bytes,
                                                                  const Questionnaire& questionnaire)
{
    Answers result;
    const CsvDocument csv = CsvReader().parse(bytes);
    if (!csv.ok()) {
        result.errors = csv.errors;
        return result;
    }
    if (csv.isEmpty()) {
        result.errors.append({0, 0, tr("The file is empty: it needs the header of the blank questionnaire.")});
        return result;
    }
    const CsvHeader header(csv.rows.first());
    const int idColumn = header.indexOf(u"question_id"_s);
    const int numberColumn = header.indexOf(u"number"_s);
    const int answerColumn = header.indexOf(u"answer"_s);
    if (answerColumn < 0 || (idColumn < 0 && numberColumn < 0)) {
        result.errors.append({header.row().line, 0,
                              tr("The header needs an answer column and a question_id (or number) column, as in "
                                 "the blank questionnaire Balise exports.")});
        return result;
    }
    QHash<EntityId, const Question*> byId;
    QList<const Question*> inOrder;
    for (const QuestionnaireSection& section : questionnaire.sections)
        for (const Question& q : section.questions) {
            byId.insert(q.id, &q);
            inOrder.append(&q);
        }
    ImportErrorList errors;
    QHash<EntityId, int> seenOn; // question → line, to refuse the same question answered twice
    for (qsizetype r = 1; r < csv.rows.size(); ++r) {
        const CsvRow& row = csv.rows[r];
        // Text beyond the header's columns is an answer in the wrong place (a separator in an unquoted cell).
        bool stray = false;
        for (int c = header.row().size(); c < row.size(); ++c)
            stray = stray || !row.text(c).trimmed().isEmpty();
        if (stray) {
            errors.add({row.line, 0,
                        tr("This line has %1 cells but the header has %2.").arg(row.size()).arg(header.row().size())});
            continue;
        }
        const Question* question = nullptr;
        if (idColumn >= 0 && !row.text(idColumn).isEmpty()) {
            bool ok = false;
            const qlonglong id = row.text(idColumn).toLongLong(&ok);
            question = ok ? byId.value(id, nullptr) : nullptr;
            if (!question) {
                errors.add(row.errorAt(
                    idColumn, tr("\"%1\" is not a question of this questionnaire.").arg(row.text(idColumn).left(40))));
                continue;
            }
        } else if (numberColumn >= 0) {
            bool ok = false;
            const int number = row.text(numberColumn).toInt(&ok);
            if (!ok || number < 1 || number > inOrder.size()) {
                errors.add(row.errorAt(numberColumn, tr("\"%1\" is not the number of a question of this "
                                                        "questionnaire.")
                                                         .arg(row.text(numberColumn).left(40))));
                continue;
            }
            question = inOrder[number - 1];
        } else {
            errors.add(row.errorAt(idColumn, tr("The question is not named on this line.")));
            continue;
        }
        if (const auto earlier = seenOn.constFind(question->id); earlier != seenOn.cend()) {
            errors.add(row.errorAt(idColumn >= 0 ? idColumn : numberColumn,
                                   tr("This question is already answered on line %1.").arg(*earlier)));
            continue;
        }
        seenOn.insert(question->id, row.line);
        const QString answer = row.text(answerColumn);
        if (answer.isEmpty()) {
            ++result.empty;
            continue;
        }
        if (answer.size() > ModelValidator::MaxTextLength) {
            errors.add(row.errorAt(answerColumn,
                                   tr("The answer is longer than %1 characters.").arg(ModelValidator::MaxTextLength)));
            continue;
        }
        if (const QString problem = AdequacyScore::checkAnswer(*question, answer); !problem.isEmpty()) {
            errors.add(row.errorAt(answerColumn, problem));
            continue;
        }
        result.answers.append({question->id, answer});
    }
    result.errors = errors.toList();
    if (!result.ok())
        result.answers.clear(); // all or nothing
    return result;
}

QuestionnaireExchange::Answers QuestionnaireExchange::readAnswersFile(const QString& path,
                                                                      const Questionnaire& questionnaire)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Answers result;
        result.errors.append({0, 0, tr("The file cannot be read: %1.").arg(file.errorString())});
        return result;
    }
    if (file.size() > MaxFileBytes) {
        Answers result;
        result.errors.append({0, 0, tr("The file is larger than 1 MiB: it is not an answered questionnaire.")});
        return result;
    }
    return readAnswers(file.readAll(), questionnaire);
}

DataService QuestionnaireExchange::withAnswers(const DataService& service, const QList<QuestionnaireAnswer>& answers)
{
    DataService after = service;
    for (const QuestionnaireAnswer& answer : answers) {
        after.answers.removeIf([&](const QuestionnaireAnswer& a) { return a.questionId == answer.questionId; });
        after.answers.append(answer);
    }
    std::sort(after.answers.begin(), after.answers.end(),
              [](const QuestionnaireAnswer& a, const QuestionnaireAnswer& b) { return a.questionId < b.questionId; });
    return after;
}

} // namespace balise
