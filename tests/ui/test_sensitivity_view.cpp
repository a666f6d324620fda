// The tornado of the weights follows the project and the chosen change.
#include "ProjectDocument.h"
#include "ProjectEvaluation.h"
#include "QCustomPlotHeader.h"
#include "SensitivityView.h"
#include "UiTestProject.h"

#include <QLabel>
#include <catch2/catch.hpp>

using namespace balise;
using balise::ui::ProjectDocument;
using balise::ui::SensitivityView;

TEST_CASE("The sensitivity view moves every weight and draws the tornado of a service", "[ui][results]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("tornado.balise"))));
    SensitivityView view;
    view.setEvaluation(&document.evaluation());
    const auto& setup = document.evaluation().setup();
    // Every node but the overall score is moved, both ways, for every service.
    CHECK(view.result().nodes.size() == static_cast<size_t>(setup.input.tree.nodeCount() - 1));
    CHECK(view.result().change == Catch::Detail::Approx(0.20));
    CHECK(view.tornado()->plottableCount() == 2); // −X and +X
    CHECK_FALSE(view.summary()->text().isEmpty());
    view.setChange(50);
    CHECK(view.result().change == Catch::Detail::Approx(0.50));
}
