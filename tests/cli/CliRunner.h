#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <string>

namespace balise::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real `balise` executable with `arguments` (and optional extra environment), as a user's
// script would, and collects its exit code and both streams.
CliResult runBalise(const QStringList& arguments, const QProcessEnvironment& extra = {});

QString samplePath(const QString& relative);

// A result as test output: exit code, then both streams.
std::string show(const CliResult& result);

// The lines of a command's output, without the empty one after the last line break.
QStringList csvLines(const QString& out);

// Builds the sample project as samples/README.md does (framework, services, four years of
// measurements) in `directory` and returns its path; fails the test if a step fails.
QString makeSampleProject(const QString& directory);

} // namespace balise::test
