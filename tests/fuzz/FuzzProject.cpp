#include "FuzzProject.h"

#include "ProjectJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdlib>

namespace balise::fuzz {

QString scratchFolder()
{
    // Removed with what it holds when the process exits (after baseProject's project, made later, has
    // closed its file): libFuzzer's fork mode starts hundreds of processes, and /dev/shm is memory.
    static const QTemporaryDir folder(
        (QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath()) +
        QStringLiteral("/balise-fuzz-XXXXXX"));
    if (!folder.isValid())
        std::abort();
    return folder.path();
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
