#include "StarterQuestionnaire.h"

namespace balise {
namespace {

Question ask(const QString& text, QuestionKind kind, bool scored = false, const QStringList& choices = {})
{
    Question q;
    q.text = text;
    q.kind = kind;
    q.scored = scored;
    q.choices = choices;
    return q;
}

} // namespace

Questionnaire StarterQuestionnaire::make()
{
    QuestionnaireSection territory;
    territory.title = tr("The territory and its residents");
    territory.questions = {
        ask(tr("Whom did you meet on the territory before proposing the service (residents, associations, the "
               "authority's departments)?"),
            QuestionKind::FreeText),
        ask(tr("Whose problem does the service solve?"), QuestionKind::SingleChoice, true,
            {tr("an internal problem of the authority only"), tr("both"), tr("a problem of the residents")}),
        ask(tr("What shows that the problem is real (figures, studies, complaints)?"), QuestionKind::FreeText),
        ask(tr("Was the problem measured before the service started?"), QuestionKind::YesNo, true),
    };
    QuestionnaireSection data;
    data.title = tr("Data");
    data.questions = {
        ask(tr("Which data will you share with the authority?"), QuestionKind::MultipleChoice, true,
            {tr("use of the service"), tr("anonymised trips or flows"), tr("quality of service"), tr("incidents"),
             tr("energy or resources consumed")}),
        ask(tr("Will the shared data be open for others to re-use, under an open licence?"), QuestionKind::YesNo, true),
        ask(tr("How often will you share the data?"), QuestionKind::SingleChoice, true,
            {tr("never"), tr("once a year"), tr("every quarter"), tr("every month or more often")}),
    };
    QuestionnaireSection inclusion;
    inclusion.title = tr("Whom the service reaches");
    inclusion.questions = {
        ask(tr("Whom does the service not reach (people without a smartphone or a bank card, with a disability, "
               "who do not read French)?"),
            QuestionKind::FreeText),
        ask(tr("Can the service be used without a smartphone?"), QuestionKind::YesNo, true),
    };
    Question access = ask(tr("How accessible is the service to people with a disability (1: not at all, 5: fully)?"),
                          QuestionKind::Scale, true);
    access.scaleMin = 1;
    access.scaleMax = 5;
    inclusion.questions.append(access);
    QuestionnaireSection publicInterest;
    publicInterest.title = tr("Public interest");
    publicInterest.questions = {
        ask(tr("Which public resources does the service use (public space, subsidies, the authority's data)?"),
            QuestionKind::FreeText),
        ask(tr("Will you evaluate the service with the authority, on indicators you both agree on?"),
            QuestionKind::YesNo, true),
    };
    Questionnaire questionnaire;
    questionnaire.sections = {territory, data, inclusion, publicInterest};
    return questionnaire;
}

} // namespace balise
