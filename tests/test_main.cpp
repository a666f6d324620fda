// The one Catch2 runner of every Balise test binary. It builds the application object the tests
// need (QApplication when the binary links Qt Widgets, QCoreApplication otherwise) and defaults to the
// offscreen platform, so that catch_discover_tests — which runs the binary at build time without the
// tests' environment — lists the tests instead of failing for want of a display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestSupport.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Tests compare English messages; the locale of the machine must not change them.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto app = balise::test::makeApplication(argc, argv);
    return Catch::Session().run(argc, argv);
}
