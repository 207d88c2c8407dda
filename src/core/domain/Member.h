#pragma once

#include <QString>

#include <optional>

// A Mighty Networks member: the creator of an event or the author of an RSVP.
struct Member
{
    QString id;
    QString firstName;
    QString lastName;
    QString email;
    QString timeZone;
    QString location;
    QString bio;
    QString avatar;
    // Category titles joined with ", " (the reference types it as a string but describes an
    // array of {id, title} objects: both are accepted).
    QString categories;
    QString permalink;
    QString ambassadorLevel;
    QString memberType;
    QString createdAt;
    QString updatedAt;
    std::optional<qint64> referralCount;

    bool isEmpty() const { return id.isEmpty(); }
    // "First Last", trimmed; empty when neither is known.
    QString displayName() const;
};
