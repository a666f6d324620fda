// libFuzzer target for the template reader: whatever bytes a `.balise-template` holds, reading it
// must end in a template or an error sentence — no crash, leak or undefined behaviour (run with the
// BALISE_FUZZ build, which adds AddressSanitizer and UndefinedBehaviorSanitizer).
//
// Random bytes rarely carry a matching SHA-256, so they would stop at the envelope: when the first
// byte is odd, the rest is wrapped in a correct envelope first, so that the XML check and Boost's
// reader behind it are fuzzed too — what a crafted file, not a damaged one, can reach.
#include "TemplateArchive.h"

#include <QCryptographicHash>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (!bytes.isEmpty() && (bytes.front() & 1)) {
        const QByteArray payload = bytes.mid(1);
        bytes = "BALISE-TEMPLATE\nformat 1\nlength " + QByteArray::number(payload.size()) + "\nsha256 " +
                QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex() + "\n\n" + payload;
    }
    QString error;
    const auto read = balise::TemplateArchive::read(bytes, error);
    // Either a template or a reason, never both or neither.
    if (read.has_value() == !error.isEmpty())
        __builtin_trap();
    return 0;
}
