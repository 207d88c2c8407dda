#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// What the window's filter bar asks for. Every part that is set narrows the result; an empty
// filter shows every event.
struct EventFilter
{
    enum class TimeWindow {
        Any,
        Upcoming, // starts now or later
        Today,    // starts today, in the viewer's time zone
        ThisWeek, // starts this week (Monday to Sunday, viewer's time zone)
        Past,     // started before now
        Custom,   // starts within [from, to)
    };

    QString search;         // as typed; matched as word prefixes (SQLite FTS5)
    QStringList spaceIds;   // any of these spaces
    QStringList creatorIds; // any of these creators
    QStringList eventTypes; // any of these event_type values (local, webinar, ...)
    TimeWindow window = TimeWindow::Any;
    QDateTime from;          // Custom only
    QDateTime to;            // Custom only
    QDateTime receivedAfter; // "new since I last looked": last received after this instant
    // Only the events stored under event_records rowids firstRowId to lastRowId (the events a
    // notification announced together); lastRowId 0: any.
    qint64 firstRowId = 0;
    qint64 lastRowId = 0;

    bool isEmpty() const
    {
        return search.trimmed().isEmpty() && spaceIds.isEmpty() && creatorIds.isEmpty()
               && eventTypes.isEmpty() && window == TimeWindow::Any && !receivedAfter.isValid()
               && lastRowId == 0;
    }
    friend bool operator==(const EventFilter &, const EventFilter &) = default;
};
