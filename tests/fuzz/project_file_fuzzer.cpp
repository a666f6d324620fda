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
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace {

// Whether the file at path holds exactly these bytes. Read back through one fixed buffer: readAll()
// grows a QByteArray past 128 KB, which AddressSanitizer serves with a mapping of its own and unmaps
// when the block leaves its quarantine; those mappings, their page faults and the TLB flushes of the
// unmapping took about a third of this target's time (tests/RELIABILITY.md, campaign N), none of it
// spent in Balise.
bool fileHolds(const QString& path, const std::uint8_t* data, std::size_t size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() != static_cast<qint64>(size))
        return false;
    static std::array<char, 16384> chunk;
    std::size_t compared = 0;
    while (compared < size) {
        const qint64 read = file.read(chunk.data(), static_cast<qint64>(chunk.size()));
        if (read <= 0 || std::memcmp(chunk.data(), data + compared, static_cast<std::size_t>(read)) != 0)
            return false;
        compared += static_cast<std::size_t>(read);
    }
    return file.read(chunk.data(), 1) == 0; // nothing after the input's last byte
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = balise::fuzz::scratchFolder() + QStringLiteral("/opened.balise");
    {
        QFile file(path);
        const auto length = static_cast<qint64>(size);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(reinterpret_cast<const char*>(data), length) != length)
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
    if (!fileHolds(path, data, size))
        __builtin_trap(); // opening read-only changed the file
    return 0;
}
