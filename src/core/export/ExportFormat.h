#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// The file formats `eventwatch export` and the window can write. To add one, add a value here,
// its name in ExportFormat.cpp and its encoding in EventExporter.cpp (or a writer of its own, as
// CalendarExporter is for iCalendar); the compiler points at every switch that has to handle it.
enum class ExportFormat {
    Csv,
    Json,
    Ndjson,
    Ics, // iCalendar: one VEVENT per event that has a start, not one row per event
};

namespace ExportFormats {

// Every format, in the order they are offered to the user.
QList<ExportFormat> all();

// The lower-case name used on the command line ("csv", "json", "ndjson", "ics"), also the
// file name extension.
QString name(ExportFormat format);

// Case-insensitive; nothing for an unknown name.
std::optional<ExportFormat> fromName(QStringView name);

// The names of all(), for messages such as "unknown format; use one of csv, json, ndjson, ics".
QStringList names();

// Whether the format writes one record per event with the columns of EventExporter::columns().
bool isTabular(ExportFormat format);

} // namespace ExportFormats
