// The indicator form: attributes typed in the user's notation, quality ratings, refusals, undo.
#include "IndicatorForm.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "UiTestProject.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace balise;
using balise::ui::IndicatorForm;
using balise::ui::ProjectDocument;

namespace {

QLineEdit* field(IndicatorForm& form, const QString& labelStart)
{
    for (QLabel* label : form.findChildren<QLabel*>())
        if (label->text().remove(QLatin1Char('&')).startsWith(labelStart))
            if (auto* line = qobject_cast<QLineEdit*>(label->buddy()))
                return line;
    return nullptr;
}

void type(QLineEdit* line, const QString& text)
{
    line->setText(text);
    Q_EMIT line->editingFinished();
}

} // namespace

TEST_CASE("The indicator form edits attributes and quality ratings, and refuses bad text", "[ui][framework]")
{
    QTemporaryDir dir;
    ProjectDocument document(test::createUiTestProject(dir.filePath(QStringLiteral("form.balise"))));
    const Project& project = document.project();
    const EntityId i21 = project.framework().findByCode(QStringLiteral("I21"))->id;
    IndicatorForm form;
    form.setDocument(&document);
    form.showIndicator(i21);
    auto spec = [&] {
        return project.framework().find(i21)->indicator;
    };

    QLineEdit* baseline = field(form, QStringLiteral("Baseline:"));
    QLineEdit* targetDate = field(form, QStringLiteral("Target date:"));
    QLineEdit* source = field(form, QStringLiteral("Source:"));
    REQUIRE(baseline);
    REQUIRE(targetDate);
    REQUIRE(source);
    type(baseline, QStringLiteral("12.5"));
    CHECK(spec().baseline == 12.5);
    type(targetDate, QStringLiteral("2030-12-31"));
    CHECK(spec().targetDate == QDate(2030, 12, 31));
    type(source, QStringLiteral("Observatoire régional"));
    CHECK(spec().source == QStringLiteral("Observatoire régional"));

    // The first quality (robustness) rated 3 with a reason.
    const auto ratings = form.findChildren<QComboBox*>();
    QComboBox* robustness = nullptr;
    for (QComboBox* box : ratings)
        if (box->count() == 6 && box->itemData(0).toInt() == -1)
            robustness = robustness ? robustness : box;
    REQUIRE(robustness);
    robustness->setCurrentIndex(robustness->findData(3));
    Q_EMIT robustness->activated(robustness->currentIndex());
    CHECK(spec().rating(Quality::Robustness).rating == 3);

    // Text that is not a number or a date changes nothing and is said.
    const int steps = document.undoStack().count();
    type(baseline, QStringLiteral("douze"));
    CHECK(spec().baseline == 12.5);
    CHECK(baseline->text() == QStringLiteral("12.5"));
    type(targetDate, QStringLiteral("l'an prochain"));
    CHECK(spec().targetDate == QDate(2030, 12, 31));
    auto* refusal = form.findChild<QLabel*>(QStringLiteral("indicatorRefusal"));
    REQUIRE(refusal);
    CHECK(refusal->text().contains(QStringLiteral("2030-12-31")));
    CHECK(document.undoStack().count() == steps);

    document.undoStack().undo();
    CHECK_FALSE(spec().rating(Quality::Robustness).rating.has_value());
    CHECK(robustness->currentData().toInt() == -1);
}
