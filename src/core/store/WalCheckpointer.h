#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

class Database;
class DeliveryWriter;

// Copies the write-ahead log back into the database file on a connection and thread of its
// own. The writer's connection has automatic checkpoints switched off, so a checkpoint (which
// writes and syncs many pages) never sits between a delivery and its answer.
//
// A pass runs whenever the writer's commits have grown the log by a few MiB (logGrew), and
// otherwise once every idleInterval for what a trickle of deliveries left. Under heavy traffic
// passes are therefore small and frequent: a pass syncs every page it copied, and one large sync
// holds up the writer's own syncs on the same disk.
//
// The log starts over only when a write begins after everything in it was copied. Under steady
// traffic the writer commits while a pass copies, so no pass ever copies everything and the log
// would grow without end (80 MB a second in the ingest benchmark). Passes therefore follow each
// other while each leaves less behind, and once little is left the writer is asked to copy the
// rest itself (nearlyCopied), between two of its commits.
class WalCheckpointer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalCheckpointer)

public:
    explicit WalCheckpointer(QString databasePath,
                             std::chrono::milliseconds idleInterval = std::chrono::seconds(1),
                             QObject *parent = nullptr);
    ~WalCheckpointer() override;

    // Copies the log as the writer's commits grow it, and has the writer copy the last frames.
    void serve(DeliveryWriter *writer);

    // On the checkpointer's thread.
    bool open(QString *error);
    void checkpoint();

Q_SIGNALS:
    // Only a few frames of a large log are left to copy.
    void nearlyCopied();

private:
    struct Pass
    {
        qint64 frames = 0; // in the log
        qint64 copied = 0; // of them, in the database file
    };
    std::optional<Pass> pass();

    QString m_databasePath;
    std::unique_ptr<Database> m_database;
    QTimer m_timer;
};
