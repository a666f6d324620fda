// `balise PROJECT --screenshot OUT.png [--view NAME]`: the workbench rendered headless, as the
// installer's screenshots and the documentation use it.
#include "CliRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#ifdef BALISE_WITH_GUI

using namespace balise;
using test::runBalise;
using test::samplePath;

namespace {

QProcessEnvironment offscreen()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

} // namespace

TEST_CASE("The screenshot option renders the workbench on a project to a PNG", "[cli][gui]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("shot.balise"));
    REQUIRE(runBalise({QStringLiteral("new"), project, QStringLiteral("--framework"),
                       samplePath(QStringLiteral("microgrid/framework.csv"))})
                .exitCode == 0);
    for (const char* view :
         {"framework", "services", "periods", "measurements", "service", "destabilisation", "scorecard", "comparison",
          "sensitivity", "uncertainty", "audit", "vademecum", "impacts", "welcome", "new-project", "properties"}) {
        const QString png = dir.filePath(QStringLiteral("%1.png").arg(QLatin1String(view)));
        const auto result = runBalise(
            {project, QStringLiteral("--screenshot"), png, QStringLiteral("--view"), QString::fromLatin1(view)},
            offscreen());
        INFO(view << ": " << result.err.toStdString());
        CHECK(result.exitCode == 0);
        const QByteArray bytes = test::readBytes(png);
        CHECK(bytes.startsWith("\x89PNG\r\n\x1a\n"));
        CHECK(bytes.size() > 10000); // a rendered window, not an empty image
    }
}

TEST_CASE("The properties view needs a project, the welcome and new-project views do not", "[cli][gui]")
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("dialog.png"));
    const auto properties = runBalise(
        {QStringLiteral("--screenshot"), png, QStringLiteral("--view"), QStringLiteral("properties")}, offscreen());
    CHECK(properties.exitCode == 2);
    CHECK(properties.err.contains(QStringLiteral("needs a project")));
    for (const char* view : {"welcome", "new-project"}) {
        const auto result = runBalise(
            {QStringLiteral("--screenshot"), png, QStringLiteral("--view"), QString::fromLatin1(view)}, offscreen());
        INFO(view << ": " << result.err.toStdString());
        CHECK(result.exitCode == 0);
        CHECK(test::readBytes(png).startsWith("\x89PNG\r\n\x1a\n"));
    }
}

TEST_CASE("The screenshot option refuses an unknown view and an unreadable project", "[cli][gui]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("shot.balise"));
    REQUIRE(runBalise({QStringLiteral("new"), project}).exitCode == 0);
    const QString png = dir.filePath(QStringLiteral("x.png"));
    const auto badView =
        runBalise({project, QStringLiteral("--screenshot"), png, QStringLiteral("--view"), QStringLiteral("nowhere")},
                  offscreen());
    CHECK(badView.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(png));

    const QString text = dir.filePath(QStringLiteral("notes.balise"));
    REQUIRE(test::writeText(text, QStringLiteral("pas un projet")));
    const auto notProject = runBalise({text, QStringLiteral("--screenshot"), png}, offscreen());
    CHECK(notProject.exitCode == 3);
    CHECK(notProject.err.contains(QStringLiteral("not a Balise project")));
    CHECK_FALSE(QFileInfo::exists(png));
}

#endif
