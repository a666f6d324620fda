// The application object of ui_tests: widgets need a QApplication, where the other test binaries make
// do with the QCoreApplication of the weak default in tests/TestSupport.cpp.
#include "Language.h"
#include "TestSupport.h"

#include <QApplication>
#include <QStandardPaths>

namespace balise::test {

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
    // The windows under test read and write QSettings (recent files, geometry): keep them out of the
    // user's own settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Balise tests"));
    QCoreApplication::setApplicationName(QStringLiteral("ui_tests"));
    auto app = std::make_unique<QApplication>(argc, argv);
    // The windows speak English, as the workbench does for an English user: plural forms
    // ("3 nodes") come from the English translation, not from the source text ("3 node(s)").
    installTranslations(*app, QStringLiteral("en"));
    return app;
}

} // namespace balise::test
