#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// The simplest durable store for webhook deliveries that SQLite offers, for the ingest benchmark's
// durable baseline: one table of raw bodies, unique by event_id, in WAL mode with
// synchronous=FULL and SQLite's own checkpoints. Deliveries arriving while a commit runs share the
// next one (group commit). Lives on its own thread; enqueue() may be called from any thread.
class DurableBaselineStore : public QObject
{
    Q_OBJECT

public:
    explicit DurableBaselineStore(QObject *parent = nullptr);
    ~DurableBaselineStore() override;

    bool open(const QString &path, QString *error);
    void enqueue(quint64 ticket, const QByteArray &eventId, const QByteArray &body);

Q_SIGNALS:
    // After the commit holding these deliveries returned (committed and synced) or failed.
    void committed(const QList<quint64> &tickets, bool durable);

private:
    struct Row
    {
        quint64 ticket;
        QByteArray eventId;
        QByteArray body;
    };

    void commitQueued();
    bool write(const QList<Row> &rows);
    bool execute(const char *sql);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    QMutex m_mutex;
    QList<Row> m_queued;            // guarded by m_mutex
    bool m_commitScheduled = false; // guarded by m_mutex
};
