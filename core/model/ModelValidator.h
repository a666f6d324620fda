#pragma once

#include "DataService.h"
#include "Framework.h"
#include "ImpactAccount.h"
#include "Measurement.h"
#include "Period.h"
#include "ProjectInfo.h"
#include "Questionnaire.h"
#include "VadeMecum.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace balise {

// A rule an entity breaks: the field concerned (stable key, for editors to highlight) and a
// sentence for the user in their language.
struct ValidationIssue
{
    QString field;
    QString message;
};
using ValidationIssues = QList<ValidationIssue>;

// The rules every entity must satisfy before it is stored. The project refuses a change that breaks
// one, so the file never holds an invalid model; importers use the same rules to report all
// problems of a file at once.
class ModelValidator
{
    Q_DECLARE_TR_FUNCTIONS(ModelValidator)

public:
    // Bounds on what a file can hand Balise: a name (node, service, period, project, territory) is shown
    // on one line; a text (description, actions, comment) fills a page or a few, not megabytes; a
    // weight beyond a million is a slip of the keyboard, and sums of such weights could overflow.
    static constexpr int MaxNameLength = 300;
    static constexpr int MaxTextLength = 100000;
    static constexpr double MaxWeight = 1e6;
    // `node` as it would be after the change; `framework` as it is now (it may hold the old version).
    static ValidationIssues checkNode(const Framework& framework, const FrameworkNode& node);
    static ValidationIssues checkIndicator(const IndicatorSpec& spec);
    static ValidationIssues checkPeriod(const QList<Period>& periods, const Period& period);
    static ValidationIssues checkService(const QList<DataService>& services, const DataService& service);
    static ValidationIssues checkMeasurement(const FrameworkNode& indicator, const Measurement& measurement);
    static ValidationIssues checkSettings(const ProjectSettings& settings);
    static ValidationIssues checkInfo(const ProjectInfo& info);
    static ValidationIssues checkImpactAccount(const ImpactAccount& account);
    static ValidationIssues checkRevision(const VadeMecumRevision& revision);
    static ValidationIssues checkQuestion(const Question& question);
    // A title-bearing vade-mecum item (need, principle, field, resource, section): the title is required.
    static ValidationIssues checkTitle(const QString& title);

    // "a; b; c" for one-sentence error reports.
    static QString join(const ValidationIssues& issues);
};

} // namespace balise
