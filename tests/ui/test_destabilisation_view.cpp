// The destabilisation radar draws the assessed services and names those not assessed yet.
#include "DestabilisationView.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "QCustomPlotHeader.h"
#include "UiTestProject.h"

#include <QLabel>
#include <catch2/catch.hpp>

using namespace balise;
using balise::ui::DestabilisationView;
using balise::ui::ProjectDocument;

TEST_CASE("The destabilisation radar draws assessed services and names the others", "[ui][services]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("radar.balise"))));
    DestabilisationView view;
    view.setDocument(&document);
    // Four rings, and the one assessed service (the carpool has one rating).
    CHECK(view.radar()->plottableCount() == 4 + 1);
    CHECK(view.note()->text().contains(QStringLiteral("Vélo libre")));
    CHECK(view.note()->textFormat() == Qt::PlainText);

    DataService bikes = *document.project().data().findServiceByName(QStringLiteral("Vélo libre"));
    bikes.destabilisation[3] = 4;
    document.project().updateService(bikes);
    CHECK(view.radar()->plottableCount() == 4 + 2);
    CHECK(view.note()->text().isEmpty());
}
