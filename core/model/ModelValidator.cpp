#include "ModelValidator.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace balise {
namespace {

void add(ValidationIssues& issues, const char* field, const QString& message)
{
    issues.append({QString::fromLatin1(field), message});
}

bool finite(const std::optional<double>& v)
{
    return !v || std::isfinite(*v);
}

bool hasControlCharacter(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

// A name is what lists, tables, charts and report headings show on one line: bounded, without line
// breaks or control characters (which a crafted file could use to break a report's layout or a
// terminal's display).
void checkName(ValidationIssues& issues, const char* field, const QString& what, const QString& name)
{
    if (name.size() > ModelValidator::MaxNameLength)
        add(issues, field,
            ModelValidator::tr("The name \"%1…\" (%2) is longer than %3 characters.")
                .arg(name.left(40), what)
                .arg(ModelValidator::MaxNameLength));
    else if (hasControlCharacter(name))
        add(issues, field,
            ModelValidator::tr("The name \"%1\" (%2) holds a line break or a control character.")
                .arg(QString(name).replace(QRegularExpression(QStringLiteral("\\p{Cc}")), QStringLiteral(" ")).left(40),
                     what));
}

void checkText(ValidationIssues& issues, const char* field, const QString& what, const QString& text)
{
    if (text.size() > ModelValidator::MaxTextLength)
        add(issues, field,
            ModelValidator::tr("The text of %1 is longer than %2 characters.")
                .arg(what)
                .arg(ModelValidator::MaxTextLength));
}

} // namespace

ValidationIssues ModelValidator::checkNode(const Framework& framework, const FrameworkNode& node)
{
    ValidationIssues issues;
    const QString code = node.code.trimmed();
    if (code.isEmpty())
        add(issues, "code", tr("Every objective, criterion and indicator needs a code."));
    else if (code.size() > 64)
        add(issues, "code", tr("The code \"%1\" is longer than 64 characters.").arg(code.left(64)));
    else if (hasControlCharacter(code))
        add(issues, "code", tr("A code holds a line break or a control character."));
    else if (const FrameworkNode* other = framework.findByCode(code); other && other->id != node.id)
        add(issues, "code", tr("The code \"%1\" is already used by \"%2\".").arg(code, other->name));
    if (node.name.trimmed().isEmpty())
        add(issues, "name", tr("The node \"%1\" needs a name.").arg(code));
    checkName(issues, "name", code.left(64), node.name);
    checkText(issues, "description", code.left(64), node.description);
    checkText(issues, "actions", code.left(64), node.actions);
    if (!std::isfinite(node.weight) || node.weight < 0)
        add(issues, "weight", tr("The weight of \"%1\" must be a number of zero or more.").arg(code));
    else if (node.weight > MaxWeight)
        add(issues, "weight", tr("The weight of \"%1\" is above %2.").arg(code).arg(MaxWeight));
    if (node.parentId != NoId) {
        const FrameworkNode* parent = framework.find(node.parentId);
        if (!parent)
            add(issues, "parent", tr("The parent of \"%1\" does not exist.").arg(code));
        else if (parent->isIndicator())
            add(issues, "parent",
                tr("\"%1\" cannot be placed under the indicator \"%2\": indicators have no children.")
                    .arg(code, parent->code));
        else if (node.id != NoId && framework.isAncestorOrSelf(node.id, node.parentId))
            add(issues, "parent", tr("\"%1\" cannot be placed inside itself.").arg(code));
    }
    if (node.isIndicator()) {
        if (node.id != NoId && !framework.children(node.id).isEmpty())
            add(issues, "kind", tr("\"%1\" has children and cannot become an indicator.").arg(code));
        issues.append(checkIndicator(node.indicator));
    }
    return issues;
}

ValidationIssues ModelValidator::checkIndicator(const IndicatorSpec& spec)
{
    ValidationIssues issues;
    if (!finite(spec.baseline) || !finite(spec.target) || !finite(spec.collectionCost) || !finite(spec.bandLow) ||
        !finite(spec.bandHigh) || !finite(spec.bandTolerance))
        add(issues, "value", tr("Baseline, target, band and cost must be ordinary numbers."));
    if (spec.collectionCost && *spec.collectionCost < 0)
        add(issues, "collectionCost", tr("The collection cost cannot be negative."));
    if (spec.baselineDate.isValid() && spec.targetDate.isValid() && spec.targetDate < spec.baselineDate)
        add(issues, "targetDate", tr("The target date comes before the baseline date."));
    if (spec.direction == Direction::TargetBand) {
        if (!spec.bandLow || !spec.bandHigh)
            add(issues, "band", tr("An indicator with a target band needs the band's low and high bounds."));
        else if (*spec.bandLow > *spec.bandHigh)
            add(issues, "band", tr("The low bound of the target band is above its high bound."));
        if (spec.bandTolerance && *spec.bandTolerance <= 0)
            add(issues, "bandTolerance", tr("The distance at which the score falls to 0 must be positive."));
    }
    if (spec.kind == IndicatorKind::Qualitative) {
        if (spec.levels.size() < 2)
            add(issues, "levels", tr("A qualitative indicator needs at least two ordered levels."));
        QSet<QString> seen;
        std::optional<double> previous;
        for (const auto& level : spec.levels) {
            const QString label = level.label.trimmed();
            if (label.isEmpty())
                add(issues, "levels", tr("Every qualitative level needs a label."));
            else if (seen.contains(label.toLower()))
                add(issues, "levels", tr("The level \"%1\" appears twice.").arg(label));
            seen.insert(label.toLower());
            if (level.score) {
                if (!std::isfinite(*level.score) || *level.score < 0 || *level.score > 100)
                    add(issues, "levels", tr("The score of level \"%1\" must lie between 0 and 100.").arg(label));
                else if (previous && *level.score < *previous)
                    add(issues, "levels",
                        tr("Levels must be ordered from worst to best: \"%1\" scores below the level before it.")
                            .arg(label));
                previous = level.score;
            }
        }
        const bool someScored = std::any_of(spec.levels.cbegin(), spec.levels.cend(), [](auto& l) { return l.score; });
        const bool allScored = std::all_of(spec.levels.cbegin(), spec.levels.cend(), [](auto& l) { return l.score; });
        if (someScored && !allScored)
            add(issues, "levels", tr("Give a score to every level or to none (even spacing)."));
    }
    const double red = spec.redBelow.value_or(0.0);
    const double green = spec.greenFrom.value_or(100.0);
    if (!finite(spec.redBelow) || !finite(spec.greenFrom) || red < 0 || green > 100 || red > green)
        add(issues, "thresholds", tr("Traffic-light thresholds must satisfy 0 ≤ red < green ≤ 100."));
    for (int q = 0; q < QualityCount; ++q) {
        const auto& rating = spec.quality[static_cast<size_t>(q)].rating;
        if (rating && (*rating < 0 || *rating > 4))
            add(issues, "quality",
                tr("The rating of %1 must lie between 0 and 4.").arg(labelOf(static_cast<Quality>(q)).toLower()));
    }
    return issues;
}

ValidationIssues ModelValidator::checkPeriod(const QList<Period>& periods, const Period& period)
{
    ValidationIssues issues;
    const QString label = period.label.trimmed();
    if (label.isEmpty())
        add(issues, "label", tr("A period needs a label."));
    checkName(issues, "label", tr("a period"), period.label);
    for (const auto& other : periods)
        if (other.id != period.id && other.label.trimmed().compare(label, Qt::CaseInsensitive) == 0 && !label.isEmpty())
            add(issues, "label", tr("There is already a period \"%1\".").arg(label));
    if (period.start.isValid() != period.end.isValid())
        add(issues, "dates", tr("Give both the start and the end of period \"%1\", or neither.").arg(label));
    else if (period.start.isValid() && period.end < period.start)
        add(issues, "dates", tr("Period \"%1\" ends before it starts.").arg(label));
    else if (period.start.isValid() && (period.start.year() < 1900 || period.end.year() > 2200))
        add(issues, "dates", tr("The dates of period \"%1\" are not plausible.").arg(label));
    return issues;
}

ValidationIssues ModelValidator::checkService(const QList<DataService>& services, const DataService& service)
{
    ValidationIssues issues;
    const QString name = service.name.trimmed();
    if (name.isEmpty())
        add(issues, "name", tr("A data service needs a name."));
    checkName(issues, "name", tr("a data service"), service.name);
    checkText(issues, "description", name.left(40), service.description);
    for (const auto& other : services)
        if (other.id != service.id && other.name.trimmed().compare(name, Qt::CaseInsensitive) == 0 && !name.isEmpty())
            add(issues, "name", tr("There is already a data service named \"%1\".").arg(name));
    if (service.postures < 0 || service.postures > AllPostures)
        add(issues, "postures", tr("Unknown posture."));
    for (const auto& rating : service.destabilisation)
        if (rating && (*rating < 0 || *rating > 4)) {
            add(issues, "destabilisation", tr("Destabilisation ratings lie between 0 and 4."));
            break;
        }
    return issues;
}

ValidationIssues ModelValidator::checkMeasurement(const FrameworkNode& indicator, const Measurement& m)
{
    ValidationIssues issues;
    if (!indicator.isIndicator()) {
        add(issues, "indicator", tr("\"%1\" is not an indicator: it cannot be measured.").arg(indicator.code));
        return issues;
    }
    checkText(issues, "comment", tr("a measurement's comment"), m.comment);
    checkText(issues, "source", tr("a measurement's source"), m.source);
    if (m.confidence && (!std::isfinite(*m.confidence) || *m.confidence < 0 || *m.confidence > 1))
        add(issues, "confidence", tr("Confidence lies between 0 and 1."));
    if (m.state != MeasurementState::Present) {
        if (m.value || m.level)
            add(issues, "value", tr("A missing measurement carries no value."));
        return issues;
    }
    if (indicator.indicator.kind == IndicatorKind::Qualitative) {
        const auto count = indicator.indicator.levels.size();
        if (!m.level || *m.level < 0 || *m.level >= count)
            add(issues, "level", tr("\"%1\" expects one of its levels.").arg(indicator.code));
    } else if (!m.value) {
        add(issues, "value", tr("\"%1\" expects a number.").arg(indicator.code));
    } else if (!std::isfinite(*m.value)) {
        add(issues, "value", tr("\"%1\" expects an ordinary number, not infinity or NaN.").arg(indicator.code));
    }
    return issues;
}

ValidationIssues ModelValidator::checkSettings(const ProjectSettings& s)
{
    ValidationIssues issues;
    if (!(s.redBelow >= 0 && s.redBelow < s.greenFrom && s.greenFrom <= 100))
        add(issues, "thresholds", tr("Traffic-light thresholds must satisfy 0 ≤ red < green ≤ 100."));
    if (!(s.minimumCoverage >= 0 && s.minimumCoverage <= 1))
        add(issues, "minimumCoverage", tr("The minimum coverage lies between 0 % and 100 %."));
    if (s.maxIndicatorsPerCriterion < 1 || s.maxIndicatorsInFramework < 1)
        add(issues, "readability", tr("Readability thresholds must be at least 1."));
    if (s.defaultNormalization == Normalization::Default)
        add(issues, "defaultNormalization", tr("Choose a normalisation method for the framework."));
    return issues;
}

ValidationIssues ModelValidator::checkInfo(const ProjectInfo& info)
{
    ValidationIssues issues;
    if (info.title.trimmed().isEmpty())
        add(issues, "title", tr("The project needs a title."));
    checkName(issues, "title", tr("the project"), info.title);
    checkName(issues, "territory", tr("the territory"), info.territory.name);
    checkText(issues, "description", tr("the project"), info.description);
    if (info.territory.population && *info.territory.population < 0)
        add(issues, "population", tr("The population cannot be negative."));
    return issues;
}

ValidationIssues ModelValidator::checkImpactAccount(const ImpactAccount& account)
{
    ValidationIssues issues;
    if (account.name.trimmed().isEmpty())
        add(issues, "name", tr("An impact account needs a name."));
    if (!std::isfinite(account.discountRate) || account.discountRate <= -1 || account.discountRate > 1)
        add(issues, "discountRate", tr("The discount rate must lie between -100 % and 100 %."));
    if (!finite(account.investment) || (account.investment && *account.investment < 0))
        add(issues, "investment", tr("The investment must be a number of zero or more."));
    for (const auto& line : account.lines) {
        if (line.label.trimmed().isEmpty())
            add(issues, "lines", tr("Every cost or benefit line needs a label."));
        if (!std::isfinite(line.valuePerUnit))
            add(issues, "lines", tr("The value per unit of \"%1\" is not an ordinary number.").arg(line.label));
    }
    QSet<EntityId> periods;
    for (const auto& volume : account.volumes) {
        if (!std::isfinite(volume.volume) || volume.volume < 0)
            add(issues, "volumes", tr("Volumes are numbers of zero or more."));
        if (periods.contains(volume.periodId))
            add(issues, "volumes", tr("A period has two volumes."));
        periods.insert(volume.periodId);
    }
    return issues;
}

ValidationIssues ModelValidator::checkRevision(const VadeMecumRevision& revision)
{
    ValidationIssues issues;
    if (revision.status == RevisionStatus::PoliticallyValidated) {
        if (revision.validatedBy.trimmed().isEmpty())
            add(issues, "validatedBy", tr("Say who validated this revision."));
        if (!revision.validatedOn.isValid())
            add(issues, "validatedOn", tr("Say when this revision was validated."));
        else if (revision.createdAt.isValid() && revision.validatedOn < revision.createdAt.date())
            add(issues, "validatedOn", tr("A revision cannot be validated before it was written."));
    }
    return issues;
}

ValidationIssues ModelValidator::checkQuestion(const Question& q)
{
    ValidationIssues issues;
    if (q.text.trimmed().isEmpty())
        add(issues, "text", tr("A question needs its text."));
    if ((q.kind == QuestionKind::SingleChoice || q.kind == QuestionKind::MultipleChoice) && q.choices.size() < 2)
        add(issues, "choices", tr("A choice question needs at least two choices."));
    if (q.kind == QuestionKind::Scale && q.scaleMin >= q.scaleMax)
        add(issues, "scale", tr("The scale's lowest value must be below its highest."));
    if (!std::isfinite(q.weight) || q.weight < 0)
        add(issues, "weight", tr("The weight of a question must be a number of zero or more."));
    return issues;
}

ValidationIssues ModelValidator::checkTitle(const QString& title)
{
    ValidationIssues issues;
    if (title.trimmed().isEmpty())
        add(issues, "title", tr("A title is required."));
    checkName(issues, "title", tr("a title"), title);
    return issues;
}

QString ModelValidator::join(const ValidationIssues& issues)
{
    QStringList messages;
    for (const auto& issue : issues)
        if (!messages.contains(issue.message))
            messages.append(issue.message);
    return messages.join(QLatin1Char(' '));
}

} // namespace balise
