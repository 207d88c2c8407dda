#pragma once

#include "export/ExportFormat.h"
#include "export/ExportOptions.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

// Writes the rows of the `events` view, the documented export interface, as CSV (RFC 4180),
// a JSON array or NDJSON: every event, or those an EventFilter selects. In CSV, a cell that
// begins with = + - or @ gets a leading ' so that a spreadsheet shows it instead of running it.
// Rows are stepped through with SQLite's own API and written to the device in blocks, so memory
// use does not grow with the number of events (the store is memory-mapped while it runs:
// address space, not memory of its own); a long export can run on a worker thread that owns its
// own connection.
//
// Order: by event_records.starts_at_utc (events without a start time last), then by id. The view
// does not expose starts_at_utc, but ordering by the stored starts_at text would mix time zones:
// the view's columns are checked, and the rows read from event_records along its start-time
// index.
class EventExporter final
{
public:
    // Called after every ProgressInterval rows with the number of rows written so far; return
    // false to cancel the export.
    using ProgressCallback = std::function<bool(qint64 rowsWritten)>;
    static constexpr qint64 ProgressInterval = 1000;

    // The exported columns, in order; identical to the columns of the `events` view.
    static const QStringList &columns();

    // The number of rows write() would produce now (for a progress bar's maximum), or -1 with
    // error set.
    static qint64 countRows(const QSqlDatabase &db, QString *error);
    static qint64 countRows(const QSqlDatabase &db, const ExportOptions &options, QString *error);

    // Writes the header (if the format has one), every event and the trailer to out, which must
    // be open for writing. Returns false with a one-line error when the database cannot be read,
    // out does not take every byte (e.g. the disk is full) or progress cancels; out then holds
    // a partial export, so write files through QSaveFile. rowCount receives the rows written.
    static bool write(const QSqlDatabase &db, ExportFormat format, QIODevice *out, QString *error,
                      qint64 *rowCount = nullptr, const ProgressCallback &progress = {});
    // The same for the events options select, with its choices. ExportFormat::Ics is written by
    // CalendarExporter (which also counts the events it skips); rowCount then counts VEVENTs.
    static bool write(const QSqlDatabase &db, ExportFormat format, const ExportOptions &options,
                      QIODevice *out, QString *error, qint64 *rowCount = nullptr,
                      const ProgressCallback &progress = {});
};
