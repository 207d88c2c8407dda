#include "store/DeliveryWriter.h"

#include "Logging.h"
#include "domain/Timestamp.h"
#include "store/Database.h"
#include "store/DeliveryDeriver.h"
#include "store/SqliteStatement.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <sqlite3.h>

namespace {

using namespace std::chrono_literals;

// Deriving fills the writer's idle time but not the short gaps between commits under steady
// traffic, where it would delay every answer: it starts once no delivery has arrived for
// QuietBeforeDerive and runs in slices, so that a delivery arriving meanwhile waits at most one
// slice for its commit. Under a sustained flood it waits until the flood pauses.
constexpr auto QuietBeforeDerive = 3ms;
constexpr auto ShortSlice = 2ms;
// Once the writer has been idle this long, traffic has paused: longer slices catch up faster.
constexpr auto IdleBeforeLongSlices = 20ms;
// A flood that never pauses must not hide new events from the window: a short slice runs at
// least this often, whatever waits, at the cost of one slice's delay to the answers meanwhile.
constexpr auto LongestDeriveDelay = 100ms;
constexpr auto IdleSlice = 8ms;
constexpr auto RetryAfterFailure = 1000ms;
constexpr int DeriveBatchLimit = 512;
// Frames (pages) the write-ahead log grows by before a checkpoint pass is asked for: 4 MiB with
// 4 KiB pages, about 50 ms of the ingest benchmark's flood. Measured there: passes once a
// second each synced a second's worth of scattered pages, and the writer's own syncs queued
// behind them on the disk (commits of 10-20 ms, wrk's p99 10-15 ms); small passes keep every
// sync short (p99 5.5-7 ms, same throughput).
constexpr int LogFramesPerCheckpoint = 1024;

QString classificationSourceFor(const DeliveryEnvelope &envelope)
{
    return classificationSourceName(envelope.classifiedBy);
}

// Text to bind as UTF-8: a null string stays null (NULL in SQL), an empty one stays text.
QByteArray bindable(const QString &text)
{
    if (text.isNull())
        return {};
    const QByteArray utf8 = text.toUtf8();
    return utf8.isNull() ? QByteArray("", 0) : utf8;
}

} // namespace

DeliveryWriter::DeliveryWriter(QString databasePath, int refusalLogLimit, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_refusalLogLimit(refusalLogLimit)
    , m_deriveTimer(this)
{
    m_deriveTimer.setSingleShot(true);
    connect(&m_deriveTimer, &QTimer::timeout, this, &DeliveryWriter::deriveWhenQuiet);
    m_quiet.start();
    m_sinceDerive.start();
}

DeliveryWriter::~DeliveryWriter()
{
    // Statements must go before the connection they belong to.
    m_insertDelivery.reset();
    m_countRetry.reset();
    m_knownEvent.reset();
    m_insertRefusal.reset();
    m_deriver.reset();
    m_database.reset();
}

bool DeliveryWriter::open(QString *error)
{
    m_database = std::make_unique<Database>(m_databasePath, Database::Mode::Writer);
    if (!m_database->open(error))
        return false;
    const QSqlDatabase db = m_database->connection();
    m_insertDelivery = std::make_unique<SqliteStatement>();
    m_countRetry = std::make_unique<SqliteStatement>();
    m_knownEvent = std::make_unique<SqliteStatement>();
    m_insertRefusal = std::make_unique<QSqlQuery>(db);
    // Measured: RETURNING costs an insert about a third more (SQLite collects the rows in a
    // temporary table), so a retry, which is rare, is told apart by the rows changed. An IN list
    // on an indexed column is looked up through a temporary table too; "+type" keeps the index
    // on subject_id alone and the two types are compared directly.
    QString statementError;
    const bool prepared =
        m_insertDelivery->prepare(
            db,
            "INSERT INTO deliveries (event_id, event_timestamp, type, classified_by, subject_id,"
            " received_at, last_received_at, remote_address, body)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING",
            &statementError)
        // A retry only counts the attempt: the first body stays as it was, and the delivery is
        // derived again so that the counts it feeds include the retry.
        && m_countRetry->prepare(
            db,
            "UPDATE deliveries SET attempts = attempts + 1, last_received_at = ?, derived = 0"
            " WHERE event_id = ? RETURNING type",
            &statementError)
        && m_knownEvent->prepare(db,
                                 "SELECT 1 FROM deliveries WHERE subject_id = ?"
                                 " AND +type IN ('EventCreated', 'EventUpdated') LIMIT 1",
                                 &statementError);
    if (prepared
        && !m_insertRefusal->prepare(
            QStringLiteral("INSERT INTO refusals (at, status, reason, method, path, remote_address)"
                           " VALUES (?, ?, ?, ?, ?, ?)")))
        statementError = m_insertRefusal->lastError().text();
    if (!statementError.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("DeliveryWriter", "cannot prepare statements: %1")
                         .arg(statementError);
        return false;
    }
    m_deriver = std::make_unique<DeliveryDeriver>(db);
    // SQLite's automatic checkpoints are off on this connection (Database); its hook is ours.
    sqlite3_wal_hook(SqliteStatement::connectionOf(db), &DeliveryWriter::logCommitted, this);
    // Whatever an earlier run stored but did not derive.
    m_deriveTimer.start(QuietBeforeDerive);
    return true;
}

void DeliveryWriter::enqueue(PendingDelivery delivery)
{
    QMutexLocker locker(&m_mutex);
    m_queued.deliveries.append(std::move(delivery));
    scheduleFlush();
}

void DeliveryWriter::enqueueRefusal(Refusal refusal)
{
    QMutexLocker locker(&m_mutex);
    m_queued.refusals.append(std::move(refusal));
    scheduleFlush();
}

void DeliveryWriter::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(this, &DeliveryWriter::flush, Qt::QueuedConnection);
}

DeliveryWriter::Batch DeliveryWriter::takeQueued()
{
    QMutexLocker locker(&m_mutex);
    m_flushScheduled = false;
    return std::exchange(m_queued, {});
}

void DeliveryWriter::flush()
{
    const Batch batch = takeQueued();
    if (batch.deliveries.isEmpty() && batch.refusals.isEmpty())
        return;
    const QList<StoreOutcome> outcomes = write(batch);
    if (!outcomes.isEmpty())
        Q_EMIT stored(outcomes);
    m_quiet.start();
    // Not restarted while it runs: when it fires, deriveWhenQuiet() looks at m_quiet.
    if (!m_deriveTimer.isActive())
        m_deriveTimer.start(QuietBeforeDerive);
}

void DeliveryWriter::flushNow()
{
    flush();
}

QList<StoreOutcome> DeliveryWriter::write(const Batch &batch)
{
    QList<StoreOutcome> outcomes;
    outcomes.reserve(batch.deliveries.size());
    QSqlDatabase db = m_database ? m_database->connection() : QSqlDatabase();
    QString failure;
    if (!db.isOpen()) {
        failure = QStringLiteral("the store is not open");
    } else if (!db.transaction()) {
        failure = db.lastError().text();
    } else {
        for (const PendingDelivery &delivery : batch.deliveries)
            outcomes.append(insert(delivery));
        for (const Refusal &refusal : batch.refusals)
            insertRefusal(refusal);
        const bool anyFailed = std::any_of(outcomes.cbegin(), outcomes.cend(), [](const auto &o) {
            return o.result == StoreOutcome::Result::Failed;
        });
        // Only a commit that returned makes the batch durable (synchronous=FULL).
        if (anyFailed || !db.commit()) {
            failure = anyFailed ? QStringLiteral("an insert failed") : db.lastError().text();
            db.rollback();
        }
    }
    if (!failure.isEmpty()) {
        qCWarning(lcStore).noquote()
            << "could not store" << batch.deliveries.size() << "deliveries:" << failure;
        outcomes.clear();
        for (const PendingDelivery &delivery : batch.deliveries)
            outcomes.append({delivery.ticket, StoreOutcome::Result::Failed,
                             delivery.envelope.type.isEmpty() ? QStringLiteral("unclassified")
                                                              : delivery.envelope.type,
                             failure});
    }
    if (m_refusalsSincePrune > 1000)
        pruneRefusals();
    return outcomes;
}

StoreOutcome DeliveryWriter::insert(const PendingDelivery &delivery)
{
    const DeliveryEnvelope &envelope = delivery.envelope;
    QString lookupError;
    const QString type = resolveType(envelope, &lookupError);
    if (type.isEmpty())
        return {delivery.ticket, StoreOutcome::Result::Failed, QStringLiteral("unclassified"),
                lookupError};
    // Bound without a copy: these live until the statement is reset.
    const QByteArray eventId = bindable(envelope.eventId);
    const QByteArray eventTimestamp = bindable(envelope.eventTimestamp);
    const QByteArray typeText = bindable(type);
    const QByteArray classifiedBy = bindable(classificationSourceFor(envelope));
    const QByteArray subjectId =
        envelope.subjectId.isEmpty() ? QByteArray() : bindable(envelope.subjectId);
    const QByteArray receivedAt = bindable(Timestamp::toIsoUtc(delivery.receivedAt));
    const QByteArray remoteAddress = bindable(delivery.remoteAddress);
    SqliteStatement &statement = *m_insertDelivery;
    statement.bindText(1, eventId);
    statement.bindText(2, eventTimestamp);
    statement.bindText(3, typeText);
    statement.bindText(4, classifiedBy);
    statement.bindText(5, subjectId);
    statement.bindText(6, receivedAt);
    statement.bindText(7, receivedAt);
    statement.bindText(8, remoteAddress);
    statement.bindBlob(9, delivery.body);
    const bool done = statement.step() == SqliteStatement::Step::Done;
    const bool inserted = done && statement.changes() == 1;
    const QString failure = done ? QString() : statement.errorText();
    statement.reset();
    if (!done)
        return {delivery.ticket, StoreOutcome::Result::Failed, type, failure};
    if (inserted)
        return {delivery.ticket, StoreOutcome::Result::Stored, type, {}};
    return countRetry(delivery, eventId, receivedAt);
}

StoreOutcome DeliveryWriter::countRetry(const PendingDelivery &delivery, const QByteArray &eventId,
                                        const QByteArray &receivedAt)
{
    SqliteStatement &statement = *m_countRetry;
    statement.bindText(1, receivedAt);
    statement.bindText(2, eventId);
    const bool found = statement.step() == SqliteStatement::Step::Row;
    const StoreOutcome outcome =
        found ? StoreOutcome{delivery.ticket,
                             StoreOutcome::Result::Duplicate,
                             statement.columnText(0),
                             {}}
              : StoreOutcome{delivery.ticket, StoreOutcome::Result::Failed,
                             delivery.envelope.type.isEmpty() ? QStringLiteral("unclassified")
                                                              : delivery.envelope.type,
                             statement.errorText()};
    statement.reset();
    return outcome;
}

// The webhook type to store: the explicit one, else what the shape and the store say. Empty,
// with the reason, when the store could not be asked.
QString DeliveryWriter::resolveType(const DeliveryEnvelope &envelope, QString *error)
{
    if (!envelope.type.isEmpty())
        return envelope.type;
    switch (envelope.shape) {
    case PayloadShape::Event: {
        const QByteArray subjectId = bindable(envelope.subjectId);
        SqliteStatement &statement = *m_knownEvent;
        statement.bindText(1, subjectId);
        const SqliteStatement::Step step = statement.step();
        if (step == SqliteStatement::Step::Error)
            *error = statement.errorText();
        statement.reset();
        if (step == SqliteStatement::Step::Error)
            return {};
        return step == SqliteStatement::Step::Row ? QStringLiteral("EventUpdated")
                                                  : QStringLiteral("EventCreated");
    }
    case PayloadShape::Rsvp:
        return QStringLiteral("Rsvp");
    case PayloadShape::Other:
        break;
    }
    return QStringLiteral("Other");
}

bool DeliveryWriter::insertRefusal(const Refusal &refusal)
{
    QSqlQuery &query = *m_insertRefusal;
    query.addBindValue(Timestamp::toIsoUtc(refusal.at));
    query.addBindValue(refusal.status);
    query.addBindValue(refusal.reason);
    query.addBindValue(refusal.method);
    query.addBindValue(refusal.path);
    query.addBindValue(refusal.remoteAddress);
    const bool ok = query.exec();
    if (!ok)
        qCWarning(lcStore).noquote() << "could not log a refusal:" << query.lastError().text();
    ++m_refusalsSincePrune;
    return ok;
}

void DeliveryWriter::pruneRefusals()
{
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("DELETE FROM refusals WHERE id <= (SELECT max(id) FROM refusals) - ?"));
    query.addBindValue(m_refusalLogLimit);
    if (!query.exec())
        qCWarning(lcStore).noquote() << "could not prune refusals:" << query.lastError().text();
    m_refusalsSincePrune = 0;
}

void DeliveryWriter::deriveWhenQuiet()
{
    if (!m_deriver)
        return;
    const bool overdue = std::chrono::milliseconds(m_sinceDerive.elapsed()) >= LongestDeriveDelay;
    const auto quiet = std::chrono::milliseconds(m_quiet.elapsed());
    if (!overdue) {
        {
            // Deliveries waiting for their commit come first; their flush re-arms the timer.
            QMutexLocker locker(&m_mutex);
            if (m_flushScheduled)
                return;
        }
        if (quiet < QuietBeforeDerive) {
            m_deriveTimer.start(QuietBeforeDerive - quiet);
            return;
        }
    }
    const auto budget = !overdue && quiet >= IdleBeforeLongSlices ? IdleSlice : ShortSlice;
    const DeliveryDeriver::BatchResult result = m_deriver->deriveBatch(DeriveBatchLimit, budget);
    m_sinceDerive.start();
    if (result.derived > 0)
        Q_EMIT derived(result.derived);
    if (result.derived < 0)
        m_deriveTimer.start(RetryAfterFailure);
    else if (result.more)
        // Queued, so that deliveries that arrived during the slice are written first.
        QMetaObject::invokeMethod(this, &DeliveryWriter::deriveWhenQuiet, Qt::QueuedConnection);
}

void DeliveryWriter::deriveAll()
{
    flush();
    while (m_deriver) {
        const DeliveryDeriver::BatchResult result =
            m_deriver->deriveBatch(DeriveBatchLimit, std::chrono::milliseconds::max());
        if (result.derived <= 0 || !result.more)
            break;
    }
}

// Called by SQLite after every commit on the writer's connection, with the log's length.
int DeliveryWriter::logCommitted(void *writer, sqlite3 * /*connection*/, const char * /*database*/,
                                 int frames)
{
    auto *self = static_cast<DeliveryWriter *>(writer);
    // The log started over after a checkpoint: it grows from its start again.
    if (frames < self->m_framesAtLastGrowth)
        self->m_framesAtLastGrowth = 0;
    if (frames - self->m_framesAtLastGrowth >= LogFramesPerCheckpoint) {
        self->m_framesAtLastGrowth = frames;
        Q_EMIT self->logGrew();
    }
    return SQLITE_OK;
}

void DeliveryWriter::finishCheckpoint()
{
    if (!m_database)
        return;
    // The next commit then starts the log over instead of appending to it.
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        qCWarning(lcStore).noquote() << "checkpoint failed:" << query.lastError().text();
}
