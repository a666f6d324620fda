#pragma once

#include "DataService.h"
#include "Questionnaire.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace balise {

// How well an operator's offer meets the territory's needs, from its answers to the scored questions
// of the questionnaire (0–100). Each scored answer counts from 0 (the worst answer) to 1 (the best):
//   yes/no — yes 1, no 0; a scale — (x − lowest)/(highest − lowest); a number — the same, the
//   question's lowest and highest values as goalposts, clamped; one choice — its place among the
//   choices, listed worst first (k/(n − 1)); several choices — the share of the choices ticked;
// turned round when the question says lower is better. Free-text questions are never scored.
// The adequacy is the weighted mean over the answered scored questions, ×100: in all, and per need
// for the questions linked to a need; its coverage is the share of the scored weight answered.
// Unanswered questions do not count as 0: they lower the coverage.
class AdequacyScore
{
    Q_DECLARE_TR_FUNCTIONS(AdequacyScore)

public:
    struct Part
    {
        double score = 0.0;    // 0–100; NaN when nothing scored was answered
        double coverage = 0.0; // 0–1
        int questions = 0;     // scored questions that count here
    };
    struct NeedPart
    {
        EntityId needId = NoId;
        Part part;
    };
    struct Result
    {
        Part overall;
        QList<NeedPart> needs; // in the order of first appearance in the questionnaire
    };

    static Result of(const Questionnaire& questionnaire, const QList<QuestionnaireAnswer>& answers);

    // An answer's value from 0 to 1 for a scored question (nullopt for free text or an empty answer);
    // `problem` receives why an answer cannot be read (an unknown choice, a number out of the scale).
    static std::optional<double> valueOf(const Question& question, const QString& answer, QString* problem = nullptr);
    // Whether an answer can be stored for the question (empty: unanswered, always allowed); the
    // reason when not. Used for typed and imported answers alike.
    static QString checkAnswer(const Question& question, const QString& answer);
};

} // namespace balise
