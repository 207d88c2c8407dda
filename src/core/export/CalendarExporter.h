#pragma once

#include "export/EventExporter.h"
#include "export/ExportOptions.h"

#include <QSqlDatabase>
#include <QString>

class QIODevice;

// Writes the events options select as one iCalendar object (RFC 5545) for a calendar to import
// or subscribe to: a VEVENT for each event that has a start (the others are skipped and
// counted), with the VTIMEZONE of every zone the events are in. libical serializes every
// component (escaping, CRLF, folding at 75 octets); events are written one at a time, so memory
// does not grow with their number.
class CalendarExporter final
{
public:
    struct Counts
    {
        qint64 written = 0;
        qint64 skipped = 0;     // without a usable start
        bool truncated = false; // options.maxEvents or maxBytes left later events out
    };

    // The UID of an event, the same in every export, so that a calendar updates what it
    // imported before instead of adding it again.
    static QString uidOf(const QString &eventId);

    // Like EventExporter::write(); progress counts the events written.
    static bool write(const QSqlDatabase &db, const ExportOptions &options, QIODevice *out,
                      QString *error, Counts *counts = nullptr,
                      const EventExporter::ProgressCallback &progress = {});
};
