#include "AdequacyScore.h"

#include "NumberParser.h"

#include <QHash>
#include <QSet>
#include <cmath>

namespace balise {
namespace {

std::optional<bool> readYesNo(const QString& text)
{
    const QString word = text.trimmed().toLower();
    for (const char* yes : {"yes", "oui", "y", "o", "1", "true", "vrai"})
        if (word == QLatin1String(yes))
            return true;
    for (const char* no : {"no", "non", "n", "0", "false", "faux"})
        if (word == QLatin1String(no))
            return false;
    return std::nullopt;
}

std::optional<double> readNumber(const QString& text)
{
    // Either decimal mark: an answer is one number, so a single ',' or '.' is unambiguous.
    const QString t = text.trimmed();
    const NumberParser parser(t.contains(QLatin1Char(',')) && !t.contains(QLatin1Char('.')) ? QLatin1Char(',')
                                                                                            : QLatin1Char('.'));
    const auto value = parser.parse(t);
    return value && std::isfinite(*value) ? value : std::nullopt;
}

int choiceIndex(const Question& question, const QString& text)
{
    const QString wanted = text.trimmed();
    for (int i = 0; i < question.choices.size(); ++i)
        if (question.choices[i].trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    bool ok = false;
    const int rank = wanted.toInt(&ok); // the choice's 1-based place
    return ok && rank >= 1 && rank <= question.choices.size() ? rank - 1 : -1;
}

QStringList selections(const QString& text)
{
    // One choice per line as typed; ';' or '|' between them as a spreadsheet cell holds them.
    QString normalised = text;
    normalised.replace(QLatin1Char(';'), QLatin1Char('\n')).replace(QLatin1Char('|'), QLatin1Char('\n'));
    QStringList parts;
    for (const QString& part : normalised.split(QLatin1Char('\n')))
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    return parts;
}

} // namespace

std::optional<double> AdequacyScore::valueOf(const Question& q, const QString& answer, QString* problem)
{
    auto fail = [&](const QString& why) -> std::optional<double> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (answer.trimmed().isEmpty() || q.kind == QuestionKind::FreeText)
        return std::nullopt;
    double value = 0.0;
    switch (q.kind) {
    case QuestionKind::YesNo: {
        const auto yes = readYesNo(answer);
        if (!yes)
            return fail(tr("\"%1\" is not yes or no.").arg(answer.trimmed()));
        value = *yes ? 1.0 : 0.0;
        break;
    }
    case QuestionKind::Scale:
    case QuestionKind::Number: {
        const auto x = readNumber(answer);
        if (!x)
            return fail(tr("\"%1\" is not a number.").arg(answer.trimmed()));
        if (q.kind == QuestionKind::Scale && (*x < q.scaleMin || *x > q.scaleMax))
            return fail(tr("%1 is outside the scale %2–%3.").arg(answer.trimmed()).arg(q.scaleMin).arg(q.scaleMax));
        const double span = q.scaleMax - q.scaleMin;
        value = span > 0 ? std::clamp((*x - q.scaleMin) / span, 0.0, 1.0) : 0.0;
        break;
    }
    case QuestionKind::SingleChoice: {
        const int index = choiceIndex(q, answer);
        if (index < 0)
            return fail(tr("\"%1\" is not one of the choices: %2.")
                            .arg(answer.trimmed(), q.choices.join(QStringLiteral(", "))));
        value = q.choices.size() > 1 ? static_cast<double>(index) / static_cast<double>(q.choices.size() - 1) : 1.0;
        break;
    }
    case QuestionKind::MultipleChoice: {
        QSet<int> ticked;
        for (const QString& part : selections(answer)) {
            const int index = choiceIndex(q, part);
            if (index < 0)
                return fail(
                    tr("\"%1\" is not one of the choices: %2.").arg(part, q.choices.join(QStringLiteral(", "))));
            ticked.insert(index);
        }
        value = q.choices.isEmpty() ? 0.0 : static_cast<double>(ticked.size()) / static_cast<double>(q.choices.size());
        break;
    }
    case QuestionKind::FreeText:
        return std::nullopt;
    }
    return q.lowerIsBetter ? 1.0 - value : value;
}

QString AdequacyScore::checkAnswer(const Question& question, const QString& answer)
{
    if (answer.trimmed().isEmpty() || question.kind == QuestionKind::FreeText)
        return {};
    QString problem;
    valueOf(question, answer, &problem);
    return problem;
}

AdequacyScore::Result AdequacyScore::of(const Questionnaire& questionnaire, const QList<QuestionnaireAnswer>& answers)
{
    QHash<EntityId, QString> given;
    for (const QuestionnaireAnswer& a : answers)
        given.insert(a.questionId, a.answer);
    struct Sum
    {
        double weighted = 0.0, answeredWeight = 0.0, totalWeight = 0.0;
        int questions = 0;
    };
    Sum all;
    QList<EntityId> needOrder;
    QHash<EntityId, Sum> byNeed;
    for (const QuestionnaireSection& section : questionnaire.sections)
        for (const Question& q : section.questions) {
            if (!q.scored || q.kind == QuestionKind::FreeText || q.weight <= 0)
                continue;
            const auto value = valueOf(q, given.value(q.id));
            auto add = [&](Sum& sum) {
                sum.totalWeight += q.weight;
                ++sum.questions;
                if (value) {
                    sum.weighted += q.weight * *value;
                    sum.answeredWeight += q.weight;
                }
            };
            add(all);
            if (q.needId != NoId) {
                if (!byNeed.contains(q.needId))
                    needOrder.append(q.needId);
                add(byNeed[q.needId]);
            }
        }
    auto part = [](const Sum& sum) {
        Part p;
        p.questions = sum.questions;
        p.coverage = sum.totalWeight > 0 ? sum.answeredWeight / sum.totalWeight : 0.0;
        p.score = sum.answeredWeight > 0 ? 100.0 * sum.weighted / sum.answeredWeight : std::nan("");
        return p;
    };
    Result result;
    result.overall = part(all);
    for (EntityId need : needOrder)
        result.needs.append({need, part(byNeed.value(need))});
    return result;
}

} // namespace balise
