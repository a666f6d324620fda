#pragma once

#include <QCoreApplication>
#include <QString>

namespace balise {
struct ProjectTemplate;
} // namespace balise

namespace balise::ui {

// What a template holds, as a page of rich text for the template library: its description, how much
// of each part it brings, the needs of its vade-mecum, its framework down to each indicator's unit,
// direction and suggested target, and its questionnaire's sections — enough to choose one without
// creating a project first.
class TemplatePreview
{
    Q_DECLARE_TR_FUNCTIONS(TemplatePreview)

public:
    static QString html(const ProjectTemplate& projectTemplate, bool bundled);
};

} // namespace balise::ui
