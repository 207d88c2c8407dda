#include "export/ExportFileWriter.h"

#include "export/CalendarExporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace {

QString cannotWrite(const QString &filePath, const QString &reason)
{
    return QCoreApplication::translate("ExportFileWriter", "cannot write %1: %2")
        .arg(QDir::toNativeSeparators(filePath), reason);
}

} // namespace

ExportFileWriter::Result ExportFileWriter::write(const QSqlDatabase &db, ExportFormat format,
                                                 const ExportOptions &options,
                                                 const QString &filePath,
                                                 const EventExporter::ProgressCallback &progress)
{
    Result result;
    QSaveFile out(filePath);
    if (!out.open(QIODevice::WriteOnly)) {
        result.error = cannotWrite(filePath, out.errorString());
        return result;
    }
    // The exporters report a cancel as an error like any other; the caller wants to tell them
    // apart.
    EventExporter::ProgressCallback watched;
    if (progress) {
        watched = [&](qint64 rows) {
            result.cancelled = !progress(rows);
            return !result.cancelled;
        };
    }
    bool ok = false;
    if (ExportFormats::isTabular(format)) {
        ok = EventExporter::write(db, format, options, &out, &result.error, &result.written,
                                  watched);
    } else {
        CalendarExporter::Counts counts;
        ok = CalendarExporter::write(db, options, &out, &result.error, &counts, watched);
        result.written = counts.written;
        result.skipped = counts.skipped;
    }
    if (!ok) {
        out.cancelWriting();
        return result;
    }
    if (!out.commit()) {
        result.error = cannotWrite(filePath, out.errorString());
        return result;
    }
    result.ok = true;
    return result;
}
