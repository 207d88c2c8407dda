#include "store/DeliveryWriter.h"

#include "Logging.h"
#include "domain/Timestamp.h"
#include "store/Database.h"
#include "store/DeliveryDeriver.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

using namespace std::chrono_literals;

// Derivation runs whenever no delivery waits, in slices short enough that a delivery arriving
// meanwhile waits at most one slice for its commit: a very short slice right after each commit
// (so the window keeps up under steady traffic), longer ones once the writer has been idle.
constexpr auto AfterCommitSlice = 2ms;
constexpr int IdleBeforeDeriveMs = 20;
constexpr auto IdleSlice = 8ms;
constexpr int DeriveBatchLimit = 512;

QString classificationSourceFor(const DeliveryEnvelope &envelope)
{
    return classificationSourceName(envelope.classifiedBy);
}

} // namespace

DeliveryWriter::DeliveryWriter(QString databasePath, int refusalLogLimit, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_refusalLogLimit(refusalLogLimit)
    , m_idleDerive(this)
{
    m_idleDerive.setSingleShot(true);
    m_idleDerive.setInterval(IdleBeforeDeriveMs);
    connect(&m_idleDerive, &QTimer::timeout, this, &DeliveryWriter::deriveSome);
}

DeliveryWriter::~DeliveryWriter()
{
    // Statements must go before the connection they belong to.
    m_insertDelivery.reset();
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
    m_insertDelivery = std::make_unique<QSqlQuery>(db);
    m_knownEvent = std::make_unique<QSqlQuery>(db);
    m_insertRefusal = std::make_unique<QSqlQuery>(db);
    // A retry of a stored event_id only counts the attempt: the first body stays as it was, and
    // the delivery is derived again so that the counts it feeds include the retry.
    const bool prepared =
        m_insertDelivery->prepare(QStringLiteral(
            "INSERT INTO deliveries (event_id, event_timestamp, type, classified_by, subject_id,"
            " received_at, last_received_at, remote_address, body)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (event_id) DO UPDATE SET attempts = attempts + 1,"
            " last_received_at = excluded.last_received_at, derived = 0"
            " RETURNING attempts, type"))
        && m_knownEvent->prepare(
            QStringLiteral("SELECT 1 FROM deliveries WHERE subject_id = ?"
                           " AND type IN ('EventCreated', 'EventUpdated') LIMIT 1"))
        && m_insertRefusal->prepare(
            QStringLiteral("INSERT INTO refusals (at, status, reason, method, path, remote_address)"
                           " VALUES (?, ?, ?, ?, ?, ?)"));
    if (!prepared) {
        if (error)
            *error = QCoreApplication::translate("DeliveryWriter", "cannot prepare statements: %1")
                         .arg(m_insertDelivery->lastError().text());
        return false;
    }
    m_deriver = std::make_unique<DeliveryDeriver>(db);
    // Whatever an earlier run stored but did not derive.
    m_idleDerive.start();
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
    m_idleDerive.start();
    QMetaObject::invokeMethod(
        this, [this] { deriveSlice(AfterCommitSlice); }, Qt::QueuedConnection);
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
    const QString type = resolveType(delivery);
    const QString receivedAt = Timestamp::toIsoUtc(delivery.receivedAt);
    QSqlQuery &query = *m_insertDelivery;
    query.addBindValue(envelope.eventId);
    query.addBindValue(envelope.eventTimestamp);
    query.addBindValue(type);
    query.addBindValue(classificationSourceFor(envelope));
    query.addBindValue(envelope.subjectId.isEmpty() ? QVariant() : QVariant(envelope.subjectId));
    query.addBindValue(receivedAt);
    query.addBindValue(receivedAt);
    query.addBindValue(delivery.remoteAddress);
    query.addBindValue(delivery.body);
    if (!query.exec() || !query.next()) {
        StoreOutcome failed{delivery.ticket, StoreOutcome::Result::Failed, type,
                            query.lastError().text()};
        query.finish();
        return failed;
    }
    const bool firstAttempt = query.value(0).toInt() == 1;
    const QString storedType = query.value(1).toString();
    query.finish();
    return {delivery.ticket,
            firstAttempt ? StoreOutcome::Result::Stored : StoreOutcome::Result::Duplicate,
            storedType,
            {}};
}

// The webhook type to store: the explicit one, else what the shape and the store say.
QString DeliveryWriter::resolveType(const PendingDelivery &delivery)
{
    const DeliveryEnvelope &envelope = delivery.envelope;
    if (!envelope.type.isEmpty())
        return envelope.type;
    switch (envelope.shape) {
    case PayloadShape::Event: {
        m_knownEvent->addBindValue(envelope.subjectId);
        const bool known = m_knownEvent->exec() && m_knownEvent->next();
        m_knownEvent->finish();
        return known ? QStringLiteral("EventUpdated") : QStringLiteral("EventCreated");
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

void DeliveryWriter::deriveSome()
{
    deriveSlice(IdleSlice);
}

void DeliveryWriter::deriveSlice(std::chrono::milliseconds budget)
{
    if (!m_deriver)
        return;
    {
        // Deliveries waiting for their commit always come first.
        QMutexLocker locker(&m_mutex);
        if (m_flushScheduled)
            return;
    }
    const DeliveryDeriver::BatchResult result = m_deriver->deriveBatch(DeriveBatchLimit, budget);
    if (result.derived > 0)
        Q_EMIT derived(result.derived);
    if (result.derived > 0 && result.more && budget == IdleSlice)
        QMetaObject::invokeMethod(this, &DeliveryWriter::deriveSome, Qt::QueuedConnection);
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
