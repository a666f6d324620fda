// libFuzzer target for an operator's answered questionnaire: any bytes end in answers or problems,
// never both — no crash, leak or undefined behaviour.
#include "FuzzProject.h"
#include "QuestionnaireExchange.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const balise::Project& project = balise::fuzz::baseProject();
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto read = balise::QuestionnaireExchange::readAnswers(bytes, project.questionnaire());
    if (!read.ok() && !read.answers.isEmpty())
        __builtin_trap(); // all or nothing
    if (read.ok() && !read.answers.isEmpty()) {
        const balise::DataService merged =
            balise::QuestionnaireExchange::withAnswers(project.services().constFirst(), read.answers);
        (void)merged;
    }
    return 0;
}
