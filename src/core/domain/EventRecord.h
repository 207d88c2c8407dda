#pragma once

#include "domain/Member.h"
#include "domain/Space.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// A Mighty Networks event (the payload of EventCreated / EventUpdated). String fields keep the
// text as received; the *Utc fields are the parsed instants, invalid when unusable.
struct EventRecord
{
    QString id; // number or numeric string in the payload, normalised to text
    QString title;
    QString summary;
    QString postType;
    QString eventType; // local, live_chat, online_meeting, zoom_meeting, zoom_webinar, webinar,
                       // local_meetup
    QString startsAt;
    QString endsAt;
    QString timeZone;
    QString location;
    QString recurrenceRule;
    QString frequency;
    std::optional<int> interval;
    QString spaceId;
    QString creatorId;
    QString permalink;
    QStringList images;
    QString createdAt;
    QString updatedAt;
    std::optional<bool> rsvpEnabled;
    std::optional<bool> rsvpClosed;
    std::optional<bool> restrictedEvent;
    std::optional<bool> postInFeed;
    Member creator;
    Space space;

    QDateTime startsAtUtc;
    QDateTime endsAtUtc;
    QDateTime updatedAtUtc;
};
