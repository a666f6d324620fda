#pragma once

#include "VadeMecum.h"

#include <QByteArray>
#include <optional>

namespace balise {

// The JSON form of the vade-mecum content, used for the frozen copy kept in each revision (and,
// later, by the project JSON export). Keys are the stable enum keys of Enums.h.
class VadeMecumJson
{
public:
    static QByteArray toJson(const VadeMecum& vadeMecum);
    // nullopt when the bytes are not a vade-mecum written by toJson().
    static std::optional<VadeMecum> fromJson(const QByteArray& json);
};

} // namespace balise
