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
    // The rows the user selected in the window (event_records rowids), when only those are to be
    // written: a set EventFilter cannot express. Combined with filter; nothing: no such limit.
    std::optional<QList<qint64>> rowIds;
};
