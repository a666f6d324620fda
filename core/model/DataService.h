#pragma once

#include "Enums.h"
#include "Ids.h"

#include <QHash>
#include <QString>
#include <array>
#include <optional>

namespace balise {

// An operator's answer to one question of the questionnaire; the text form is what was typed or
// imported (a number, "yes"/"no", a choice label, several labels separated by '\n').
struct QuestionnaireAnswer
{
    EntityId questionId = NoId;
    QString answer;

    bool operator==(const QuestionnaireAnswer&) const = default;
};

// An urban data service [data service urbain] evaluated on the framework.
struct DataService
{
    EntityId id = NoId;
    QString name;
    QString operatorName;
    Domain domain = Domain::Other;
    QString description;
    DataRole dataRole = DataRole::Lever;
    QString populationReached;
    QString populationNotReached;
    int postures = 0; // OR of Posture flags
    // Destabilisation profile: 0–4 per axis, empty when not assessed.
    std::array<std::optional<int>, DestabilisationAxisCount> destabilisation;
    QList<QuestionnaireAnswer> answers;

    bool operator==(const DataService&) const = default;
    bool hasPosture(Posture p) const { return (postures & static_cast<int>(p)) != 0; }
};

} // namespace balise
