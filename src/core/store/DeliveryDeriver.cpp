#include "store/DeliveryDeriver.h"

#include "Logging.h"
#include "domain/EventRecord.h"
#include "domain/PayloadReader.h"
#include "domain/Rsvp.h"
#include "domain/Timestamp.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

// A member's display name in SQL: "First Last" without stray spaces (alias the table m).
#define CREATOR_NAME_SQL "trim(coalesce(m.first_name, '') || ' ' || coalesce(m.last_name, ''))"

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant boolOrNull(const std::optional<bool> &value)
{
    return value ? QVariant(int(*value)) : QVariant();
}

QVariant isoOrNull(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QVariant(Timestamp::toIsoUtc(dateTime)) : QVariant();
}

// The columns an update compares to tell the user what changed, with the values to store.
QList<std::pair<QString, QVariant>> trackedColumns(const EventRecord &event)
{
    return {
        {QStringLiteral("title"), textOrNull(event.title)},
        {QStringLiteral("summary"), textOrNull(event.summary)},
        {QStringLiteral("event_type"), textOrNull(event.eventType)},
        {QStringLiteral("starts_at"), textOrNull(event.startsAt)},
        {QStringLiteral("ends_at"), textOrNull(event.endsAt)},
        {QStringLiteral("time_zone"), textOrNull(event.timeZone)},
        {QStringLiteral("location"), textOrNull(event.location)},
        {QStringLiteral("recurrence_rule"), textOrNull(event.recurrenceRule)},
        {QStringLiteral("frequency"), textOrNull(event.frequency)},
        {QStringLiteral("recurrence_interval"),
         event.interval ? QVariant(*event.interval) : QVariant()},
        {QStringLiteral("space_id"), textOrNull(event.spaceId)},
        {QStringLiteral("permalink"), textOrNull(event.permalink)},
    };
}

// Columns stored but not shown as changes (derived values and flags).
QList<std::pair<QString, QVariant>> untrackedColumns(const EventRecord &event)
{
    return {
        {QStringLiteral("starts_at_utc"), isoOrNull(event.startsAtUtc)},
        {QStringLiteral("ends_at_utc"), isoOrNull(event.endsAtUtc)},
        {QStringLiteral("creator_id"), textOrNull(event.creatorId)},
        {QStringLiteral("images"),
         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(event.images))
                               .toJson(QJsonDocument::Compact))},
        {QStringLiteral("rsvp_enabled"), boolOrNull(event.rsvpEnabled)},
        {QStringLiteral("rsvp_closed"), boolOrNull(event.rsvpClosed)},
        {QStringLiteral("restricted_event"), boolOrNull(event.restrictedEvent)},
        {QStringLiteral("post_in_feed"), boolOrNull(event.postInFeed)},
        {QStringLiteral("created_at"), textOrNull(event.createdAt)},
        {QStringLiteral("updated_at"), textOrNull(event.updatedAt)},
        {QStringLiteral("updated_at_utc"), isoOrNull(event.updatedAtUtc)},
    };
}

bool isEventType(const QString &type)
{
    return type == QLatin1StringView("EventCreated") || type == QLatin1StringView("EventUpdated");
}

bool isCancellation(const QString &type)
{
    return type == QLatin1StringView("EventCanceled")
           || type == QLatin1StringView("EventCancelled");
}

} // namespace

DeliveryDeriver::DeliveryDeriver(QSqlDatabase db)
    : m_db(std::move(db))
    , m_selectPending(m_db)
{
    m_selectPending.setForwardOnly(true);
    m_selectPending.prepare(QStringLiteral("SELECT id, type, body, received_at FROM deliveries"
                                           " WHERE derived = 0 ORDER BY id LIMIT ?"));
}

DeliveryDeriver::~DeliveryDeriver() = default;

DeliveryDeriver::BatchResult DeliveryDeriver::deriveBatch(int limit,
                                                          std::chrono::milliseconds budget)
{
    const BatchResult failed{-1, true};
    if (!m_db.transaction()) {
        qCWarning(lcStore).noquote() << "cannot derive:" << m_db.lastError().text();
        return failed;
    }
    QElapsedTimer clock;
    clock.start();
    BatchResult result{0, true};
    // A few at a time: a short slice derives only a handful, and reading hundreds of bodies
    // it will not get to would cost more than deriving them.
    while (result.more && result.derived < limit) {
        const int wanted = qMin(PageSize, limit - result.derived);
        const std::optional<QList<StoredDelivery>> page = pendingDeliveries(wanted);
        if (!page) {
            m_db.rollback();
            return failed;
        }
        for (const StoredDelivery &delivery : *page) {
            if (!deriveIsolated(delivery)) {
                m_db.rollback();
                return failed;
            }
            ++result.derived;
            if (std::chrono::milliseconds(clock.elapsed()) >= budget)
                return commit(result);
        }
        result.more = page->size() == wanted;
    }
    return commit(result);
}

DeliveryDeriver::BatchResult DeliveryDeriver::commit(BatchResult result)
{
    if (result.derived == 0) {
        m_db.rollback();
        return result;
    }
    if (!m_db.commit()) {
        qCWarning(lcStore).noquote() << "cannot derive:" << m_db.lastError().text();
        m_db.rollback();
        return {-1, true};
    }
    return result;
}

// The oldest deliveries not derived yet, up to count. Read inside the open transaction, so
// that those it derived already are not read again.
std::optional<QList<DeliveryDeriver::StoredDelivery>> DeliveryDeriver::pendingDeliveries(int count)
{
    m_selectPending.addBindValue(count);
    if (!exec(m_selectPending))
        return std::nullopt;
    QList<StoredDelivery> page;
    page.reserve(count);
    while (m_selectPending.next())
        page.append({m_selectPending.value(0).toLongLong(), m_selectPending.value(1).toString(),
                     m_selectPending.value(2).toByteArray(), m_selectPending.value(3).toString()});
    m_selectPending.finish();
    return page;
}

// One delivery that cannot be derived must not hold back the others: its partial work is
// undone, it is marked as failed (its raw body stays), and the batch goes on.
bool DeliveryDeriver::deriveIsolated(const StoredDelivery &delivery)
{
    if (!exec(prepared(QStringLiteral("SAVEPOINT derive_one"))))
        return false;
    if (derive(delivery))
        return markDerived(delivery.id, DerivedState::Done)
               && exec(prepared(QStringLiteral("RELEASE derive_one")));
    qCWarning(lcStore) << "delivery" << delivery.id << "could not be derived; kept raw";
    return exec(prepared(QStringLiteral("ROLLBACK TO derive_one")))
           && markDerived(delivery.id, DerivedState::Failed)
           && exec(prepared(QStringLiteral("RELEASE derive_one")));
}

bool DeliveryDeriver::derive(const StoredDelivery &delivery)
{
    const QJsonObject payload = QJsonDocument::fromJson(delivery.body)
                                    .object()
                                    .value(QLatin1StringView("payload"))
                                    .toObject();
    if (isEventType(delivery.type) || delivery.type == QLatin1StringView("EventInstanceCanceled")) {
        const EventRecord event = PayloadReader::readEvent(payload);
        if (event.id.isEmpty())
            return true;
        if (delivery.type == QLatin1StringView("EventInstanceCanceled"))
            return recordChange(event.id, delivery.id, delivery.receivedAt,
                                QStringLiteral("instance_canceled"), {},
                                textOrNull(event.startsAt));
        return deriveEvent(delivery, event);
    }
    if (isCancellation(delivery.type))
        return deriveCancellation(delivery, PayloadReader::readId(payload.value(u"id")));
    if (delivery.type.startsWith(QLatin1StringView("Rsvp")))
        return deriveRsvp(delivery, PayloadReader::readRsvp(payload));
    return true;
}

bool DeliveryDeriver::deriveEvent(const StoredDelivery &delivery, const EventRecord &event)
{
    if (!upsertSpace(event.space) || !upsertMember(event.creator))
        return false;
    const QVariantMap stored = storedEvent(event.id);
    bool ok = true;
    if (stored.isEmpty()) {
        ok = insertEvent(delivery.id, event);
    } else {
        // Deliveries can arrive out of order: an update older than what is stored changes
        // nothing but the delivery counts.
        const QDateTime storedUpdate =
            Timestamp::parse(stored.value(QStringLiteral("updated_at_utc")).toString());
        const bool older = event.updatedAtUtc.isValid() && storedUpdate.isValid()
                           && event.updatedAtUtc < storedUpdate;
        ok = older || updateEvent(delivery.id, event, stored);
    }
    return ok && copyNames(event.id) && refreshDeliveryCounts(event.id);
}

bool DeliveryDeriver::insertEvent(qint64 deliveryId, const EventRecord &event)
{
    QStringList names = {QStringLiteral("id"), QStringLiteral("last_delivery_id")};
    QVariantList values = {event.id, deliveryId};
    for (const auto &[name, value] : trackedColumns(event) + untrackedColumns(event)) {
        names << name;
        values << value;
    }
    // The names as the store knows them now, in the same insert: set afterwards, they would
    // index the event's text for searching a second time.
    QStringList placeholders(names.size(), QStringLiteral("?"));
    names << QStringLiteral("space_name") << QStringLiteral("creator_name")
          << QStringLiteral("creator_email");
    placeholders << QStringLiteral("(SELECT name FROM spaces WHERE id = ?)")
                 << QStringLiteral("coalesce((SELECT " CREATOR_NAME_SQL
                                   " FROM members m WHERE m.id = ?), '')")
                 << QStringLiteral("(SELECT email FROM members WHERE id = ?)");
    values << textOrNull(event.spaceId) << textOrNull(event.creatorId)
           << textOrNull(event.creatorId);
    QSqlQuery &query = prepared(QStringLiteral("INSERT INTO event_records (%1) VALUES (%2)")
                                    .arg(names.join(u','), placeholders.join(u',')));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    return exec(query);
}

bool DeliveryDeriver::updateEvent(qint64 deliveryId, const EventRecord &event,
                                  const QVariantMap &stored)
{
    const QString at = event.updatedAt.isEmpty() ? QString() : event.updatedAt;
    bool changed = false;
    QStringList assignments = {QStringLiteral("last_delivery_id = ?")};
    QVariantList values = {deliveryId};
    for (const auto &[name, value] : trackedColumns(event)) {
        const QVariant before = stored.value(name);
        if (value.isNull())
            continue; // a field missing from an update is not a field that was cleared
        if (before.toString() != value.toString()) {
            changed = true;
            if (!recordChange(event.id, deliveryId, at, name, before, value))
                return false;
        }
        assignments << name + QStringLiteral(" = ?");
        values << value;
    }
    for (const auto &[name, value] : untrackedColumns(event)) {
        if (value.isNull())
            continue;
        assignments << name + QStringLiteral(" = ?");
        values << value;
    }
    if (changed
        && stored.value(QStringLiteral("status")).toString() != QLatin1StringView("canceled"))
        assignments << QStringLiteral("status = 'updated'");
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE event_records SET %1 WHERE id = ?").arg(assignments.join(u", ")));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(event.id);
    return exec(query);
}

bool DeliveryDeriver::deriveCancellation(const StoredDelivery &delivery, const QString &eventId)
{
    if (eventId.isEmpty())
        return true;
    const QVariantMap stored = storedEvent(eventId);
    const QString status = stored.value(QStringLiteral("status")).toString();
    if (stored.isEmpty() || status == QLatin1StringView("canceled"))
        return true; // nothing to cancel, or a retry of the cancellation
    QSqlQuery &query = prepared(QStringLiteral(
        "UPDATE event_records SET status = 'canceled', last_delivery_id = ? WHERE id = ?"));
    query.addBindValue(delivery.id);
    query.addBindValue(eventId);
    return exec(query)
           && recordChange(eventId, delivery.id, delivery.receivedAt, QStringLiteral("status"),
                           status, QStringLiteral("canceled"));
}

bool DeliveryDeriver::deriveRsvp(const StoredDelivery &delivery, const Rsvp &rsvp)
{
    const QString eventId = rsvp.event.id;
    if (eventId.isEmpty() || rsvp.member.id.isEmpty())
        return true;
    if (!upsertMember(rsvp.member))
        return false;
    // An answer can arrive before (or instead of) the event's own delivery.
    if (storedEvent(eventId).isEmpty()
        && !(upsertSpace(rsvp.event.space) && upsertMember(rsvp.event.creator)
             && insertEvent(delivery.id, rsvp.event) && copyNames(eventId)))
        return false;
    const QDateTime updated = Timestamp::parse(rsvp.updated);
    // The newest answer wins; one without a time counts as newest.
    QSqlQuery &query = prepared(QStringLiteral(
        "INSERT INTO rsvps (event_id, member_id, instance_key, instance_starts_at, rsvp_id,"
        " status, deleted, updated, updated_utc, delivery_id)"
        " VALUES (?, ?, coalesce(?, ''), ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (event_id, member_id, instance_key) DO UPDATE SET"
        " instance_starts_at = excluded.instance_starts_at, rsvp_id = excluded.rsvp_id,"
        " status = excluded.status, deleted = excluded.deleted, updated = excluded.updated,"
        " updated_utc = excluded.updated_utc, delivery_id = excluded.delivery_id"
        " WHERE excluded.updated_utc IS NULL OR rsvps.updated_utc IS NULL"
        " OR excluded.updated_utc >= rsvps.updated_utc"));
    query.addBindValue(eventId);
    query.addBindValue(rsvp.member.id);
    query.addBindValue(rsvp.instanceKey);
    query.addBindValue(textOrNull(rsvp.instanceStartsAt));
    query.addBindValue(textOrNull(rsvp.id));
    query.addBindValue(textOrNull(rsvp.status));
    query.addBindValue(int(delivery.type == QLatin1StringView("RsvpDeleted")));
    query.addBindValue(textOrNull(rsvp.updated));
    query.addBindValue(isoOrNull(updated));
    query.addBindValue(delivery.id);
    return exec(query) && refreshRsvpCounts(eventId);
}

bool DeliveryDeriver::refreshRsvpCounts(const QString &eventId)
{
    QSqlQuery &query = prepared(QStringLiteral(
        "UPDATE event_records SET"
        " rsvp_yes = (SELECT count(*) FROM rsvps WHERE event_id = ? AND deleted = 0"
        "   AND status = 'yes'),"
        " rsvp_maybe = (SELECT count(*) FROM rsvps WHERE event_id = ? AND deleted = 0"
        "   AND status = 'maybe'),"
        " rsvp_no = (SELECT count(*) FROM rsvps WHERE event_id = ? AND deleted = 0"
        "   AND status = 'no')"
        " WHERE id = ?"));
    for (int i = 0; i < 4; ++i)
        query.addBindValue(eventId);
    return exec(query);
}

// Retries of a delivery count too: they reset it to be derived again, which lands here.
bool DeliveryDeriver::refreshDeliveryCounts(const QString &eventId)
{
    QSqlQuery &query = prepared(QStringLiteral(
        "UPDATE event_records SET (delivery_count, first_received_at, last_received_at) ="
        " (SELECT coalesce(sum(attempts), 0), min(received_at), max(last_received_at)"
        "  FROM deliveries WHERE subject_id = ? AND +type IN ('EventCreated', 'EventUpdated'))"
        " WHERE id = ?"));
    query.addBindValue(eventId);
    query.addBindValue(eventId);
    return exec(query);
}

// The space's and creator's names as the store knows them now. Only a row whose names differ is
// updated: an update of them indexes the event's text for searching again.
bool DeliveryDeriver::copyNames(const QString &eventId)
{
    QSqlQuery &query = prepared(QStringLiteral(
        "UPDATE event_records SET space_name = known.space_name,"
        " creator_name = known.creator_name, creator_email = known.creator_email"
        " FROM (SELECT (SELECT name FROM spaces WHERE spaces.id = e.space_id) AS space_name,"
        "   coalesce((SELECT " CREATOR_NAME_SQL " FROM members m WHERE m.id = e.creator_id), '')"
        "     AS creator_name,"
        "   (SELECT email FROM members m WHERE m.id = e.creator_id) AS creator_email"
        "   FROM event_records e WHERE e.id = ?) AS known"
        " WHERE event_records.id = ? AND (event_records.space_name IS NOT known.space_name"
        "   OR event_records.creator_name IS NOT known.creator_name"
        "   OR event_records.creator_email IS NOT known.creator_email)"));
    query.addBindValue(eventId);
    query.addBindValue(eventId);
    return exec(query);
}

bool DeliveryDeriver::recordChange(const QString &eventId, qint64 deliveryId, const QString &at,
                                   const QString &field, const QVariant &before,
                                   const QVariant &after)
{
    QSqlQuery &query =
        prepared(QStringLiteral("INSERT INTO event_changes (event_id, delivery_id, changed_at,"
                                " field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(eventId);
    query.addBindValue(deliveryId);
    query.addBindValue(textOrNull(at));
    query.addBindValue(field);
    query.addBindValue(before);
    query.addBindValue(after);
    return exec(query);
}

bool DeliveryDeriver::upsertMember(const Member &member)
{
    if (member.isEmpty())
        return true;
    const QString before = memberSummary(member.id);
    if (!storeMember(member))
        return false;
    if (before.isNull() || before == memberSummary(member.id))
        return true;
    // A renamed creator: their events show the new name.
    QSqlQuery &query = prepared(QStringLiteral(
        "UPDATE event_records SET"
        " creator_name = (SELECT " CREATOR_NAME_SQL " FROM members m WHERE m.id = ?),"
        " creator_email = (SELECT email FROM members WHERE id = ?) WHERE creator_id = ?"));
    for (int i = 0; i < 3; ++i)
        query.addBindValue(member.id);
    return exec(query);
}

// Name and email of a stored member as one comparable text; a null string when unknown.
QString DeliveryDeriver::memberSummary(const QString &id)
{
    QSqlQuery &query =
        prepared(QStringLiteral("SELECT " CREATOR_NAME_SQL
                                " || char(10) || coalesce(email, '') FROM members m WHERE id = ?"));
    query.addBindValue(id);
    const QString summary =
        exec(query) && query.next() ? query.value(0).toString().append(u'.') : QString();
    query.finish();
    return summary;
}

bool DeliveryDeriver::storeMember(const Member &member)
{
    // Fields an object leaves out keep what an earlier delivery said.
    QSqlQuery &query = prepared(QStringLiteral(
        "INSERT INTO members (id, first_name, last_name, email, time_zone, location, bio, avatar,"
        " categories, permalink, ambassador_level, member_type, referral_count, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET"
        " first_name = coalesce(excluded.first_name, first_name),"
        " last_name = coalesce(excluded.last_name, last_name),"
        " email = coalesce(excluded.email, email),"
        " time_zone = coalesce(excluded.time_zone, time_zone),"
        " location = coalesce(excluded.location, location),"
        " bio = coalesce(excluded.bio, bio),"
        " avatar = coalesce(excluded.avatar, avatar),"
        " categories = coalesce(excluded.categories, categories),"
        " permalink = coalesce(excluded.permalink, permalink),"
        " ambassador_level = coalesce(excluded.ambassador_level, ambassador_level),"
        " member_type = coalesce(excluded.member_type, member_type),"
        " referral_count = coalesce(excluded.referral_count, referral_count),"
        " created_at = coalesce(excluded.created_at, created_at),"
        " updated_at = coalesce(excluded.updated_at, updated_at)"));
    for (const QString *text :
         {&member.id, &member.firstName, &member.lastName, &member.email, &member.timeZone,
          &member.location, &member.bio, &member.avatar, &member.categories, &member.permalink,
          &member.ambassadorLevel, &member.memberType})
        query.addBindValue(textOrNull(*text));
    query.addBindValue(member.referralCount ? QVariant(*member.referralCount) : QVariant());
    query.addBindValue(textOrNull(member.createdAt));
    query.addBindValue(textOrNull(member.updatedAt));
    return exec(query);
}

bool DeliveryDeriver::upsertSpace(const Space &space)
{
    if (space.isEmpty())
        return true;
    const QString before = spaceName(space.id);
    if (!storeSpace(space))
        return false;
    // Only a real rename touches the space's events: there may be thousands.
    if (space.name.isEmpty() || before.isNull() || before == space.name)
        return true;
    // A renamed space: its events show the new name.
    QSqlQuery &query = prepared(QStringLiteral("UPDATE event_records SET space_name = ?"
                                               " WHERE space_id = ? AND space_name IS NOT ?"));
    query.addBindValue(space.name);
    query.addBindValue(space.id);
    query.addBindValue(space.name);
    return exec(query);
}

// The stored name of a space; a null string when the space is not stored yet.
QString DeliveryDeriver::spaceName(const QString &id)
{
    QSqlQuery &query =
        prepared(QStringLiteral("SELECT coalesce(name, '') FROM spaces WHERE id = ?"));
    query.addBindValue(id);
    const QString name = exec(query) && query.next() ? query.value(0).toString() : QString();
    query.finish();
    return name;
}

bool DeliveryDeriver::storeSpace(const Space &space)
{
    QSqlQuery &query = prepared(
        QStringLiteral("INSERT INTO spaces (id, name, collection_id, created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                       " name = coalesce(excluded.name, name),"
                       " collection_id = coalesce(excluded.collection_id, collection_id),"
                       " created_at = coalesce(excluded.created_at, created_at),"
                       " updated_at = coalesce(excluded.updated_at, updated_at)"));
    for (const QString *text :
         {&space.id, &space.name, &space.collectionId, &space.createdAt, &space.updatedAt})
        query.addBindValue(textOrNull(*text));
    return exec(query);
}

bool DeliveryDeriver::markDerived(qint64 deliveryId, DerivedState state)
{
    QSqlQuery &query = prepared(QStringLiteral("UPDATE deliveries SET derived = ? WHERE id = ?"));
    query.addBindValue(int(state));
    query.addBindValue(deliveryId);
    return exec(query);
}

QVariantMap DeliveryDeriver::storedEvent(const QString &id)
{
    QSqlQuery &query = prepared(QStringLiteral("SELECT * FROM event_records WHERE id = ?"));
    query.addBindValue(id);
    QVariantMap values;
    if (exec(query) && query.next()) {
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            values.insert(record.fieldName(i), record.value(i));
    }
    query.finish();
    return values;
}

// Statements with a fixed text are prepared once and kept: preparing one cost more than running
// it. Callers reading rows finish() them, so that no statement holds a read open afterwards.
QSqlQuery &DeliveryDeriver::prepared(const QString &sql)
{
    std::unique_ptr<QSqlQuery> &query = m_statements[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        query->prepare(sql);
    }
    return *query;
}

bool DeliveryDeriver::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcStore).noquote() << "derivation failed:" << query.lastError().text();
    return false;
}
