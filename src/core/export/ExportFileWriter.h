#pragma once

#include "export/EventExporter.h"
#include "export/ExportFormat.h"
#include "export/ExportOptions.h"

#include <QSqlDatabase>
#include <QString>

// Writes an export to a file, the way both `eventwatch export -o FILE` and the window do: through
// QSaveFile, so the file appears only complete; a failed or cancelled export leaves neither a
// partial file nor a damaged earlier one.
class ExportFileWriter final
{
public:
    struct Result
    {
        bool ok = false;
        bool cancelled = false; // progress asked to stop; nothing was written
        qint64 written = 0;     // rows, or VEVENTs for iCalendar
        qint64 skipped = 0;     // iCalendar: events without a usable start
        QString error;          // one line for the user, when !ok
    };

    static Result write(const QSqlDatabase &db, ExportFormat format, const ExportOptions &options,
                        const QString &filePath,
                        const EventExporter::ProgressCallback &progress = {});
};
