#include "VadeMecumItems.h"

namespace balise::ui {
namespace {

using Part = VadeMecumItems::Part;
using Item = VadeMecumItems::Item;

// One function per list turns an item into the common view and back, so that the rest is written once.
template <typename T> Item view(const T& value)
{
    Item item;
    item.id = value.id;
    item.title = value.title;
    if constexpr (std::is_same_v<T, FreeSection>)
        item.text = value.body;
    else
        item.text = value.description;
    if constexpr (std::is_same_v<T, Need>) {
        item.choice = static_cast<int>(value.domain);
        item.secondChoice = static_cast<int>(value.priority);
    } else if constexpr (std::is_same_v<T, FieldOfAttention>) {
        item.choice = static_cast<int>(value.family);
    } else if constexpr (std::is_same_v<T, Resource>) {
        item.choice = static_cast<int>(value.kind);
        item.conditions = value.conditions;
    }
    return item;
}

template <typename T> void assign(T& value, const Item& item)
{
    value.id = item.id;
    value.title = item.title;
    if constexpr (std::is_same_v<T, FreeSection>)
        value.body = item.text;
    else
        value.description = item.text;
    if constexpr (std::is_same_v<T, Need>) {
        value.domain = static_cast<Domain>(item.choice);
        value.priority = static_cast<Priority>(item.secondChoice);
    } else if constexpr (std::is_same_v<T, FieldOfAttention>) {
        value.family = static_cast<FieldFamily>(item.choice);
    } else if constexpr (std::is_same_v<T, Resource>) {
        value.kind = static_cast<ResourceKind>(item.choice);
        value.conditions = item.conditions;
    }
}

// Calls `f` with the list of `part`.
template <typename VM, typename F> decltype(auto) withList(VM& vm, Part part, F&& f)
{
    switch (part) {
    case Part::Needs:
        return f(vm.needs);
    case Part::Principles:
        return f(vm.principles);
    case Part::Fields:
        return f(vm.fields);
    case Part::Resources:
        return f(vm.resources);
    case Part::Sections:
        break;
    }
    return f(vm.sections);
}

} // namespace

int VadeMecumItems::count(const VadeMecum& vm, Part part)
{
    return withList(vm, part, [](const auto& list) { return static_cast<int>(list.size()); });
}

VadeMecumItems::Item VadeMecumItems::at(const VadeMecum& vm, Part part, int index)
{
    return withList(vm, part, [&](const auto& list) { return view(list.at(index)); });
}

int VadeMecumItems::indexOf(const VadeMecum& vm, Part part, EntityId id)
{
    return withList(vm, part, [&](const auto& list) {
        for (int i = 0; i < list.size(); ++i)
            if (list[i].id == id)
                return i;
        return -1;
    });
}

void VadeMecumItems::put(VadeMecum& vm, Part part, int index, const Item& item)
{
    withList(vm, part, [&](auto& list) {
        if (index >= list.size()) {
            list.append(typename std::decay_t<decltype(list)>::value_type{});
            index = static_cast<int>(list.size()) - 1;
        }
        assign(list[index], item);
    });
}

void VadeMecumItems::remove(VadeMecum& vm, Part part, int index)
{
    withList(vm, part, [&](auto& list) { list.removeAt(index); });
}

void VadeMecumItems::move(VadeMecum& vm, Part part, int from, int to)
{
    withList(vm, part, [&](auto& list) { list.move(from, to); });
}

QString VadeMecumItems::singular(Part part)
{
    switch (part) {
    case Part::Needs:
        return tr("Priority need");
    case Part::Principles:
        return tr("Principle");
    case Part::Fields:
        return tr("Field of attention");
    case Part::Resources:
        return tr("Resource offered");
    case Part::Sections:
        break;
    }
    return tr("Free section");
}

QString VadeMecumItems::newTitle(Part part)
{
    switch (part) {
    case Part::Needs:
        return tr("New need");
    case Part::Principles:
        return tr("New principle");
    case Part::Fields:
        return tr("New field of attention");
    case Part::Resources:
        return tr("New resource");
    case Part::Sections:
        break;
    }
    return tr("New section");
}

QString VadeMecumItems::textLabel(Part part)
{
    return part == Part::Sections ? tr("Te&xt:") : tr("&Description:");
}

} // namespace balise::ui
