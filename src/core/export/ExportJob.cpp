#include "export/ExportJob.h"

#include "BackgroundThread.h"
#include "Logging.h"
#include "store/Database.h"

#include <QThread>

ExportJob::ExportJob(QObject *parent)
    : QObject(parent)
{}

ExportJob::~ExportJob()
{
    if (!m_thread)
        return;
    cancel();
    m_thread->wait();
    delete m_thread;
}

bool ExportJob::start(const Request &request)
{
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_result = std::make_shared<ExportFileWriter::Result>();
    // Progress crosses to this object's thread as queued calls. The destructor waits for the
    // thread, so this object outlives every call made; those still queued then are dropped with
    // it.
    auto report = [this](qint64 written, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, written, total] { Q_EMIT progressed(written, total); },
            Qt::QueuedConnection);
    };
    m_thread = QThread::create([request, cancel = m_cancel, result = m_result, report] {
        BackgroundThread::lowerCurrentThreadPriority();
        *result = run(request, *cancel, report);
    });
    m_thread->setObjectName(QStringLiteral("export"));
    connect(m_thread, &QThread::finished, this, &ExportJob::onThreadFinished);
    m_thread->start();
    return true;
}

void ExportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

ExportFileWriter::Result ExportJob::run(const Request &request, const std::atomic_bool &cancel,
                                        const std::function<void(qint64, qint64)> &report)
{
    ExportFileWriter::Result result;
    // Opened, used and closed on this thread: a Qt SQL connection must not cross threads.
    Database database(request.databasePath, Database::Mode::ReadOnly);
    if (!database.open(&result.error))
        return result;
    report(0, -1);
    const qint64 total =
        EventExporter::countRows(database.connection(), request.options, &result.error);
    if (total < 0)
        return result;
    report(0, total);
    if (cancel) {
        result.cancelled = true;
        return result;
    }
    result = ExportFileWriter::write(database.connection(), request.format, request.options,
                                     request.filePath, [&](qint64 written) {
                                         report(written, total);
                                         return !cancel;
                                     });
    if (result.ok)
        report(result.written, total);
    qCInfo(lcExport) << "export to a file" << (result.ok ? "finished" : "stopped") << "after"
                     << result.written << "events";
    return result;
}

void ExportJob::onThreadFinished()
{
    const ExportFileWriter::Result result = *m_result;
    m_thread->deleteLater();
    m_thread = nullptr;
    m_result.reset();
    m_cancel.reset();
    Q_EMIT finished(result);
}
