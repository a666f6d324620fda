// libFuzzer target for opening a project file: whatever bytes a `.balise` file holds, opening it
// read-only ends in a project or a StorageError with its sentence, and leaves the bytes as they were
// — no crash, leak or undefined behaviour. Seeds: two real projects saved with 512-byte pages
// (tests/data/fuzz_seeds/project_file) and the raw project files of the malformed corpus, which
// tests/fuzz/run-fuzzers.sh hands over, and whose pages the fuzzer then damages. (Opening for writing,
// with its lock and migration backup, is fed the malformed corpus by tests/cli/test_malformed_inputs.cpp.)
#include "FuzzProject.h"
#include "Project.h"
#include "StorageError.h"

#include <QFile>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = balise::fuzz::scratchFolder() + QStringLiteral("/opened.balise");
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            __builtin_trap();
    }
    QFile::remove(path + QStringLiteral("-journal"));
    try {
        auto project = balise::Project::open(path, balise::ProjectFile::Access::ReadOnly);
        (void)project->data().framework.nodes().size();
    } catch (const balise::StorageError& error) {
        if (error.message().isEmpty())
            __builtin_trap();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.readAll() != bytes)
        __builtin_trap(); // opening read-only changed the file
    return 0;
}
