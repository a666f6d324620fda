#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

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

} // namespace balise::test
