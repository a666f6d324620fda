#pragma once

#include <QVariant>
#include <optional>

namespace balise::ui {

// A number typed by the user in a form or a cell: in their locale first ("12,5" in French), then with
// a '.', which everybody also types. Empty text means "no value".
class TypedNumber
{
public:
    // nullopt when the text is not a number; an empty optional when it is empty.
    static std::optional<std::optional<double>> read(const QVariant& value);
    // The text a field shows for a value: the number in the user's locale, in full, or nothing.
    static QString text(const std::optional<double>& value);
};

} // namespace balise::ui
