#pragma once

#include "ModelValidator.h"

#include <stdexcept>

namespace balise {

// Thrown by Project when a change breaks a rule of the model; nothing was changed.
class ChangeRefused : public std::runtime_error
{
public:
    explicit ChangeRefused(ValidationIssues issues)
        : std::runtime_error(ModelValidator::join(issues).toStdString()), m_issues(std::move(issues))
    {}
    const ValidationIssues& issues() const { return m_issues; }
    QString message() const { return ModelValidator::join(m_issues); }

private:
    ValidationIssues m_issues;
};

} // namespace balise
