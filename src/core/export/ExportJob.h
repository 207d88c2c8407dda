#pragma once

#include "export/ExportFileWriter.h"
#include "export/ExportFormat.h"
#include "export/ExportOptions.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

// One export to a file on a thread of its own, so that the window stays responsive: it opens its
// own read-only connection to the store and runs ExportFileWriter, the code path of
// `eventwatch export -o FILE`. One export at a time.
class ExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)

public:
    struct Request
    {
        QString databasePath;
        ExportFormat format = ExportFormat::Csv;
        ExportOptions options;
        QString filePath;
    };

    explicit ExportJob(QObject *parent = nullptr);
    // Cancels a running export and waits for its thread: the file is left as it was.
    ~ExportJob() override;

    // Starts the export; false when one is still running.
    bool start(const Request &request);
    // Stops the running export at its next progress report (every
    // EventExporter::ProgressInterval rows); finished() follows with Result::cancelled.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    // written of total rows (total -1 while it is not known yet).
    void progressed(qint64 written, qint64 total);
    void finished(const ExportFileWriter::Result &result);

private:
    static ExportFileWriter::Result run(const Request &request, const std::atomic_bool &cancel,
                                        const std::function<void(qint64, qint64)> &report);
    void onThreadFinished();

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<ExportFileWriter::Result> m_result;
};
