#include "FrameworkDetails.h"

#include "DetailsPage.h"
#include "DisplayFormat.h"
#include "FrameworkChecks.h"
#include "Project.h"
#include "ProjectSummary.h"

namespace balise::ui {
namespace {

// The node's weight as a share of its siblings' weights, as the engine will normalise it.
std::optional<double> shareAmongSiblings(const Framework& framework, const FrameworkNode& node)
{
    double total = 0.0;
    for (const FrameworkNode* sibling : framework.children(node.parentId))
        total += sibling->weight;
    if (total <= 0.0)
        return std::nullopt;
    return node.weight / total;
}

QString linkText(const VadeMecum& vm, const VadeMecumLink& link)
{
    switch (link.target) {
    case LinkTarget::Need:
        for (const Need& need : vm.needs)
            if (need.id == link.id)
                return FrameworkDetails::tr("Need: %1").arg(DisplayFormat::name(need.title));
        break;
    case LinkTarget::Principle:
        for (const Principle& principle : vm.principles)
            if (principle.id == link.id)
                return FrameworkDetails::tr("Principle: %1").arg(DisplayFormat::name(principle.title));
        break;
    case LinkTarget::Field:
        for (const FieldOfAttention& field : vm.fields)
            if (field.id == link.id)
                return FrameworkDetails::tr("Field of attention: %1").arg(DisplayFormat::name(field.title));
        break;
    }
    return {};
}

QString findingText(const FrameworkFinding& finding)
{
    return finding.severity == FrameworkFinding::Severity::Warning
               ? FrameworkDetails::tr("Warning: %1").arg(finding.message)
               : FrameworkDetails::tr("Note: %1").arg(finding.message);
}

QString withUnit(const std::optional<double>& value, const QString& unit)
{
    if (!value)
        return DisplayFormat::none();
    return unit.trimmed().isEmpty() ? DisplayFormat::number(*value)
                                    : FrameworkDetails::tr("%1 %2").arg(DisplayFormat::number(*value), unit);
}

QString withDate(const QString& value, const QDate& date)
{
    return date.isValid() ? FrameworkDetails::tr("%1 (%2)").arg(value, DisplayFormat::date(date)) : value;
}

void addIndicator(DetailsPage& page, const Project& project, const FrameworkNode& node)
{
    const IndicatorSpec& spec = node.indicator;
    page.heading(FrameworkDetails::tr("Definition"));
    page.field(FrameworkDetails::tr("Definition"), spec.definition);
    page.field(FrameworkDetails::tr("Unit"), spec.unit);
    page.field(FrameworkDetails::tr("Direction"), labelOf(spec.direction));
    page.field(FrameworkDetails::tr("Kind"), labelOf(spec.kind));
    if (spec.kind == IndicatorKind::Qualitative) {
        QStringList levels;
        for (const QualitativeLevel& level : spec.levels)
            levels.append(level.score ? FrameworkDetails::tr("%1 (score %2)")
                                            .arg(DisplayFormat::name(level.label), DisplayFormat::number(*level.score))
                                      : DisplayFormat::name(level.label));
        page.field(FrameworkDetails::tr("Levels, worst to best"), levels.join(QLatin1Char('\n')));
    }
    if (spec.direction == Direction::TargetBand) {
        page.field(FrameworkDetails::tr("Target band"),
                   FrameworkDetails::tr("%1 to %2")
                       .arg(withUnit(spec.bandLow, spec.unit), withUnit(spec.bandHigh, spec.unit)));
        page.field(FrameworkDetails::tr("Score 0 at a distance of"), withUnit(spec.bandTolerance, spec.unit));
    }
    page.field(FrameworkDetails::tr("Normalisation"), spec.normalization == Normalization::Default
                                                          ? labelOf(project.settings().defaultNormalization)
                                                          : labelOf(spec.normalization));

    page.heading(FrameworkDetails::tr("Collection"));
    page.field(FrameworkDetails::tr("Data source"), spec.source);
    page.field(FrameworkDetails::tr("Protocol"), spec.protocol);
    page.field(FrameworkDetails::tr("Frequency"), spec.frequency);
    QString cost = spec.collectionCost ? DisplayFormat::money(*spec.collectionCost) : QString();
    if (!spec.collectionCostNote.trimmed().isEmpty())
        cost = cost.isEmpty() ? spec.collectionCostNote
                              : FrameworkDetails::tr("%1 — %2").arg(cost, spec.collectionCostNote);
    page.field(FrameworkDetails::tr("Collection cost"), cost);

    page.heading(FrameworkDetails::tr("Baseline and target"));
    page.field(FrameworkDetails::tr("Baseline"), withDate(withUnit(spec.baseline, spec.unit), spec.baselineDate));
    page.field(FrameworkDetails::tr("Target"), withDate(withUnit(spec.target, spec.unit), spec.targetDate));
    const ProjectSettings& settings = project.settings();
    const bool ownThresholds = spec.redBelow || spec.greenFrom;
    const QString thresholds = ownThresholds ? FrameworkDetails::tr("red below %1, green from %2")
                                             : FrameworkDetails::tr("red below %1, green from %2 (the project's)");
    page.field(FrameworkDetails::tr("Traffic lights"),
               thresholds.arg(DisplayFormat::number(spec.redBelow.value_or(settings.redBelow)),
                              DisplayFormat::number(spec.greenFrom.value_or(settings.greenFrom))));

    page.heading(FrameworkDetails::tr("Quality of the indicator"));
    QList<QStringList> ratings;
    for (const Quality quality : allValues<Quality>()) {
        const QualityRating& rating = spec.rating(quality);
        ratings.append(
            {labelOf(quality),
             rating.rating ? FrameworkDetails::tr("%1 / 4").arg(*rating.rating) : FrameworkDetails::tr("not rated"),
             rating.justification});
    }
    page.table({FrameworkDetails::tr("Quality"), FrameworkDetails::tr("Rating"), FrameworkDetails::tr("Justification")},
               ratings);

    int present = 0;
    int recordedMissing = 0;
    for (const Measurement& m : project.measurements()) {
        if (m.key.indicatorId != node.id)
            continue;
        present += m.state == MeasurementState::Present ? 1 : 0;
        recordedMissing += m.state == MeasurementState::Missing ? 1 : 0;
    }
    const qsizetype expected = project.services().size() * project.periods().size();
    page.heading(FrameworkDetails::tr("Measurements"));
    page.field(FrameworkDetails::tr("Values"),
               FrameworkDetails::tr("%1 of %2 expected (%3 services × %4 periods)")
                   .arg(DisplayFormat::integer(present), DisplayFormat::integer(expected),
                        DisplayFormat::integer(project.services().size()),
                        DisplayFormat::integer(project.periods().size())));
    page.field(FrameworkDetails::tr("Recorded as missing"), DisplayFormat::integer(recordedMissing));
}

} // namespace

QString FrameworkDetails::codeAndName(const FrameworkNode& node)
{
    return node.code.isEmpty() ? DisplayFormat::name(node.name)
                               : tr("%1 %2").arg(node.code, DisplayFormat::name(node.name));
}

QString FrameworkDetails::sectionPage(const Project& project)
{
    const ProjectSummary summary = ProjectSummary::of(project.data(), 0);
    const Framework& framework = project.framework();
    DetailsPage page(tr("Evaluation framework"),
                     tr("Objectives, criteria and indicators against which the data services are evaluated."));
    page.field(tr("Objectives"), DisplayFormat::integer(summary.objectives));
    page.field(tr("Criteria"), DisplayFormat::integer(summary.criteria));
    page.field(tr("Indicators"), tr("%1 (%2 qualitative)")
                                     .arg(DisplayFormat::integer(summary.indicators),
                                          DisplayFormat::integer(summary.qualitativeIndicators)));
    int depth = 0;
    for (const FrameworkNode& node : framework.nodes())
        depth = std::max(depth, framework.depthOf(node.id) + 1);
    page.field(tr("Levels in the tree"), DisplayFormat::integer(depth));

    const ProjectSettings& settings = project.settings();
    page.heading(tr("Evaluation settings"));
    page.field(tr("Normalisation"), labelOf(settings.defaultNormalization));
    page.field(tr("Aggregation"), labelOf(settings.defaultAggregation));
    page.field(tr("Traffic lights"),
               tr("red below %1, amber, green from %2")
                   .arg(DisplayFormat::number(settings.redBelow), DisplayFormat::number(settings.greenFrom)));
    page.field(tr("Minimum coverage"), DisplayFormat::percent(settings.minimumCoverage));
    page.field(tr("Readability limits"), tr("%1 indicators per criterion, %2 in the framework")
                                             .arg(settings.maxIndicatorsPerCriterion)
                                             .arg(settings.maxIndicatorsInFramework));

    page.heading(tr("Objectives"));
    const auto objectives = framework.children(NoId);
    if (objectives.isEmpty()) {
        page.note(tr("The framework is empty."));
    } else {
        QList<QStringList> rows;
        for (const FrameworkNode* objective : objectives) {
            int indicators = 0;
            for (const FrameworkNode* indicator : framework.indicators())
                indicators += framework.isAncestorOrSelf(objective->id, indicator->id) ? 1 : 0;
            const auto share = shareAmongSiblings(framework, *objective);
            rows.append({objective->code, DisplayFormat::name(objective->name),
                         DisplayFormat::number(objective->weight),
                         share ? DisplayFormat::percent(*share) : DisplayFormat::none(),
                         DisplayFormat::integer(indicators), objective->owner});
        }
        page.table({tr("Code"), tr("Objective"), tr("Weight"), tr("Share"), tr("Indicators"), tr("Owner")}, rows);
    }

    page.heading(tr("Checks"));
    QStringList findings;
    for (const FrameworkFinding& finding : FrameworkChecks::run(project.data()))
        findings.append(finding.code.isEmpty() ? findingText(finding)
                                               : tr("%1 — %2").arg(finding.code, findingText(finding)));
    if (findings.isEmpty())
        page.note(tr("No problem found in the framework."));
    else
        page.bulletList(findings);
    return page.html();
}

QString FrameworkDetails::nodePage(const Project& project, const FrameworkNode& node)
{
    const Framework& framework = project.framework();
    DetailsPage page(codeAndName(node), labelOf(node.kind));
    page.field(tr("Code"), node.code);
    page.field(tr("Name"), node.name);
    const FrameworkNode* parent = framework.find(node.parentId);
    page.field(tr("Part of"), parent ? codeAndName(*parent) : tr("the framework (top level)"));
    const auto share = shareAmongSiblings(framework, node);
    page.field(tr("Weight"),
               share
                   ? tr("%1 (%2 of its level)").arg(DisplayFormat::number(node.weight), DisplayFormat::percent(*share))
                   : DisplayFormat::number(node.weight));
    page.field(tr("Description"), node.description);
    page.field(tr("Owner"), node.owner);
    page.field(tr("Actions"), node.actions);
    QStringList links;
    for (const VadeMecumLink& link : node.links)
        if (const QString text = linkText(project.vadeMecum(), link); !text.isEmpty())
            links.append(text);
    page.field(tr("Serves in the vade-mecum"), links.join(QLatin1Char('\n')));

    if (node.isIndicator()) {
        addIndicator(page, project, node);
    } else {
        page.heading(tr("Contents"));
        const auto children = framework.children(node.id);
        if (children.isEmpty()) {
            page.note(tr("Nothing under this node yet."));
        } else {
            QList<QStringList> rows;
            for (const FrameworkNode* child : children) {
                const auto childShare = shareAmongSiblings(framework, *child);
                rows.append({child->code, DisplayFormat::name(child->name), labelOf(child->kind),
                             DisplayFormat::number(child->weight),
                             childShare ? DisplayFormat::percent(*childShare) : DisplayFormat::none()});
            }
            page.table({tr("Code"), tr("Name"), tr("Kind"), tr("Weight"), tr("Share")}, rows);
        }
    }

    QStringList findings;
    for (const FrameworkFinding& finding : FrameworkChecks::run(project.data()))
        if (!node.code.isEmpty() && finding.code == node.code)
            findings.append(findingText(finding));
    if (!findings.isEmpty()) {
        page.heading(tr("Checks"));
        page.bulletList(findings);
    }
    return page.html();
}

} // namespace balise::ui
