// The language chosen in the settings is kept, and BALISE_LANG still wins over it.
#include "LanguageSetting.h"

#include <catch2/catch.hpp>

using balise::ui::LanguageSetting;

TEST_CASE("The language setting is kept, unknown values mean the system's, BALISE_LANG wins", "[ui][settings]")
{
    const QByteArray forced = qgetenv("BALISE_LANG");
    qunsetenv("BALISE_LANG");
    LanguageSetting::store(QStringLiteral("fr"));
    CHECK(LanguageSetting::stored() == QStringLiteral("fr"));
    CHECK(LanguageSetting::atStartUp() == QStringLiteral("fr"));
    LanguageSetting::store(QStringLiteral("klingon"));
    CHECK(LanguageSetting::stored().isEmpty());
    LanguageSetting::store(QStringLiteral("en"));
    qputenv("BALISE_LANG", "fr");
    CHECK(LanguageSetting::atStartUp() == QStringLiteral("fr"));
    LanguageSetting::store(QString());
    if (forced.isNull())
        qunsetenv("BALISE_LANG");
    else
        qputenv("BALISE_LANG", forced);
}
