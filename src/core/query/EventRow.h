#pragma once

#include <QDateTime>
#include <QString>

// One line of the event table: what the table shows, nothing more.
struct EventRow
{
    qint64 rowId = 0; // event_records.rowid: stable identity for selection and paging
    QString id;       // the Mighty Networks event id
    QString title;
    QString startsAt; // as received
    QDateTime startsAtUtc;
    QString endsAt;
    QDateTime endsAtUtc;
    QString timeZone;
    QString eventType;
    QString location;
    QString spaceId;
    QString spaceName;
    QString creatorId;
    QString creatorName;
    int rsvpYes = 0;
    int rsvpMaybe = 0;
    int rsvpNo = 0;
    QString status; // new, updated, canceled
    QDateTime firstReceivedAt;
    QDateTime lastReceivedAt;
};
