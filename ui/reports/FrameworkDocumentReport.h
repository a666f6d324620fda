#pragma once

#include <QCoreApplication>

namespace balise {
class Project;
}

namespace balise::ui {

class ReportLayout;

// The document submitted for political validation: the vade-mecum — needs by domain, principles,
// fields of attention, resources offered and their conditions, the postures, free sections — then the
// evaluation framework, objective by objective, with every criterion and indicator, their weights (and
// share among their siblings), owners, actions, targets and quality ratings. States which revision
// it is and whether it was validated. Long, so it opens with a table of contents.
class FrameworkDocumentReport
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkDocumentReport)

public:
    static void compose(const Project& project, ReportLayout& layout);
    static QString kind();
};

} // namespace balise::ui
