// libFuzzer target for the framework CSV importer: any bytes end in a plan or its problems; a plan
// without problems has every parent before its children — no crash, leak or undefined behaviour.
#include "FrameworkCsvReader.h"

#include <QSet>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto plan = balise::FrameworkCsvReader::readBytes(bytes);
    if (!plan.ok())
        return 0;
    QSet<QString> seen;
    for (const auto& node : plan.nodes) {
        if (!node.parentCode.isEmpty() && !seen.contains(node.parentCode.toCaseFolded()))
            __builtin_trap(); // a child before its parent: the plan's promise is broken
        seen.insert(node.node.code.toCaseFolded());
    }
    return 0;
}
