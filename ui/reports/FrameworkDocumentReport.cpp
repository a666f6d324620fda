#include "FrameworkDocumentReport.h"

#include "DisplayFormat.h"
#include "Project.h"
#include "ReportBlocks.h"
#include "ReportStyle.h"

#include <QLocale>

namespace balise::ui {
namespace {

using Cell = TableRowBlock::Cell;
using Style = TableRowBlock::Style;
using ReportText::escaped;

void nothingYet(ReportLayout& layout)
{
    layout.emplace<TextBlock>(escaped(FrameworkDocumentReport::tr("Not written yet.")), 9, ReportStyle::muted);
    layout.emplace<SpacerBlock>(6);
}

HeadingBlock& heading(ReportLayout& layout, const QString& text, int level, const QString& aside = QString())
{
    auto& h = layout.emplace<HeadingBlock>(text, level, aside);
    h.contentsEntry = text;
    h.contentsLevel = level;
    return h;
}

QString revisionLine(const Project& project)
{
    const QList<VadeMecumRevision>& revisions = project.data().revisions;
    if (revisions.isEmpty())
        return FrameworkDocumentReport::tr("No revision of the vade-mecum has been recorded: this document shows the "
                                           "current draft.");
    const VadeMecumRevision& r = revisions.constLast();
    QString line =
        FrameworkDocumentReport::tr("Revision %1 of %2").arg(r.number).arg(DisplayFormat::dateTime(r.createdAt));
    if (!r.author.isEmpty())
        line += FrameworkDocumentReport::tr(", by %1").arg(r.author);
    line += QStringLiteral(" — ") + labelOf(r.status);
    if (r.status == RevisionStatus::PoliticallyValidated && (!r.validatedBy.isEmpty() || r.validatedOn.isValid()))
        line += FrameworkDocumentReport::tr(" (%1, %2)").arg(r.validatedBy, DisplayFormat::date(r.validatedOn));
    if (!r.summary.isEmpty())
        line += QStringLiteral("\n") + r.summary;
    return line;
}

void vadeMecum(const Project& project, ReportLayout& layout)
{
    const VadeMecum& vm = project.vadeMecum();
    heading(layout, FrameworkDocumentReport::tr("The vade-mecum"), 1);

    heading(layout, FrameworkDocumentReport::tr("Priority needs"), 2);
    if (vm.needs.isEmpty()) {
        nothingYet(layout);
    } else {
        const TableColumns columns{{0.24, 0.60, 0.16}, {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft}};
        layout.emplace<TableRowBlock>(columns,
                                      QList<Cell>{{FrameworkDocumentReport::tr("Domain")},
                                                  {FrameworkDocumentReport::tr("Need")},
                                                  {FrameworkDocumentReport::tr("Priority")}},
                                      Style::Header);
        for (const Need& need : vm.needs) {
            layout.emplace<TableRowBlock>(
                columns,
                QList<Cell>{{labelOf(need.domain)}, {DisplayFormat::name(need.title)}, {labelOf(need.priority)}});
            if (!need.description.isEmpty())
                layout.emplace<TableRowBlock>(columns, QList<Cell>{{need.description}}, Style::Note);
        }
    }
    layout.emplace<SpacerBlock>(8);

    auto titledList = [&](const QString& title, const QList<std::pair<QString, QString>>& items) {
        heading(layout, title, 2);
        if (items.isEmpty()) {
            nothingYet(layout);
            return;
        }
        for (const auto& [name, text] : items)
            layout.emplace<TextBlock>(QStringLiteral("<p><b>%1</b>%2</p>")
                                          .arg(escaped(DisplayFormat::name(name)),
                                               text.isEmpty() ? QString() : QStringLiteral("<br>") + escaped(text)),
                                      9);
        layout.emplace<SpacerBlock>(6);
    };
    QList<std::pair<QString, QString>> principles;
    for (const Principle& p : vm.principles)
        principles.append({p.title, p.description});
    titledList(FrameworkDocumentReport::tr("Principles"), principles);

    QList<std::pair<QString, QString>> fields;
    for (FieldFamily family : {FieldFamily::UserOriented, FieldFamily::PublicPolicy, FieldFamily::Economic})
        for (const FieldOfAttention& f : vm.fields)
            if (f.family == family)
                fields.append({labelOf(family) + QStringLiteral(" — ") + f.title, f.description});
    titledList(FrameworkDocumentReport::tr("Fields of attention"), fields);

    heading(layout, FrameworkDocumentReport::tr("Resources offered and their conditions"), 2);
    if (vm.resources.isEmpty())
        nothingYet(layout);
    for (const Resource& r : vm.resources) {
        QString html = QStringLiteral("<p><b>%1</b> <i>(%2)</i>")
                           .arg(escaped(DisplayFormat::name(r.title)), escaped(labelOf(r.kind)));
        if (!r.description.isEmpty())
            html += QStringLiteral("<br>") + escaped(r.description);
        html += QStringLiteral("</p>");
        if (!r.conditions.isEmpty()) {
            html += QStringLiteral("<p>%1</p><ul>").arg(escaped(FrameworkDocumentReport::tr("Conditions:")));
            for (const QString& condition : r.conditions)
                html += QStringLiteral("<li>%1</li>").arg(escaped(condition));
            html += QStringLiteral("</ul>");
        }
        layout.emplace<TextBlock>(html, 9);
    }
    layout.emplace<SpacerBlock>(6);

    QList<std::pair<QString, QString>> postures;
    for (const PostureStance& stance : vm.postures)
        postures.append({labelOf(stance.posture), stance.stance});
    titledList(FrameworkDocumentReport::tr("Postures of the public actor"), postures);

    for (const FreeSection& section : vm.sections) {
        heading(layout, DisplayFormat::name(section.title), 2);
        layout.emplace<TextBlock>(escaped(section.body), 9);
        layout.emplace<SpacerBlock>(6);
    }
}

// "3 (25 %)": the weight and its share among its siblings.
QString weightText(const Framework& framework, const FrameworkNode& node)
{
    double total = 0.0;
    for (const FrameworkNode* sibling : framework.children(node.parentId))
        total += sibling->weight;
    const QString weight = DisplayFormat::number(node.weight);
    return total > 0 ? weight + QStringLiteral(" (") + DisplayFormat::percent(node.weight / total) + QLatin1Char(')')
                     : weight;
}

QString targetText(const IndicatorSpec& s)
{
    auto withUnit = [&](const QString& x) {
        return s.unit.isEmpty() ? x : x + QChar(0x202f) + s.unit;
    };
    auto level = [&](double x) {
        const int i = static_cast<int>(x);
        return i >= 0 && i < s.levels.size() && i == x ? s.levels[i].label : DisplayFormat::number(x);
    };
    if (s.direction == Direction::TargetBand && s.bandLow && s.bandHigh)
        return withUnit(DisplayFormat::number(*s.bandLow) + QStringLiteral("–") + DisplayFormat::number(*s.bandHigh));
    QString text;
    if (s.baseline)
        text = s.kind == IndicatorKind::Qualitative ? level(*s.baseline) : withUnit(DisplayFormat::number(*s.baseline));
    if (s.target) {
        const QString target =
            s.kind == IndicatorKind::Qualitative ? level(*s.target) : withUnit(DisplayFormat::number(*s.target));
        text = text.isEmpty() ? target : text + QStringLiteral(" → ") + target;
        if (s.targetDate.isValid())
            text += QStringLiteral(" (") + QString::number(s.targetDate.year()) + QLatin1Char(')');
    }
    return text;
}

QString linksText(const Project& project, const FrameworkNode& node)
{
    const VadeMecum& vm = project.vadeMecum();
    QStringList names;
    for (const VadeMecumLink& link : node.links) {
        auto find = [&](const auto& list) -> QString {
            for (const auto& item : list)
                if (item.id == link.id)
                    return item.title;
            return QString();
        };
        const QString name = link.target == LinkTarget::Need        ? find(vm.needs)
                             : link.target == LinkTarget::Principle ? find(vm.principles)
                                                                    : find(vm.fields);
        if (!name.isEmpty())
            names.append(name);
    }
    return names.join(QStringLiteral("; "));
}

void framework(const Project& project, ReportLayout& layout)
{
    const Framework& fw = project.framework();
    heading(layout, FrameworkDocumentReport::tr("The evaluation framework"), 1);
    int objectives = 0, criteria = 0, indicators = 0;
    for (const FrameworkNode& n : fw.nodes())
        (n.kind == NodeKind::Objective ? objectives : n.kind == NodeKind::Criterion ? criteria : indicators) += 1;
    layout.emplace<TextBlock>(
        escaped(FrameworkDocumentReport::tr("%1 objectives, %2 criteria, %3 indicators. Scores from 0 to 100: red "
                                            "below %4, green from %5. Weights are shown with their share among "
                                            "their siblings.")
                    .arg(objectives)
                    .arg(criteria)
                    .arg(indicators)
                    .arg(DisplayFormat::number(project.data().settings.redBelow),
                         DisplayFormat::number(project.data().settings.greenFrom))),
        9, ReportStyle::muted);
    layout.emplace<SpacerBlock>(6);

    const TableColumns columns{{0.38, 0.12, 0.20, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05},
                               {Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft, Qt::AlignHCenter, Qt::AlignHCenter,
                                Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignHCenter}};
    const QList<Cell> header{{FrameworkDocumentReport::tr("Criterion / indicator")},
                             {FrameworkDocumentReport::tr("Weight")},
                             {FrameworkDocumentReport::tr("Baseline → target")},
                             {FrameworkDocumentReport::tr("Rob.")},
                             {FrameworkDocumentReport::tr("Sen.")},
                             {FrameworkDocumentReport::tr("Sim.")},
                             {FrameworkDocumentReport::tr("Rel.")},
                             {FrameworkDocumentReport::tr("Val.")},
                             {FrameworkDocumentReport::tr("Use.")}};
    for (const FrameworkNode* objective : fw.children(NoId)) {
        heading(layout, objective->code + QStringLiteral("  ") + objective->name, 2,
                FrameworkDocumentReport::tr("weight %1").arg(weightText(fw, *objective)));
        QStringList about;
        if (!objective->description.isEmpty())
            about.append(objective->description);
        if (const QString serves = linksText(project, *objective); !serves.isEmpty())
            about.append(FrameworkDocumentReport::tr("Serves: %1").arg(serves));
        if (!objective->owner.isEmpty())
            about.append(FrameworkDocumentReport::tr("Owner: %1").arg(objective->owner));
        if (!objective->actions.isEmpty())
            about.append(
                FrameworkDocumentReport::tr("Actions: %1")
                    .arg(objective->actions.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral("; "))));
        if (!about.isEmpty())
            layout.emplace<TextBlock>(escaped(about.join(QLatin1Char('\n'))), 8, ReportStyle::muted).keepWithNext =
                true;
        layout.emplace<TableRowBlock>(columns, header, Style::Header);
        QList<const FrameworkNode*> below;
        for (const FrameworkNode* node : fw.depthFirst())
            if (node->id != objective->id && fw.isAncestorOrSelf(objective->id, node->id))
                below.append(node);
        for (const FrameworkNode* node : below) {
            const int depth = fw.depthOf(node->id);
            QList<Cell> cells{{node->code + QStringLiteral("  ") + node->name, std::nullopt, std::max(0, depth - 1)},
                              {weightText(fw, *node)}};
            if (node->isIndicator()) {
                cells.append(Cell(targetText(node->indicator)));
                for (const QualityRating& q : node->indicator.quality)
                    cells.append(Cell(q.rating ? QString::number(*q.rating) : DisplayFormat::none()));
            }
            layout.emplace<TableRowBlock>(columns, cells, node->isIndicator() ? Style::Plain : Style::Group);
            QStringList note;
            // What the indicator measures: its definition, else its description.
            if (node->isIndicator())
                if (const QString what =
                        node->indicator.definition.isEmpty() ? node->description : node->indicator.definition;
                    !what.isEmpty())
                    note.append(what);
            if (!node->isIndicator() && !node->owner.isEmpty() && node->owner != objective->owner)
                note.append(FrameworkDocumentReport::tr("Owner: %1").arg(node->owner));
            if (node->isIndicator() && !node->indicator.source.isEmpty())
                note.append(FrameworkDocumentReport::tr("Source: %1").arg(node->indicator.source));
            if (!note.isEmpty())
                layout.emplace<TableRowBlock>(columns, QList<Cell>{{note.join(QStringLiteral(" · "))}}, Style::Note);
        }
        layout.emplace<SpacerBlock>(10);
    }
    layout.emplace<TextBlock>(
        escaped(FrameworkDocumentReport::tr("Qualities of each indicator, rated 0 to 4: Rob. robustness, Sen. "
                                            "sensitivity, Sim. simplicity, Rel. relevance, Val. value for its "
                                            "cost, Use. usefulness to the decision.")),
        7, ReportStyle::muted);
}

} // namespace

QString FrameworkDocumentReport::kind()
{
    return tr("Vade-mecum and framework");
}

void FrameworkDocumentReport::compose(const Project& project, ReportLayout& layout)
{
    layout.emplace<HeadingBlock>(tr("Vade-mecum and evaluation framework"), 1);
    const ProjectInfo& info = project.info();
    QStringList about;
    if (!info.territory.name.isEmpty()) {
        QString territory = info.territory.name + QStringLiteral(" (") + labelOf(info.territory.kind);
        if (info.territory.population)
            territory += tr(", %1 inhabitants").arg(QLocale().toString(*info.territory.population));
        about.append(territory + QLatin1Char(')'));
    }
    about.append(revisionLine(project));
    layout.emplace<TextBlock>(escaped(about.join(QLatin1Char('\n'))), 10, ReportStyle::muted);
    if (!info.description.isEmpty())
        layout.emplace<TextBlock>(escaped(info.description), 10);
    layout.emplace<SpacerBlock>(10);
    layout.addContents();
    layout.pageBreak();
    vadeMecum(project, layout);
    layout.pageBreak();
    framework(project, layout);
}

} // namespace balise::ui
