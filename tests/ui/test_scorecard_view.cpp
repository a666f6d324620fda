// The scorecard of a service: the headline, the radar against the average, the trend, the strongest
// and weakest indicators, all following edits.
#include "Project.h"
#include "ProjectDocument.h"
#include "ProjectEvaluation.h"
#include "QCustomPlotHeader.h"
#include "ScorecardView.h"
#include "UiTestProject.h"

#include <QCoreApplication>
#include <QLabel>
#include <catch2/catch.hpp>

using namespace balise;
using balise::ui::ProjectDocument;
using balise::ui::ScorecardView;

TEST_CASE("The scorecard shows a service's score, radar, trend and extremes, and follows edits", "[ui][results]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("card.balise"))));
    Project& project = document.project();
    // A third objective, so that the radar has its three spokes, with a measured indicator.
    FrameworkNode o3;
    o3.code = QStringLiteral("O3");
    o3.name = QStringLiteral("Inclusion");
    const EntityId o3Id = project.addNode(o3);
    FrameworkNode i31;
    i31.kind = NodeKind::Indicator;
    i31.parentId = o3Id;
    i31.code = QStringLiteral("I31");
    i31.name = QStringLiteral("Part des quartiers desservis");
    i31.indicator.baseline = 0.0;
    i31.indicator.target = 100.0;
    const EntityId i31Id = project.addNode(i31);
    Measurement served;
    served.key = {project.services().constFirst().id, i31Id, project.periods().constFirst().id};
    served.value = 40.0;
    project.setMeasurement(served);

    ScorecardView view;
    view.setEvaluation(&document.evaluation());
    view.showService(0);
    const QString headline = view.headline()->text();
    CHECK(headline.startsWith(test::markupServiceName()));
    CHECK(view.headline()->textFormat() == Qt::PlainText);
    CHECK(view.radar()->plottableCount() == 4 + 2); // four rings, the average and the service
    CHECK(view.trend()->graphCount() == 1 + 3);     // the overall score and three objectives
    CHECK(view.strengths()->text().contains(QStringLiteral("I31")));

    served.value = 95.0;
    project.setMeasurement(served);
    QCoreApplication::processEvents();
    CHECK(view.headline()->text() != headline);
}
