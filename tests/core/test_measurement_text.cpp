// Reading a measurement from what a person typed, and writing it back.
#include "MeasurementText.h"

#include <catch2/catch.hpp>

using namespace balise;

namespace {

FrameworkNode quantitative()
{
    FrameworkNode node;
    node.kind = NodeKind::Indicator;
    node.code = QStringLiteral("I1");
    return node;
}

FrameworkNode qualitative()
{
    FrameworkNode node = quantitative();
    node.code = QStringLiteral("I2");
    node.indicator.kind = IndicatorKind::Qualitative;
    node.indicator.levels = {{QStringLiteral("aucun"), std::nullopt}, {QStringLiteral("complet"), std::nullopt}};
    return node;
}

} // namespace

TEST_CASE("Typed measurements: the locale's decimal mark first, the other one when only it fits", "[io]")
{
    const QLocale french(QLocale::French, QLocale::France);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    CHECK(MeasurementText::readTyped(quantitative(), QStringLiteral("12,5"), french)->value == 12.5);
    CHECK(MeasurementText::readTyped(quantitative(), QStringLiteral("12.5"), french)->value == 12.5);
    CHECK(MeasurementText::readTyped(quantitative(), QStringLiteral("1 234,5"), french)->value == 1234.5);
    CHECK(MeasurementText::readTyped(quantitative(), QStringLiteral("1,234.5"), english)->value == 1234.5);
    // A grouping that fits the locale keeps the locale's meaning.
    CHECK(MeasurementText::readTyped(quantitative(), QStringLiteral("1,234"), english)->value == 1234.0);
    CHECK(MeasurementText::readTyped(quantitative(), QStringLiteral("NC"), french)->state == MeasurementState::Missing);

    QString error;
    CHECK_FALSE(MeasurementText::readTyped(quantitative(), QStringLiteral("douze"), french, &error));
    CHECK(error.contains(QStringLiteral("douze")));
    CHECK_FALSE(MeasurementText::readTyped(quantitative(), QStringLiteral("nan"), french, &error));
    CHECK_FALSE(MeasurementText::readTyped(quantitative(), QStringLiteral("1e300"), french, &error));
}

TEST_CASE("Typed levels by label in any case or by number, and written back", "[io]")
{
    const QLocale french(QLocale::French, QLocale::France);
    CHECK(MeasurementText::readTyped(qualitative(), QStringLiteral("COMPLET"), french)->level == 1);
    CHECK(MeasurementText::readTyped(qualitative(), QStringLiteral("1"), french)->level == 0);
    QString error;
    CHECK_FALSE(MeasurementText::readTyped(qualitative(), QStringLiteral("3"), french, &error));
    CHECK(error.contains(QStringLiteral("aucun")));

    Measurement m;
    m.level = 1;
    CHECK(MeasurementText::write(qualitative(), m, french, QStringLiteral("manquant")) == QStringLiteral("complet"));
    Measurement v;
    v.value = 0.1 + 0.2; // written in full, shortest exact form
    CHECK(MeasurementText::write(quantitative(), v, QLocale::c(), {}) == QStringLiteral("0.30000000000000004"));
    // Never in exponent form: a million reads as a million.
    Measurement large;
    large.value = 1e6;
    CHECK(MeasurementText::write(quantitative(), large, QLocale::c(), {}) == QStringLiteral("1000000"));
    Measurement missing;
    missing.state = MeasurementState::Missing;
    CHECK(MeasurementText::write(quantitative(), missing, french, QStringLiteral("manquant")) ==
          QStringLiteral("manquant"));
}
