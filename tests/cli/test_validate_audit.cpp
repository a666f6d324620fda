// `balise validate` prints the quality audit's doubts as notes, which do not change its exit code.
#include "CliRunner.h"
#include "Project.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace balise;
using test::runBalise;
using test::samplePath;

TEST_CASE("validate prints the audit's doubts as notes and still exits with 0", "[cli][audit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.balise"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("new"), path, QStringLiteral("--framework"),
                      samplePath(QStringLiteral("microgrid/framework.csv"))},
          QStringList{QStringLiteral("import"), path, samplePath(QStringLiteral("microgrid/services.csv"))},
          QStringList{QStringLiteral("import"), path, samplePath(QStringLiteral("microgrid/measurements.csv"))}})
        REQUIRE(runBalise(args).exitCode == 0);
    {
        // The same value for every service in every period: the indicator cannot tell services apart.
        auto project = Project::open(path, ProjectFile::Access::ReadWrite);
        REQUIRE(project);
        const FrameworkNode* indicator = project->data().framework.findByCode(QStringLiteral("I111"));
        REQUIRE(indicator);
        for (const DataService& service : project->data().services)
            for (const Period& period : project->data().periods) {
                Measurement m;
                m.key = {service.id, indicator->id, period.id};
                m.value = 50000;
                project->setMeasurement(m);
            }
    }
    const auto result = runBalise({QStringLiteral("validate"), path});
    INFO(result.out.toStdString() + result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("note: Sensitivity doubt on \"I111\"")));
    CHECK(result.out.contains(QStringLiteral("0 warnings, 1 note.")));
}
