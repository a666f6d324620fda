#pragma once

#include "VadeMecum.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace balise::ui {

// The five lists of the vade-mecum that hold titled items, seen alike by the item editor: each item
// has a title, a text (description or body), up to two choices (domain and priority of a need, family
// of a field, kind of a resource) and, for resources, their conditions.
class VadeMecumItems
{
    Q_DECLARE_TR_FUNCTIONS(VadeMecumItems)

public:
    enum class Part
    {
        Needs,
        Principles,
        Fields,
        Resources,
        Sections
    };

    struct Item
    {
        EntityId id = NoId;
        QString title;
        QString text;
        int choice = 0;       // Domain, FieldFamily or ResourceKind, as an int
        int secondChoice = 0; // Priority of a need
        QStringList conditions;

        bool operator==(const Item&) const = default;
    };

    static int count(const VadeMecum& vm, Part part);
    static Item at(const VadeMecum& vm, Part part, int index);
    static int indexOf(const VadeMecum& vm, Part part, EntityId id);
    // Writes `item` over the item at `index`, or appends it when index is the count.
    static void put(VadeMecum& vm, Part part, int index, const Item& item);
    static void remove(VadeMecum& vm, Part part, int index);
    static void move(VadeMecum& vm, Part part, int from, int to);

    // Words the editor shows: "Priority need", "New principle"…
    static QString singular(Part part);
    static QString newTitle(Part part);
    static QString textLabel(Part part);
    static bool hasChoice(Part part) { return part == Part::Needs || part == Part::Fields || part == Part::Resources; }
};

} // namespace balise::ui
