#pragma once

#include "query/EventFilter.h"

#include <QDateTime>
#include <QList>

#include <optional>

// Which events an export writes and the choices that change its bytes.
struct ExportOptions
{
    EventFilter filter; // the window's filter or the command line's; empty: every event
    QDateTime now;      // anchors the filter's relative time windows; invalid: the current time
    bool excel = false; // CSV only: a UTF-8 byte-order mark, so Excel reads the file as UTF-8
    // iCalendar only, for a served feed: at most this many events and bytes (0: no limit). The
    // calendar stays complete: the events after the limit are left out and counted.
    qint64 maxEvents = 0;
    qint64 maxBytes = 0;
    // iCalendar only: with a window that has a start (Custom, from), also the events that repeat
    // and first started before it, since their later repetitions fall in it. They come first.
    bool repeatingFromBefore = false;
    // The rows the user selected in the window (event_records rowids), when only those are to be
    // written: a set EventFilter cannot express. Combined with filter; nothing: no such limit.
    std::optional<QList<qint64>> rowIds;
};
