#pragma once

#include "query/DeliveryLogQuery.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class Database;

// Reads the deliveries log and its summary away from the GUI thread (a read at the limit takes
// 50-80 ms on two busy cores).
//
// Lives on a worker QThread with its own read-only connection, opened on first use and opened
// again when the path changes. request() may be called from any thread; a request that a newer
// one overtook while it waited is skipped, so a burst of requests costs one read.
class DeliveryLogLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryLogLoader)

public:
    struct Request
    {
        quint64 serial = 0; // echoed in the result; the caller keeps the newest
        QString databasePath;
        DeliveryLogQuery::Filter filter;
        QDateTime now; // anchors the summary's last 24 hours
    };

    struct Result
    {
        quint64 serial = 0;
        bool storeExists = true; // false: no store at the path yet (the receiver creates it)
        DeliveryLogQuery::Summary summary;
        QList<DeliveryLogEntry> entries;
    };

    explicit DeliveryLogLoader(QObject *parent = nullptr);
    ~DeliveryLogLoader() override;

    // Thread-safe.
    void request(Request request);

Q_SIGNALS:
    void loaded(const DeliveryLogLoader::Result &result);
    void failed(quint64 serial, const QString &message);

private:
    void run(const Request &request);
    bool ensureOpen(const QString &path, QString *error);

    // On the loader's thread only.
    std::unique_ptr<Database> m_database;
    QString m_openPath;

    std::atomic<quint64> m_latest = 0; // the serial of the newest request
};
