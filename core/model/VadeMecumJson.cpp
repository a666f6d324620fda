#include "VadeMecumJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace balise {
namespace {

QJsonObject item(EntityId id, const QString& title, const QString& description)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("title"), title}, {QStringLiteral("description"), description}};
}

EntityId idOf(const QJsonObject& o)
{
    return static_cast<EntityId>(o.value(QStringLiteral("id")).toDouble());
}
QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

template <typename E> bool readKey(const QJsonObject& o, const char* key, E& out)
{
    const auto value = fromKey<E>(str(o, key));
    if (value)
        out = *value;
    return value.has_value();
}

} // namespace

QByteArray VadeMecumJson::toJson(const VadeMecum& vm)
{
    QJsonArray needs, principles, fields, resources, postures, sections;
    for (const auto& n : vm.needs) {
        QJsonObject o = item(n.id, n.title, n.description);
        o.insert(QStringLiteral("domain"), keyOf(n.domain));
        o.insert(QStringLiteral("priority"), keyOf(n.priority));
        needs.append(o);
    }
    for (const auto& p : vm.principles)
        principles.append(item(p.id, p.title, p.description));
    for (const auto& f : vm.fields) {
        QJsonObject o = item(f.id, f.title, f.description);
        o.insert(QStringLiteral("family"), keyOf(f.family));
        fields.append(o);
    }
    for (const auto& r : vm.resources) {
        QJsonObject o = item(r.id, r.title, r.description);
        o.insert(QStringLiteral("kind"), keyOf(r.kind));
        o.insert(QStringLiteral("conditions"), QJsonArray::fromStringList(r.conditions));
        resources.append(o);
    }
    for (const auto& p : vm.postures)
        postures.append(
            QJsonObject{{QStringLiteral("posture"), keyOf(p.posture)}, {QStringLiteral("stance"), p.stance}});
    for (const auto& s : vm.sections)
        sections.append(QJsonObject{
            {QStringLiteral("id"), s.id}, {QStringLiteral("title"), s.title}, {QStringLiteral("body"), s.body}});
    const QJsonObject root{{QStringLiteral("needs"), needs},       {QStringLiteral("principles"), principles},
                           {QStringLiteral("fields"), fields},     {QStringLiteral("resources"), resources},
                           {QStringLiteral("postures"), postures}, {QStringLiteral("sections"), sections}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<VadeMecum> VadeMecumJson::fromJson(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject root = document.object();
    VadeMecum vm;
    for (const auto& v : root.value(QStringLiteral("needs")).toArray()) {
        const QJsonObject o = v.toObject();
        Need n{idOf(o), Domain::Other, str(o, "title"), str(o, "description"), Priority::Medium};
        if (!readKey(o, "domain", n.domain) || !readKey(o, "priority", n.priority))
            return std::nullopt;
        vm.needs.append(n);
    }
    for (const auto& v : root.value(QStringLiteral("principles")).toArray()) {
        const QJsonObject o = v.toObject();
        vm.principles.append({idOf(o), str(o, "title"), str(o, "description")});
    }
    for (const auto& v : root.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject o = v.toObject();
        FieldOfAttention f{idOf(o), FieldFamily::UserOriented, str(o, "title"), str(o, "description")};
        if (!readKey(o, "family", f.family))
            return std::nullopt;
        vm.fields.append(f);
    }
    for (const auto& v : root.value(QStringLiteral("resources")).toArray()) {
        const QJsonObject o = v.toObject();
        Resource r{idOf(o), ResourceKind::Other, str(o, "title"), str(o, "description"), {}};
        if (!readKey(o, "kind", r.kind))
            return std::nullopt;
        for (const auto& c : o.value(QStringLiteral("conditions")).toArray())
            r.conditions.append(c.toString());
        vm.resources.append(r);
    }
    for (const auto& v : root.value(QStringLiteral("postures")).toArray()) {
        const QJsonObject o = v.toObject();
        PostureStance p{Posture::Regulator, str(o, "stance")};
        if (!readKey(o, "posture", p.posture))
            return std::nullopt;
        vm.postures.append(p);
    }
    for (const auto& v : root.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject o = v.toObject();
        vm.sections.append({idOf(o), str(o, "title"), str(o, "body")});
    }
    return vm;
}

} // namespace balise
