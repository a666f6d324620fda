#pragma once

#include "WeightingRecord.h"

#include <QByteArray>
#include <optional>

namespace balise {

// The stored form of a weighting's inputs (the `inputs` column of the `weighting` table). Files come
// from other people: fromJson() refuses anything but what toJson() writes — unknown shapes, numbers
// that are not finite, judgements outside Saaty's 1/9 … 9 — and bounds every list.
class WeightingJson
{
public:
    static QByteArray toJson(const WeightingRecord& record);
    // Fills the inputs of `record` (its parent and method come from their own columns); false when
    // the bytes are not inputs toJson() could have written.
    static bool fromJson(const QByteArray& json, WeightingRecord& record);
};

} // namespace balise
