#include "Questionnaire.h"

namespace balise {

const Question* Questionnaire::findQuestion(EntityId id) const
{
    for (const auto& section : sections)
        for (const auto& question : section.questions)
            if (question.id == id)
                return &question;
    return nullptr;
}

} // namespace balise
