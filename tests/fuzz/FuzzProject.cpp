#include "FuzzProject.h"

#include "ProjectJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdlib>
#include <unistd.h>

namespace balise::fuzz {

QString scratchFolder()
{
    static const QString folder = [] {
        const QString root = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        const QString path = QStringLiteral("%1/balise-fuzz-%2").arg(root).arg(::getpid());
        QDir().mkpath(path);
        return path;
    }();
    return folder;
}

Project& baseProject()
{
    static std::unique_ptr<Project> project = [] {
        QFile json(QStringLiteral(BALISE_TEST_DATA_DIR "/malformed/base/project.json"));
        if (!json.open(QIODevice::ReadOnly))
            std::abort();
        const QString path = scratchFolder() + QStringLiteral("/base.balise");
        QFile::remove(path);
        QString error;
        auto made = ProjectJson::createProject(path, json.readAll(), error);
        if (!made)
            std::abort();
        return made;
    }();
    return *project;
}

} // namespace balise::fuzz
