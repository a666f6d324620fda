#pragma once

#include "VadeMecum.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace balise {

// What changed between two states of the vade-mecum (an earlier revision and a later one, or the
// current content): items added, removed or changed in each list, and what changed in them. Items
// are matched by id, so a renamed need is one changed item, not a removal and an addition.
class VadeMecumDiff
{
    Q_DECLARE_TR_FUNCTIONS(VadeMecumDiff)

public:
    enum class Change
    {
        Added,
        Removed,
        Changed
    };

    struct Entry
    {
        Change change = Change::Changed;
        QString part;     // "Priority needs", "Principles"… (translated)
        QString title;    // the item's title (the later one when it changed)
        QStringList what; // for a changed item: one line per changed attribute

        bool operator==(const Entry&) const = default;
    };

    // From `older` to `newer`, list by list in the vade-mecum's order, items in `newer`'s order
    // (removed ones where they were).
    static QList<Entry> compare(const VadeMecum& older, const VadeMecum& newer);
    // The entries as plain lines ("+ Needs: …", "− …", "~ … : title: A → B"), for a report.
    static QStringList describe(const QList<Entry>& entries);
    // The whole content as plain lines, list by list: what a revision froze, to read it again.
    static QStringList outline(const VadeMecum& vadeMecum);
};

} // namespace balise
