#include "CliRunner.h"

#include <QDir>
#include <QProcess>
#include <catch2/catch.hpp>

namespace balise::test {

CliResult runBalise(const QStringList& arguments, const QProcessEnvironment& extra)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BALISE_LANG"), QStringLiteral("en"));
    for (const QString& key : extra.keys())
        environment.insert(key, extra.value(key));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BALISE_EXECUTABLE), arguments);
    CliResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString samplePath(const QString& relative)
{
    return QStringLiteral(BALISE_SAMPLES_DIR "/") + relative;
}

std::string show(const CliResult& result)
{
    return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3")
        .arg(result.exitCode)
        .arg(result.out, result.err)
        .toStdString();
}

QStringList csvLines(const QString& out)
{
    QStringList lines = out.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QString makeSampleProject(const QString& directory)
{
    const QString project = QDir(directory).filePath(QStringLiteral("microgrid.balise"));
    const QList<QStringList> steps{
        {QStringLiteral("new"), project, QStringLiteral("--framework"),
         samplePath(QStringLiteral("microgrid/framework.csv")), QStringLiteral("--name"),
         QStringLiteral("Val d'Ardoise")},
        {QStringLiteral("import"), project, samplePath(QStringLiteral("microgrid/services.csv"))},
        {QStringLiteral("import"), project, samplePath(QStringLiteral("microgrid/measurements.csv"))}};
    for (const QStringList& step : steps) {
        const auto result = runBalise(step);
        INFO(show(result));
        REQUIRE(result.exitCode == 0);
    }
    return project;
}

} // namespace balise::test
