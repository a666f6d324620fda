#include "WeightingJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace balise {
namespace {

// Far above any real framework (a criterion rarely has more than a dozen children), low enough that a
// crafted file cannot make the reader allocate much.
constexpr qsizetype maxEntries = 10'000;
constexpr qsizetype maxStakeholders = 200;

QJsonArray valuesToJson(const QList<ChildValue>& values)
{
    QJsonArray array;
    for (const ChildValue& v : values)
        array.append(QJsonArray{static_cast<double>(v.childId), v.value});
    return array;
}

bool valuesFromJson(const QJsonValue& json, QList<ChildValue>& out)
{
    if (json.isUndefined())
        return true;
    if (!json.isArray() || json.toArray().size() > maxEntries)
        return false;
    for (const QJsonValue& entry : json.toArray()) {
        const QJsonArray pair = entry.toArray();
        if (pair.size() != 2 || !pair[0].isDouble() || !pair[1].isDouble() || !std::isfinite(pair[1].toDouble()))
            return false;
        out.append({static_cast<EntityId>(pair[0].toDouble()), pair[1].toDouble()});
    }
    return true;
}

} // namespace

QByteArray WeightingJson::toJson(const WeightingRecord& record)
{
    QJsonObject o;
    if (!record.budget.isEmpty())
        o.insert(QStringLiteral("budget"), valuesToJson(record.budget));
    if (!record.ranks.isEmpty())
        o.insert(QStringLiteral("ranks"), valuesToJson(record.ranks));
    if (!record.judgements.isEmpty()) {
        QJsonArray judgements;
        for (const PairwiseJudgement& j : record.judgements)
            judgements.append(QJsonArray{static_cast<double>(j.rowId), static_cast<double>(j.columnId), j.value});
        o.insert(QStringLiteral("pairwise"), judgements);
    }
    if (!record.stakeholders.isEmpty()) {
        QJsonArray stakeholders;
        for (const StakeholderPoints& s : record.stakeholders)
            stakeholders.append(
                QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("points"), valuesToJson(s.points)}});
        o.insert(QStringLiteral("stakeholders"), stakeholders);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool WeightingJson::fromJson(const QByteArray& json, WeightingRecord& record)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject o = document.object();
    WeightingRecord read;
    if (!valuesFromJson(o.value(QStringLiteral("budget")), read.budget) ||
        !valuesFromJson(o.value(QStringLiteral("ranks")), read.ranks))
        return false;
    const QJsonValue pairwise = o.value(QStringLiteral("pairwise"));
    if (!pairwise.isUndefined()) {
        if (!pairwise.isArray() || pairwise.toArray().size() > maxEntries)
            return false;
        for (const QJsonValue& entry : pairwise.toArray()) {
            const QJsonArray j = entry.toArray();
            if (j.size() != 3 || !j[0].isDouble() || !j[1].isDouble() || !j[2].isDouble())
                return false;
            const double value = j[2].toDouble();
            if (!std::isfinite(value) || value < 1.0 / 9.0 - 1e-9 || value > 9.0 + 1e-9)
                return false;
            read.judgements.append(
                {static_cast<EntityId>(j[0].toDouble()), static_cast<EntityId>(j[1].toDouble()), value});
        }
    }
    const QJsonValue stakeholders = o.value(QStringLiteral("stakeholders"));
    if (!stakeholders.isUndefined()) {
        if (!stakeholders.isArray() || stakeholders.toArray().size() > maxStakeholders)
            return false;
        for (const QJsonValue& entry : stakeholders.toArray()) {
            if (!entry.isObject() || !entry.toObject().value(QStringLiteral("name")).isString())
                return false;
            StakeholderPoints s;
            s.name = entry.toObject().value(QStringLiteral("name")).toString();
            if (!valuesFromJson(entry.toObject().value(QStringLiteral("points")), s.points))
                return false;
            read.stakeholders.append(s);
        }
    }
    record.budget = read.budget;
    record.ranks = read.ranks;
    record.judgements = read.judgements;
    record.stakeholders = read.stakeholders;
    return true;
}

} // namespace balise
