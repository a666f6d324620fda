// The quality audit in the workbench follows the project: a zero weight raises a relevance doubt
// on the indicator's row, a crowded criterion a readability warning.
#include "ModelTestMessages.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "QualityAuditModel.h"
#include "UiTestProject.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QCoreApplication>
#include <catch2/catch.hpp>

using namespace balise;
using balise::ui::ProjectDocument;
using balise::ui::QualityAuditModel;

TEST_CASE("The quality audit shows the ratings and follows a zero weight and a crowded criterion", "[ui][audit]")
{
    test::ModelTestMessages messages;
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("audit.balise"))));
    QualityAuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setDocument(&document);
    REQUIRE(model.rowCount() == 3); // I111, I12, I21
    const int relevance = QualityAuditModel::FirstQuality + static_cast<int>(Quality::Relevance);
    auto rowOf = [&](const QString& code) {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, 0).data().toString().startsWith(code + QLatin1Char(' ')))
                return r;
        return -1;
    };
    const int i21 = rowOf(QStringLiteral("I21"));
    REQUIRE(i21 >= 0);
    const QString hintsBefore = model.index(i21, QualityAuditModel::Hints).data().toString();

    FrameworkNode node = *document.project().framework().findByCode(QStringLiteral("I21"));
    node.weight = 0.0;
    document.project().updateNode(node);
    QCoreApplication::processEvents();
    CHECK(model.index(i21, relevance).data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
    const QString hintsAfter = model.index(i21, QualityAuditModel::Hints).data().toString();
    CHECK(hintsAfter != hintsBefore);
    CHECK(hintsAfter.contains(QStringLiteral("weighs zero")));

    // Eight indicators under one criterion: more than seven is a readability warning.
    const EntityId c11 = document.project().framework().findByCode(QStringLiteral("C11"))->id;
    for (int k = 0; k < 8; ++k) {
        FrameworkNode extra;
        extra.kind = NodeKind::Indicator;
        extra.parentId = c11;
        extra.code = QStringLiteral("X%1").arg(k);
        extra.name = QStringLiteral("Indicateur %1").arg(k);
        document.project().addNode(extra);
    }
    QCoreApplication::processEvents();
    CHECK(model.rowCount() == 11);
    CHECK(model.findings().join(QLatin1Char(' ')).contains(QStringLiteral("C11")));
    INFO(messages.messages().join(QLatin1Char('\n')).toStdString());
    CHECK(messages.messages().isEmpty());
}
