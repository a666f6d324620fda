// libFuzzer target for the project document in JSON: any bytes end in a new project or an error
// sentence, and a refused document leaves no file behind — no crash, leak or undefined behaviour.
#include "FuzzProject.h"
#include "ProjectJson.h"

#include <QFile>
#include <QFileInfo>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = balise::fuzz::scratchFolder() + QStringLiteral("/imported.balise");
    QFile::remove(path);
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    auto project = balise::ProjectJson::createProject(path, bytes, error);
    if (!project && (error.isEmpty() || QFileInfo::exists(path)))
        __builtin_trap(); // refused without a reason, or with a half-made file left behind
    project.reset();
    QFile::remove(path);
    return 0;
}
