#pragma once

#include "query/EventRow.h"

#include <QString>
#include <QStringList>

// Something about the events worth telling the user, decided by NotificationFeed. Data only:
// the window turns it into text.
struct EventNotification
{
    enum class Kind {
        NewEvent,      // one event arrived
        NewEvents,     // more than a few arrived together: one notification for all of them
        Moved,         // an update changed the event's time or place
        Canceled,      // the event was canceled
        RsvpMilestone, // the "yes" answers reached a milestone (the first, 10, 25, ...)
        Reminder,      // the event starts soon
    };

    Kind kind = Kind::NewEvent;
    EventRow event;            // the event as stored now; empty for NewEvents
    QStringList changedFields; // Moved: event_changes fields (starts_at, location, ...)
    int milestone = 0;         // RsvpMilestone: how many "yes" answers
    int minutesBefore = 0;     // Reminder: how long before the start it fires
    // NewEvents: how many, in how many spaces, and the event_records rowids they were stored
    // under (every event stored in between is one of them).
    int count = 0;
    int spaceCount = 0;
    qint64 firstRowId = 0;
    qint64 lastRowId = 0;

    // Notifications with the same key replace each other: the news about one event shares the
    // event's id, so an update replaces the notification of its arrival. A reminder stands
    // apart: the news must not take it away, nor it the news.
    QString key() const
    {
        switch (kind) {
        case Kind::NewEvents:
            return QStringLiteral("events:%1-%2").arg(firstRowId).arg(lastRowId);
        case Kind::Reminder:
            return QStringLiteral("reminder:") + event.id;
        default:
            return QStringLiteral("event:") + event.id;
        }
    }
};
