#include "FrameworkChecks.h"

#include <QSet>

namespace balise {
namespace {

using Severity = FrameworkFinding::Severity;

} // namespace

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

    QSet<EntityId> measured;
    for (const auto& m : data.measurements)
        if (m.state == MeasurementState::Present)
            measured.insert(m.key.indicatorId);
    const bool vadeMecumHasContent =
        !data.vadeMecum.needs.isEmpty() || !data.vadeMecum.principles.isEmpty() || !data.vadeMecum.fields.isEmpty();

    int indicatorCount = 0;
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
            int directIndicators = 0;
            for (const FrameworkNode* child : children) {
                total += child->weight;
                directIndicators += child->isIndicator() ? 1 : 0;
            }
            if (!children.isEmpty() && total <= 0)
                warn(node->code, tr("Every child of \"%1\" weighs zero: it cannot be scored.").arg(node->code));
            if (directIndicators > settings.maxIndicatorsPerCriterion)
                warn(node->code, tr("\"%1\" holds %2 indicators (more than %3): readers will lose the thread.")
                                     .arg(node->code)
                                     .arg(directIndicators)
                                     .arg(settings.maxIndicatorsPerCriterion));
            if (node->parentId == NoId && vadeMecumHasContent && node->links.isEmpty())
                note(node->code,
                     tr("The objective \"%1\" is not linked to any need, principle or field of the vade-mecum.")
                         .arg(node->code));
            continue;
        }

        ++indicatorCount;
        const IndicatorSpec& spec = node->indicator;
        if (node->weight == 0)
            warn(node->code, tr("The indicator \"%1\" weighs zero: it does not count in the score.").arg(node->code));
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
        if (!data.services.isEmpty() && !data.periods.isEmpty() && !measured.contains(node->id))
            warn(node->code, tr("The indicator \"%1\" has no measurement in any period.").arg(node->code));
        for (const auto& quality : spec.quality)
            if (!quality.rating) {
                unrated.append(node->code);
                break;
            }
    }
    if (!unrated.isEmpty())
        note(QString(),
             tr("%n indicator(s) still need their six qualities rated: %1.", nullptr, static_cast<int>(unrated.size()))
                 .arg(unrated.join(QStringLiteral(", "))));
    if (indicatorCount > settings.maxIndicatorsInFramework)
        warn(QString(), tr("The framework holds %1 indicators (more than %2): consider keeping only the most useful.")
                            .arg(indicatorCount)
                            .arg(settings.maxIndicatorsInFramework));
    return findings;
}

} // namespace balise
