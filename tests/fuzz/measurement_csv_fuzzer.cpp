// libFuzzer target for the measurement CSV importer: whatever bytes a file holds, reading it against
// the project's framework and checking the rows as an import would (a dry run, which writes nothing)
// ends in rows or problems — no crash, leak or undefined behaviour.
#include "ChangeRefused.h"
#include "FuzzProject.h"
#include "MeasurementCsvReader.h"
#include "StorageError.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    balise::Project& project = balise::fuzz::baseProject();
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto plan = balise::MeasurementCsvReader::readBytes(bytes, project.framework(), QStringLiteral("2027"));
    if (!plan.ok())
        return 0;
    try {
        (void)project.importMeasurements(plan.rows, true);
    } catch (const balise::ChangeRefused&) {
    } catch (const balise::StorageError&) {
    }
    return 0;
}
