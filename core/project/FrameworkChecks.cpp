#include "FrameworkChecks.h"

#include "QualityAuditBuilder.h"

namespace balise {
namespace {

using Severity = FrameworkFinding::Severity;
using engine::AuditHint;
using engine::AuditHintKind;

QString percent(double share)
{
    return QString::number(100.0 * share, 'f', share < 0.1 ? 1 : 0);
}

} // namespace

// The readability, zero-weight, measurement and rating rules live in the quality audit
// (engine::auditIndicators): this function only words its findings, so that `balise validate`, the
// workbench and the audit never disagree. Data-driven doubts are notes (they do not fail validate);
// a zero own weight, an indicator never measured and crowding stay warnings.
QList<FrameworkFinding> FrameworkChecks::run(const ProjectData& data)
{
    QList<FrameworkFinding> findings;
    auto warn = [&](const QString& code, const QString& message) {
        findings.append({Severity::Warning, code, message});
    };
    auto note = [&](const QString& code, const QString& message) {
        findings.append({Severity::Note, code, message});
    };
    const Framework& fw = data.framework;
    const ProjectSettings& settings = data.settings;

    if (fw.isEmpty()) {
        warn(QString(), tr("The framework is empty: add objectives, criteria and indicators."));
        return findings;
    }

    const QualityAuditBuilder builder(data);
    const engine::AuditResult audit = builder.run();
    QHash<const FrameworkNode*, int> crowded; // parent node → direct indicators, over the limit
    for (const engine::CrowdedGroup& group : audit.crowdedGroups)
        crowded.insert(builder.groupNode(group.group), group.indicators);
    auto crowdedMessage = [&](const QString& code, int count) {
        return tr("\"%1\" holds %2 indicators (more than %3): readers will lose the thread.")
            .arg(code)
            .arg(count)
            .arg(settings.maxIndicatorsPerCriterion);
    };
    if (crowded.contains(nullptr))
        warn(QString(), tr("The top level of the framework holds %1 indicators (more than %2): group them under "
                           "criteria.")
                            .arg(crowded.value(nullptr))
                            .arg(settings.maxIndicatorsPerCriterion));
    const bool hasData = audit.indicatorCount > 0 && builder.input().periods > 0 && builder.input().services > 0;

    QStringList unrated;
    for (const FrameworkNode* node : fw.depthFirst()) {
        const auto children = fw.children(node->id);
        if (!node->isIndicator()) {
            bool hasIndicator = false;
            for (const FrameworkNode* other : fw.indicators())
                if (fw.isAncestorOrSelf(node->id, other->id)) {
                    hasIndicator = true;
                    break;
                }
            if (!hasIndicator)
                warn(node->code, tr("\"%1\" has no indicator beneath it: it cannot be scored.").arg(node->code));
            double total = 0;
            for (const FrameworkNode* child : children)
                total += child->weight;
            if (!children.isEmpty() && total <= 0)
                warn(node->code, tr("Every child of \"%1\" weighs zero: it cannot be scored.").arg(node->code));
            if (crowded.contains(node))
                warn(node->code, crowdedMessage(node->code, crowded.value(node)));
            if (node->parentId == NoId && builder.input().checkLinks && node->links.isEmpty())
                note(node->code,
                     tr("The objective \"%1\" is not linked to any need, principle or field of the vade-mecum.")
                         .arg(node->code));
            continue;
        }

        const int index = builder.indexOf(node->id);
        const engine::IndicatorAudit& quality = audit.indicators[static_cast<size_t>(index)];
        const IndicatorSpec& spec = node->indicator;
        const Normalization method =
            spec.normalization == Normalization::Default ? settings.defaultNormalization : spec.normalization;
        if (spec.kind == IndicatorKind::Quantitative && spec.direction != Direction::TargetBand &&
            method == Normalization::Goalposts) {
            if (!spec.baseline || !spec.target)
                warn(node->code, tr("The indicator \"%1\" has no baseline or no target: it will be scored against "
                                    "the other services (min-max) instead of its target.")
                                     .arg(node->code));
            else if (*spec.baseline == *spec.target)
                warn(node->code,
                     tr("The baseline and the target of \"%1\" are equal: distance to target cannot be measured.")
                         .arg(node->code));
            else if ((spec.direction == Direction::HigherIsBetter) != (*spec.target > *spec.baseline))
                warn(node->code, tr("The target of \"%1\" goes against its direction (%2).")
                                     .arg(node->code, labelOf(spec.direction).toLower()));
        }
        const bool neverMeasured = hasData && quality.missingPeriods == builder.input().periods;
        for (const AuditHint& hint : quality.hints)
            switch (hint.kind) {
            case AuditHintKind::ZeroWeight:
                if (hint.value <= 0.0)
                    warn(node->code,
                         tr("The indicator \"%1\" weighs zero: it does not count in the score.").arg(node->code));
                else
                    note(node->code, tr("Relevance doubt on \"%1\": a node above it weighs zero, so it does not "
                                        "count in the score.")
                                         .arg(node->code));
                break;
            case AuditHintKind::MissingPeriods:
                if (neverMeasured)
                    warn(node->code, tr("The indicator \"%1\" has no measurement in any period.").arg(node->code));
                else
                    note(node->code, tr("Robustness doubt on \"%1\": no service has a value in %2 of the %3 periods.")
                                         .arg(node->code)
                                         .arg(static_cast<int>(hint.value))
                                         .arg(hint.count));
                break;
            case AuditHintKind::LowVariation:
                if (hint.value == 0.0)
                    note(node->code, tr("Sensitivity doubt on \"%1\": it has the same value for every service in "
                                        "every period.")
                                         .arg(node->code));
                else
                    note(node->code, tr("Sensitivity doubt on \"%1\": its values barely vary across services and "
                                        "periods (coefficient of variation %2 %).")
                                         .arg(node->code, QString::number(100.0 * hint.value, 'f', 2)));
                break;
            case AuditHintKind::Redundant:
                note(node->code,
                     tr("Utility doubt on \"%1\": it moves with its sibling \"%2\" (correlation %3 over "
                        "%4 values); one of the two may be enough.")
                         .arg(node->code, builder.indicator(hint.other)->code, QString::number(hint.value, 'f', 2))
                         .arg(hint.count));
                break;
            case AuditHintKind::Unlinked:
                // Below an objective, the objective's own note already says it is not linked.
                if (node->parentId == NoId)
                    note(node->code, tr("Relevance doubt on \"%1\": it is not linked to any need, principle or field "
                                        "of the vade-mecum.")
                                         .arg(node->code));
                break;
            case AuditHintKind::CostlyForWeight:
                note(node->code, tr("Value doubt on \"%1\": it takes %2 % of the collection cost for %3 % of the "
                                    "weight.")
                                     .arg(node->code, percent(hint.value), percent(hint.reference)));
                break;
            }
        if (quality.unrated > 0)
            unrated.append(node->code);
    }
    if (!unrated.isEmpty())
        note(QString(),
             tr("%n indicator(s) still need their six qualities rated: %1.", nullptr, static_cast<int>(unrated.size()))
                 .arg(unrated.join(QStringLiteral(", "))));
    if (audit.tooManyIndicators)
        warn(QString(), tr("The framework holds %1 indicators (more than %2): consider keeping only the most useful.")
                            .arg(audit.indicatorCount)
                            .arg(settings.maxIndicatorsInFramework));
    return findings;
}

} // namespace balise
