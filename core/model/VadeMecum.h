#pragma once

#include "Enums.h"
#include "Ids.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace balise {

// A priority need of the territory in one domain [besoin prioritaire].
struct Need
{
    EntityId id = NoId;
    Domain domain = Domain::Other;
    QString title;
    QString description;
    Priority priority = Priority::Medium;

    bool operator==(const Need&) const = default;
};

// A principle the territory adopts towards data-service operators [principe].
struct Principle
{
    EntityId id = NoId;
    QString title;
    QString description;

    bool operator==(const Principle&) const = default;
};

// A field of attention [point d'attention], in one of three families.
struct FieldOfAttention
{
    EntityId id = NoId;
    FieldFamily family = FieldFamily::UserOriented;
    QString title;
    QString description;

    bool operator==(const FieldOfAttention&) const = default;
};

// A resource the territory offers operators [ressource mise à disposition], with its conditions.
struct Resource
{
    EntityId id = NoId;
    ResourceKind kind = ResourceKind::Other;
    QString title;
    QString description;
    QStringList conditions; // one condition per entry, in order

    bool operator==(const Resource&) const = default;
};

// The territory's stated stance for one of the five postures of the public actor.
struct PostureStance
{
    Posture posture = Posture::Regulator;
    QString stance;

    bool operator==(const PostureStance&) const = default;
};

// A free section of the vade-mecum (context, governance, anything the territory wants to say).
struct FreeSection
{
    EntityId id = NoId;
    QString title;
    QString body;

    bool operator==(const FreeSection&) const = default;
};

// The live content of the vade-mecum. Lists are in display order.
struct VadeMecum
{
    QList<Need> needs;
    QList<Principle> principles;
    QList<FieldOfAttention> fields;
    QList<Resource> resources;
    QList<PostureStance> postures;
    QList<FreeSection> sections;

    bool operator==(const VadeMecum&) const = default;
};

// A dated revision of the vade-mecum: who wrote it, its political status, and a frozen copy of the
// content at that moment (kept as JSON so earlier revisions can be shown and compared exactly).
struct VadeMecumRevision
{
    EntityId id = NoId;
    int number = 0;
    QDateTime createdAt;
    QString author;
    RevisionStatus status = RevisionStatus::Draft;
    QString validatedBy;
    QDate validatedOn;
    QString summary;
    QByteArray snapshot; // VadeMecumJson of the content when the revision was recorded

    bool operator==(const VadeMecumRevision&) const = default;
};

} // namespace balise
