#include "TemplatePreview.h"

#include "ProjectTemplate.h"

#include <QLocale>

namespace balise::ui {
namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString languageName(const QString& code)
{
    return code == QLatin1String("fr")   ? TemplatePreview::tr("French")
           : code == QLatin1String("en") ? TemplatePreview::tr("English")
                                         : code;
}

// "kWh/an, lower is better, suggested target 35 000 by 31/12/2029"
QString indicatorSummary(const IndicatorSpec& s)
{
    const QLocale locale;
    QStringList parts;
    if (!s.unit.isEmpty())
        parts.append(s.unit);
    if (s.kind == IndicatorKind::Qualitative && !s.levels.isEmpty()) {
        // The worst and best levels say what the scale is about; every level would crowd the page.
        parts.append(TemplatePreview::tr("%n level(s), from “%1” to “%2”", nullptr, static_cast<int>(s.levels.size()))
                         .arg(s.levels.constFirst().label, s.levels.constLast().label));
    } else {
        parts.append(labelOf(s.direction).toLower());
    }
    // A qualitative target is a level's place (0 = the worst): named by its label.
    const qsizetype level = s.target ? static_cast<qsizetype>(*s.target) : -1;
    if (s.kind == IndicatorKind::Qualitative && level >= 0 && level < s.levels.size() && *s.target == level)
        parts.append(TemplatePreview::tr("suggested target “%1”").arg(s.levels.at(level).label));
    else if (s.direction == Direction::TargetBand && s.bandLow && s.bandHigh)
        parts.append(TemplatePreview::tr("band %1–%2").arg(locale.toString(*s.bandLow), locale.toString(*s.bandHigh)));
    else if (s.target && s.targetDate.isValid())
        parts.append(TemplatePreview::tr("suggested target %1 by %2")
                         .arg(locale.toString(*s.target), locale.toString(s.targetDate, QLocale::ShortFormat)));
    else if (s.target)
        parts.append(TemplatePreview::tr("suggested target %1").arg(locale.toString(*s.target)));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString TemplatePreview::html(const ProjectTemplate& t, bool bundled)
{
    int objectives = 0, criteria = 0, indicators = 0;
    for (const FrameworkImportNode& item : t.framework)
        (item.node.kind == NodeKind::Objective   ? objectives
         : item.node.kind == NodeKind::Criterion ? criteria
                                                 : indicators) += 1;
    int questions = 0;
    for (const QuestionnaireSection& section : t.questionnaire.sections)
        questions += static_cast<int>(section.questions.size());
    const VadeMecum& vm = t.vadeMecum;

    QString page = QStringLiteral("<h2>%1</h2>").arg(escaped(t.title));
    page += QStringLiteral("<p><i>%1</i></p>")
                .arg(escaped((bundled ? tr("Comes with Balise") : tr("Yours")) +
                             (t.language.isEmpty() ? QString() : QStringLiteral(" · ") + languageName(t.language))));
    if (!t.description.isEmpty())
        page += QStringLiteral("<p>%1</p>").arg(escaped(t.description));

    QStringList contents{
        tr("Vade-mecum: %n need(s)", nullptr, static_cast<int>(vm.needs.size())) + QStringLiteral(", ") +
            tr("%n principle(s)", nullptr, static_cast<int>(vm.principles.size())) + QStringLiteral(", ") +
            tr("%n field(s) of attention", nullptr, static_cast<int>(vm.fields.size())) + QStringLiteral(", ") +
            tr("%n resource(s) offered", nullptr, static_cast<int>(vm.resources.size())),
        tr("Framework: %n objective(s)", nullptr, objectives) + QStringLiteral(", ") +
            tr("%n criterion/criteria", nullptr, criteria) + QStringLiteral(", ") +
            tr("%n indicator(s)", nullptr, indicators)};
    // What a template may leave out is named only when it is there.
    if (questions > 0)
        contents.append(tr("Questionnaire: %n question(s)", nullptr, questions));
    if (!t.services.isEmpty())
        contents.append(tr("Sample services: %n", nullptr, static_cast<int>(t.services.size())));
    page += QStringLiteral("<ul>");
    for (const QString& line : contents)
        page += QStringLiteral("<li>%1</li>").arg(escaped(line));
    page += QStringLiteral("</ul>");

    if (!vm.needs.isEmpty()) {
        page += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Needs of the territory"));
        for (const Need& need : vm.needs)
            page += QStringLiteral("<li>%1 <small>(%2, %3)</small></li>")
                        .arg(escaped(need.title), escaped(labelOf(need.domain)),
                             escaped(tr("priority %1").arg(labelOf(need.priority).toLower())));
        page += QStringLiteral("</ul>");
    }

    if (!t.framework.isEmpty()) {
        page += QStringLiteral("<h3>%1</h3>").arg(tr("Framework"));
        // Nested lists following the parent codes; the framework lists parents before children.
        QStringList open; // codes of the nodes whose list is open, outermost first
        for (const FrameworkImportNode& item : t.framework) {
            while (!open.isEmpty() && open.last() != item.parentCode) {
                page += QStringLiteral("</ul>");
                open.removeLast();
            }
            if (open.isEmpty() && !item.parentCode.isEmpty())
                continue; // a parent the lists never opened: not expected from a valid template
            const FrameworkNode& n = item.node;
            if (n.kind == NodeKind::Objective && item.parentCode.isEmpty())
                page +=
                    QStringLiteral("<p><b>%1 %2</b>%3</p>")
                        .arg(escaped(n.code), escaped(n.name),
                             n.owner.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" <small>— %1</small>").arg(escaped(tr("owner: %1").arg(n.owner))));
            else if (n.isIndicator())
                page += QStringLiteral("<li>%1 %2 <small>(%3)</small></li>")
                            .arg(escaped(n.code), escaped(n.name), escaped(indicatorSummary(n.indicator)));
            else
                page += QStringLiteral("<li><i>%1 %2</i></li>").arg(escaped(n.code), escaped(n.name));
            if (!n.isIndicator()) {
                page += QStringLiteral("<ul>");
                open.append(n.code);
            }
        }
        for (qsizetype i = 0; i < open.size(); ++i)
            page += QStringLiteral("</ul>");
    }

    if (!t.questionnaire.sections.isEmpty()) {
        page += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Questionnaire for operators"));
        for (const QuestionnaireSection& section : t.questionnaire.sections)
            page += QStringLiteral("<li>%1 <small>(%2)</small></li>")
                        .arg(escaped(section.title),
                             escaped(tr("%n question(s)", nullptr, static_cast<int>(section.questions.size()))));
        page += QStringLiteral("</ul>");
    }
    return page;
}

} // namespace balise::ui
