#include "DurableBaselineStore.h"

#include <QMutexLocker>

#include <sqlite3.h>

DurableBaselineStore::DurableBaselineStore(QObject *parent)
    : QObject(parent)
{}

DurableBaselineStore::~DurableBaselineStore()
{
    sqlite3_finalize(m_insert);
    sqlite3_close(m_db);
}

bool DurableBaselineStore::open(const QString &path, QString *error)
{
    const bool opened =
        sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr)
            == SQLITE_OK
        && execute("PRAGMA journal_mode = WAL") && execute("PRAGMA synchronous = FULL")
        && execute("CREATE TABLE IF NOT EXISTS deliveries (id INTEGER PRIMARY KEY,"
                   " event_id TEXT NOT NULL UNIQUE, body BLOB NOT NULL)")
        && sqlite3_prepare_v2(m_db,
                              "INSERT INTO deliveries (event_id, body) VALUES (?, ?)"
                              " ON CONFLICT (event_id) DO NOTHING",
                              -1, &m_insert, nullptr)
               == SQLITE_OK;
    if (!opened)
        *error = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory");
    return opened;
}

void DurableBaselineStore::enqueue(quint64 ticket, const QByteArray &eventId,
                                   const QByteArray &body)
{
    QMutexLocker locker(&m_mutex);
    m_queued.append({ticket, eventId, body});
    if (m_commitScheduled)
        return;
    m_commitScheduled = true;
    QMetaObject::invokeMethod(this, &DurableBaselineStore::commitQueued, Qt::QueuedConnection);
}

void DurableBaselineStore::commitQueued()
{
    QList<Row> rows;
    {
        QMutexLocker locker(&m_mutex);
        rows.swap(m_queued);
        m_commitScheduled = false;
    }
    const bool durable = write(rows);
    QList<quint64> tickets;
    tickets.reserve(rows.size());
    for (const Row &row : rows)
        tickets.append(row.ticket);
    Q_EMIT committed(tickets, durable);
}

bool DurableBaselineStore::write(const QList<Row> &rows)
{
    if (!execute("BEGIN"))
        return false;
    for (const Row &row : rows) {
        sqlite3_bind_text(m_insert, 1, row.eventId.constData(), int(row.eventId.size()),
                          SQLITE_STATIC);
        sqlite3_bind_blob(m_insert, 2, row.body.constData(), int(row.body.size()), SQLITE_STATIC);
        const int stepped = sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        if (stepped != SQLITE_DONE) {
            execute("ROLLBACK");
            return false;
        }
    }
    // With synchronous=FULL the commit returns after the log is synced.
    if (execute("COMMIT"))
        return true;
    execute("ROLLBACK");
    return false;
}

bool DurableBaselineStore::execute(const char *sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}
