#pragma once

#include "ProjectItemRef.h"

#include <QCoreApplication>
#include <QString>

namespace balise {
class Project;
} // namespace balise

namespace balise::ui {

// The details pages of the vade-mecum: the whole document (territory, counts, latest revision,
// postures), each of its groups as a table, and each item (need, principle, field of attention,
// resource, posture, free section, questionnaire section, revision) with all its attributes.
class VadeMecumDetails
{
    Q_DECLARE_TR_FUNCTIONS(VadeMecumDetails)

public:
    // The page for `item`, or an empty string when the project has no such item.
    static QString page(const Project& project, const ProjectItemRef& item);

private:
    static QString sectionPage(const Project& project);
    static QString groupPage(const Project& project, ProjectItemRef::Kind group);
    static QString itemPage(const Project& project, const ProjectItemRef& item);
    static QString questionnaireSectionPage(const Project& project, EntityId id);
    static QString revisionPage(const Project& project, EntityId id);
};

} // namespace balise::ui
