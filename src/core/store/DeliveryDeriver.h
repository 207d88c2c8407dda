#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

#include <chrono>
#include <memory>
#include <optional>
#include <unordered_map>

struct EventRecord;
struct Member;
struct Rsvp;
struct Space;

// Turns stored raw deliveries into events, members, spaces, RSVPs and the history of changes.
// Works on the writer's connection, in its own transactions, after the deliveries were answered.
class DeliveryDeriver final
{
    Q_DISABLE_COPY_MOVE(DeliveryDeriver)

public:
    explicit DeliveryDeriver(QSqlDatabase db);
    ~DeliveryDeriver();

    struct BatchResult
    {
        int derived = 0;   // -1 when the transaction failed (the deliveries stay pending)
        bool more = false; // deliveries are still waiting
    };

    // Derives up to limit deliveries not derived yet, oldest first, in one transaction, and
    // stops early once budget has passed so that the writer's next commit is not held up.
    BatchResult deriveBatch(int limit, std::chrono::milliseconds budget);

private:
    struct StoredDelivery
    {
        qint64 id = 0;
        QString type;
        QByteArray body;
        QString receivedAt;
    };

    // Values of deliveries.derived.
    enum class DerivedState {
        Pending = 0,
        Done = 1,
        Failed = 2,
    };

    static constexpr int PageSize = 16;

    BatchResult commit(BatchResult result);
    std::optional<QList<StoredDelivery>> pendingDeliveries(int count);
    bool deriveIsolated(const StoredDelivery &delivery);
    bool derive(const StoredDelivery &delivery);
    bool deriveEvent(const StoredDelivery &delivery, const EventRecord &event);
    bool deriveCancellation(const StoredDelivery &delivery, const QString &eventId);
    bool deriveRsvp(const StoredDelivery &delivery, const Rsvp &rsvp);
    bool insertEvent(qint64 deliveryId, const EventRecord &event);
    bool updateEvent(qint64 deliveryId, const EventRecord &event, const QVariantMap &stored);
    bool recordChange(const QString &eventId, qint64 deliveryId, const QString &at,
                      const QString &field, const QVariant &before, const QVariant &after);
    bool upsertMember(const Member &member);
    bool storeMember(const Member &member);
    QString memberSummary(const QString &id);
    bool upsertSpace(const Space &space);
    bool storeSpace(const Space &space);
    QString spaceName(const QString &id);
    bool copyNames(const QString &eventId);
    bool refreshDeliveryCounts(const QString &eventId);
    bool refreshRsvpCounts(const QString &eventId);
    bool markDerived(qint64 deliveryId, DerivedState state);
    QVariantMap storedEvent(const QString &id);
    bool exec(QSqlQuery &query);
    QSqlQuery &prepared(const QString &sql);

    QSqlDatabase m_db;
    QSqlQuery m_selectPending;
    // Keyed by their text; held by pointer so that a reference stays valid as more are added.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};
