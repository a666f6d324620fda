#pragma once

#include <QCoreApplication>
#include <QString>

namespace balise {
class Project;
struct FrameworkNode;
} // namespace balise

namespace balise::ui {

// The details pages of the framework: the whole framework (counts, evaluation settings, findings,
// objectives) and one node with every attribute it has — for an indicator its definition,
// collection, baseline and target, thresholds and the six quality ratings.
class FrameworkDetails
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkDetails)

public:
    static QString sectionPage(const Project& project);
    static QString nodePage(const Project& project, const FrameworkNode& node);

    // "O1 Name", or the name alone when the node has no code.
    static QString codeAndName(const FrameworkNode& node);
};

} // namespace balise::ui
