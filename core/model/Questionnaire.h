#pragma once

#include "Enums.h"
#include "Ids.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace balise {

// A question put to data-service operators. Scored questions contribute to the adequacy score
// between an operator's offer and the territory's needs.
struct Question
{
    EntityId id = NoId;
    EntityId sectionId = NoId;
    QString text;
    QuestionKind kind = QuestionKind::FreeText;
    QStringList choices; // for single / multiple choice
    int scaleMin = 1;    // for scale questions
    int scaleMax = 5;
    bool scored = false;
    double weight = 1.0;
    // Which way a scored answer counts: false — "yes", the high end of a scale or number, the last
    // choice (choices are listed worst first) is best; true — the other way round.
    bool lowerIsBetter = false;
    EntityId needId = NoId;      // optional link to a need of the vade-mecum
    EntityId objectiveId = NoId; // optional link to an objective of the framework

    bool operator==(const Question&) const = default;
};

struct QuestionnaireSection
{
    EntityId id = NoId;
    QString title;
    QList<Question> questions; // display order

    bool operator==(const QuestionnaireSection&) const = default;
};

struct Questionnaire
{
    QList<QuestionnaireSection> sections;

    bool operator==(const Questionnaire&) const = default;
    const Question* findQuestion(EntityId id) const;
};

} // namespace balise
