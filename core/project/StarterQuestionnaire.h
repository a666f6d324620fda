#pragma once

#include "Questionnaire.h"

#include <QCoreApplication>

namespace balise {

// A first questionnaire for the operators of data services, in the spirit of the questions cities put
// to the makers of "smart" products before any deployment (whom did you meet, whose problem does it
// solve, what evidence, which data will you share, whom does it not reach), written in Balise's own
// words and in the user's language. Scored questions count towards the adequacy score; the territory
// adapts them to its needs.
class StarterQuestionnaire
{
    Q_DECLARE_TR_FUNCTIONS(StarterQuestionnaire)

public:
    static Questionnaire make();
};

} // namespace balise
