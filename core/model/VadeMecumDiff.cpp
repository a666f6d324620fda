#include "VadeMecumDiff.h"

#include <QHash>

namespace balise {
namespace {

using Entry = VadeMecumDiff::Entry;
using Change = VadeMecumDiff::Change;

QString shortened(const QString& text)
{
    const QString oneLine = text.simplified();
    return oneLine.size() > 60 ? oneLine.left(57) + QStringLiteral("…") : oneLine;
}

void compareText(QStringList& what, const QString& label, const QString& before, const QString& after)
{
    if (before == after)
        return;
    if (before.isEmpty())
        what.append(VadeMecumDiff::tr("%1 added: \"%2\"").arg(label, shortened(after)));
    else if (after.isEmpty())
        what.append(VadeMecumDiff::tr("%1 removed").arg(label));
    else
        what.append(VadeMecumDiff::tr("%1: \"%2\" → \"%3\"").arg(label, shortened(before), shortened(after)));
}

template <typename E> void compareChoice(QStringList& what, const QString& label, E before, E after)
{
    if (before != after)
        what.append(VadeMecumDiff::tr("%1: %2 → %3").arg(label, labelOf(before), labelOf(after)));
}

// The attributes each kind of item has beyond its title and description.
void compareMore(QStringList&, const Principle&, const Principle&)
{}
void compareMore(QStringList&, const FreeSection&, const FreeSection&)
{}
void compareMore(QStringList& what, const Need& a, const Need& b)
{
    compareChoice(what, VadeMecumDiff::tr("domain"), a.domain, b.domain);
    compareChoice(what, VadeMecumDiff::tr("priority"), a.priority, b.priority);
}
void compareMore(QStringList& what, const FieldOfAttention& a, const FieldOfAttention& b)
{
    compareChoice(what, VadeMecumDiff::tr("family"), a.family, b.family);
}
void compareMore(QStringList& what, const Resource& a, const Resource& b)
{
    compareChoice(what, VadeMecumDiff::tr("kind"), a.kind, b.kind);
    for (const QString& condition : b.conditions)
        if (!a.conditions.contains(condition))
            what.append(VadeMecumDiff::tr("condition added: \"%1\"").arg(shortened(condition)));
    for (const QString& condition : a.conditions)
        if (!b.conditions.contains(condition))
            what.append(VadeMecumDiff::tr("condition removed: \"%1\"").arg(shortened(condition)));
}

QString textOf(const FreeSection& s)
{
    return s.body;
}
template <typename T> QString textOf(const T& item)
{
    return item.description;
}

template <typename T>
void compareList(QList<Entry>& out, const QString& part, const QList<T>& older, const QList<T>& newer)
{
    QHash<EntityId, const T*> before;
    for (const T& item : older)
        before.insert(item.id, &item);
    // Removed items where they stood, then the later list in its order.
    for (const T& item : older) {
        bool kept = false;
        for (const T& later : newer)
            kept = kept || later.id == item.id;
        if (!kept)
            out.append({Change::Removed, part, item.title, {}});
    }
    for (const T& item : newer) {
        const T* earlier = before.value(item.id, nullptr);
        if (!earlier || item.id == NoId) {
            out.append({Change::Added, part, item.title, {}});
            continue;
        }
        QStringList what;
        compareText(what, VadeMecumDiff::tr("title"), earlier->title, item.title);
        compareText(what, std::is_same_v<T, FreeSection> ? VadeMecumDiff::tr("text") : VadeMecumDiff::tr("description"),
                    textOf(*earlier), textOf(item));
        compareMore(what, *earlier, item);
        if (!what.isEmpty())
            out.append({Change::Changed, part, item.title, what});
    }
}

} // namespace

QList<VadeMecumDiff::Entry> VadeMecumDiff::compare(const VadeMecum& older, const VadeMecum& newer)
{
    QList<Entry> out;
    compareList(out, tr("Priority needs"), older.needs, newer.needs);
    compareList(out, tr("Principles"), older.principles, newer.principles);
    compareList(out, tr("Fields of attention"), older.fields, newer.fields);
    compareList(out, tr("Resources offered"), older.resources, newer.resources);
    const QString postures = tr("Postures");
    for (Posture posture : allValues<Posture>()) {
        const PostureStance* a = nullptr;
        const PostureStance* b = nullptr;
        for (const PostureStance& s : older.postures)
            if (s.posture == posture)
                a = &s;
        for (const PostureStance& s : newer.postures)
            if (s.posture == posture)
                b = &s;
        if (a && !b)
            out.append({Change::Removed, postures, labelOf(posture), {}});
        else if (!a && b)
            out.append({Change::Added, postures, labelOf(posture), {}});
        else if (a && b && a->stance != b->stance) {
            QStringList what;
            compareText(what, tr("stance"), a->stance, b->stance);
            out.append({Change::Changed, postures, labelOf(posture), what});
        }
    }
    compareList(out, tr("Free sections"), older.sections, newer.sections);
    return out;
}

QStringList VadeMecumDiff::outline(const VadeMecum& vm)
{
    QStringList lines;
    auto heading = [&](const QString& title, bool empty) {
        if (!lines.isEmpty())
            lines.append(QString());
        lines.append(title);
        if (empty)
            lines.append(tr("  (none)"));
    };
    auto item = [&](const QString& title, const QString& detail, const QString& text) {
        lines.append(detail.isEmpty() ? tr("• %1").arg(title) : tr("• %1 (%2)").arg(title, detail));
        if (!text.trimmed().isEmpty())
            lines.append(QStringLiteral("  ") + text.simplified());
    };
    heading(tr("Priority needs"), vm.needs.isEmpty());
    for (const Need& n : vm.needs)
        item(n.title, tr("%1, priority %2").arg(labelOf(n.domain), labelOf(n.priority).toLower()), n.description);
    heading(tr("Principles"), vm.principles.isEmpty());
    for (const Principle& p : vm.principles)
        item(p.title, QString(), p.description);
    heading(tr("Fields of attention"), vm.fields.isEmpty());
    for (const FieldOfAttention& f : vm.fields)
        item(f.title, labelOf(f.family), f.description);
    heading(tr("Resources offered"), vm.resources.isEmpty());
    for (const Resource& r : vm.resources) {
        item(r.title, labelOf(r.kind), r.description);
        for (const QString& condition : r.conditions)
            lines.append(tr("  condition: %1").arg(condition));
    }
    heading(tr("Postures"), vm.postures.isEmpty());
    for (const PostureStance& s : vm.postures)
        item(labelOf(s.posture), QString(), s.stance);
    heading(tr("Free sections"), vm.sections.isEmpty());
    for (const FreeSection& s : vm.sections)
        item(s.title, QString(), s.body);
    return lines;
}

QStringList VadeMecumDiff::describe(const QList<Entry>& entries)
{
    QStringList lines;
    for (const Entry& entry : entries) {
        switch (entry.change) {
        case Change::Added:
            lines.append(tr("+ %1: %2").arg(entry.part, entry.title));
            break;
        case Change::Removed:
            lines.append(tr("− %1: %2").arg(entry.part, entry.title));
            break;
        case Change::Changed:
            lines.append(tr("~ %1: %2 — %3").arg(entry.part, entry.title, entry.what.join(QStringLiteral("; "))));
            break;
        }
    }
    return lines;
}

} // namespace balise
