#pragma once

#include "store/PendingDelivery.h"
#include "store/Refusal.h"
#include "store/StoreOutcome.h"

#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

class Database;
class DeliveryDeriver;
class QSqlQuery;
class SqliteStatement;
struct sqlite3;

// Makes deliveries durable. Lives on its own thread and owns the only read-write connection.
//
// Deliveries that arrive while a commit is in progress are written together in the next
// transaction (group commit): one sync serves them all, and each is answered only after it.
// Deriving events, members and spaces from the raw bodies waits until the writer is idle, so it
// never holds up a steady stream of answers; what is not derived yet is derived after a restart.
class DeliveryWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryWriter)

public:
    DeliveryWriter(QString databasePath, int refusalLogLimit, QObject *parent = nullptr);
    ~DeliveryWriter() override;

    // On the writer's thread, before anything is queued.
    bool open(QString *error);

    // Thread-safe.
    void enqueue(PendingDelivery delivery);
    void enqueueRefusal(Refusal refusal);

    // On the writer's thread: writes whatever is queued now (used when shutting down).
    void flushNow();
    // On the writer's thread: derives everything not derived yet.
    void deriveAll();
    // On the writer's thread: copies what the checkpointer left of the log (see WalCheckpointer).
    void finishCheckpoint();

Q_SIGNALS:
    void stored(const QList<StoreOutcome> &outcomes);
    // Events, members, spaces or RSVPs changed.
    void derived(int deliveries);
    // Commits grew the write-ahead log by a checkpoint pass's worth (4 MiB) since the last
    // time (see WalCheckpointer).
    void logGrew();

private:
    struct Batch
    {
        QList<PendingDelivery> deliveries;
        QList<Refusal> refusals;
    };

    void scheduleFlush();
    void flush();
    Batch takeQueued();
    QList<StoreOutcome> write(const Batch &batch);
    StoreOutcome insert(const PendingDelivery &delivery);
    StoreOutcome countRetry(const PendingDelivery &delivery, const QByteArray &eventId,
                            const QByteArray &receivedAt);
    QString resolveType(const DeliveryEnvelope &envelope, QString *error);
    bool insertRefusal(const Refusal &refusal);
    void pruneRefusals();
    void deriveWhenQuiet();
    static int logCommitted(void *writer, sqlite3 *connection, const char *database, int frames);

    QString m_databasePath;
    int m_refusalLogLimit;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DeliveryDeriver> m_deriver;
    std::unique_ptr<SqliteStatement> m_insertDelivery;
    std::unique_ptr<SqliteStatement> m_countRetry;
    std::unique_ptr<SqliteStatement> m_knownEvent;
    std::unique_ptr<QSqlQuery> m_insertRefusal;
    QTimer m_deriveTimer;
    QElapsedTimer m_quiet;       // since the last commit of deliveries or refusals
    QElapsedTimer m_sinceDerive; // since the last derive slice
    int m_refusalsSincePrune = 0;
    int m_framesAtLastGrowth = 0; // in the write-ahead log

    QMutex m_mutex;
    Batch m_queued;                // guarded by m_mutex
    bool m_flushScheduled = false; // guarded by m_mutex
};
