#pragma once

#include "Project.h"
#include "ProjectJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace balise::test {

// What a project holds, as a short digest shared by the crash worker and the test that kills it: the
// project JSON without the moments measurements were entered, which the project stamps with the
// clock (a replay of the same edits runs at another time and must give the same digest).
inline QByteArray contentDigest(const Project& project)
{
    QJsonObject root = QJsonDocument::fromJson(ProjectJson::write(project.data())).object();
    QJsonObject measurements = root.value(QStringLiteral("measurements")).toObject();
    QJsonArray rows = measurements.value(QStringLiteral("rows")).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonArray row = rows[i].toArray();
        if (!row.isEmpty())
            row.removeLast(); // entered_at
        rows[i] = row;
    }
    measurements.insert(QStringLiteral("rows"), rows);
    root.insert(QStringLiteral("measurements"), measurements);
    return QCryptographicHash::hash(QJsonDocument(root).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
        .toHex()
        .left(24);
}

} // namespace balise::test
