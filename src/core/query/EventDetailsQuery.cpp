#include "query/EventDetailsQuery.h"

#include "domain/Timestamp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

std::optional<bool> optionalBool(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toBool();
}

std::optional<int> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

// The deriver stores images as a compact JSON array of strings.
QStringList imagesFrom(const QString &json)
{
    QStringList images;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        if (value.isString() && !value.toString().isEmpty())
            images << value.toString();
    }
    return images;
}

// Stored bodies passed the receiver's nesting limit, so parsing them again cannot recurse
// deeply. A body that is not a document (never stored today) is shown as received.
QString prettyJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return QString::fromUtf8(body);
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

Member memberFrom(const QSqlQuery &query)
{
    Member member;
    member.id = query.value(u"id"_s).toString();
    member.firstName = query.value(u"first_name"_s).toString();
    member.lastName = query.value(u"last_name"_s).toString();
    member.email = query.value(u"email"_s).toString();
    member.timeZone = query.value(u"time_zone"_s).toString();
    member.location = query.value(u"location"_s).toString();
    member.bio = query.value(u"bio"_s).toString();
    member.avatar = query.value(u"avatar"_s).toString();
    member.categories = query.value(u"categories"_s).toString();
    member.permalink = query.value(u"permalink"_s).toString();
    member.ambassadorLevel = query.value(u"ambassador_level"_s).toString();
    member.memberType = query.value(u"member_type"_s).toString();
    member.createdAt = query.value(u"created_at"_s).toString();
    member.updatedAt = query.value(u"updated_at"_s).toString();
    const QVariant referrals = query.value(u"referral_count"_s);
    if (!referrals.isNull())
        member.referralCount = referrals.toLongLong();
    return member;
}

EventDetails eventFrom(const QSqlQuery &query)
{
    EventDetails details;
    details.rowId = query.value(u"rowid"_s).toLongLong();
    details.id = query.value(u"id"_s).toString();
    details.title = query.value(u"title"_s).toString();
    details.summaryHtml = query.value(u"summary"_s).toString();
    details.eventType = query.value(u"event_type"_s).toString();
    details.startsAt = query.value(u"starts_at"_s).toString();
    details.endsAt = query.value(u"ends_at"_s).toString();
    details.startsAtUtc = Timestamp::parse(query.value(u"starts_at_utc"_s).toString());
    details.endsAtUtc = Timestamp::parse(query.value(u"ends_at_utc"_s).toString());
    details.timeZone = query.value(u"time_zone"_s).toString();
    details.location = query.value(u"location"_s).toString();
    details.recurrenceRule = query.value(u"recurrence_rule"_s).toString();
    details.frequency = query.value(u"frequency"_s).toString();
    details.interval = optionalInt(query.value(u"recurrence_interval"_s));
    details.permalink = query.value(u"permalink"_s).toString();
    details.images = imagesFrom(query.value(u"images"_s).toString());
    details.status = query.value(u"status"_s).toString();
    details.rsvpEnabled = optionalBool(query.value(u"rsvp_enabled"_s));
    details.rsvpClosed = optionalBool(query.value(u"rsvp_closed"_s));
    details.restrictedEvent = optionalBool(query.value(u"restricted_event"_s));
    details.createdAt = query.value(u"created_at"_s).toString();
    details.updatedAt = query.value(u"updated_at"_s).toString();
    details.creator.id = query.value(u"creator_id"_s).toString();
    details.space.id = query.value(u"space_id"_s).toString();
    details.space.name = query.value(u"space_name"_s).toString();
    details.rsvpYes = query.value(u"rsvp_yes"_s).toInt();
    details.rsvpMaybe = query.value(u"rsvp_maybe"_s).toInt();
    details.rsvpNo = query.value(u"rsvp_no"_s).toInt();
    return details;
}

} // namespace

std::optional<EventDetails> EventDetailsQuery::load(const QSqlDatabase &db, const QString &eventId,
                                                    QString *error)
{
    return loadWhere(db, QStringLiteral("id = ?"), eventId, error);
}

std::optional<EventDetails> EventDetailsQuery::loadByRowId(const QSqlDatabase &db, qint64 rowId,
                                                           QString *error)
{
    return loadWhere(db, QStringLiteral("rowid = ?"), rowId, error);
}

// One read transaction around all the reads: in WAL mode it is a snapshot. When the caller
// already has a transaction open on this connection, that one serves the same purpose.
std::optional<EventDetails> EventDetailsQuery::loadWhere(const QSqlDatabase &db,
                                                         const QString &condition,
                                                         const QVariant &key, QString *error)
{
    QSqlDatabase connection = db;
    const bool snapshot = connection.transaction();
    std::optional<EventDetails> details = loadEvent(db, condition, key, error);
    if (details
        && !(loadCreator(db, *details, error) && loadSpace(db, *details, error)
             && loadRsvps(db, *details, error) && loadChanges(db, *details, error)
             && loadDeliveries(db, *details, error)))
        details.reset();
    if (snapshot && !connection.commit())
        connection.rollback();
    return details;
}

std::optional<EventDetails> EventDetailsQuery::loadEvent(const QSqlDatabase &db,
                                                         const QString &condition,
                                                         const QVariant &key, QString *error)
{
    QSqlQuery query(db);
    if (!run(query, u"SELECT rowid, * FROM event_records WHERE "_s + condition, {key}, error)
        || !query.next())
        return std::nullopt;
    return eventFrom(query);
}

bool EventDetailsQuery::loadCreator(const QSqlDatabase &db, EventDetails &details, QString *error)
{
    if (details.creator.id.isEmpty())
        return true;
    QSqlQuery query(db);
    if (!run(query, u"SELECT * FROM members WHERE id = ?"_s, {details.creator.id}, error))
        return false;
    if (query.next())
        details.creator = memberFrom(query);
    return true;
}

bool EventDetailsQuery::loadSpace(const QSqlDatabase &db, EventDetails &details, QString *error)
{
    if (details.space.id.isEmpty())
        return true;
    QSqlQuery query(db);
    if (!run(query,
             u"SELECT name, collection_id, created_at, updated_at FROM spaces WHERE id = ?"_s,
             {details.space.id}, error))
        return false;
    if (!query.next())
        return true;
    // The event row's copy of the name stays when the space object never named it.
    if (!query.value(0).isNull())
        details.space.name = query.value(0).toString();
    details.space.collectionId = query.value(1).toString();
    details.space.createdAt = query.value(2).toString();
    details.space.updatedAt = query.value(3).toString();
    return true;
}

bool EventDetailsQuery::loadRsvps(const QSqlDatabase &db, EventDetails &details, QString *error)
{
    QSqlQuery query(db);
    const QString sql = QStringLiteral(
        "SELECT r.member_id,"
        " trim(coalesce(m.first_name, '') || ' ' || coalesce(m.last_name, '')) AS name,"
        " r.status, r.instance_key, r.instance_starts_at, r.updated, r.updated_utc, r.deleted"
        " FROM rsvps r LEFT JOIN members m ON m.id = r.member_id WHERE r.event_id = ?"
        " ORDER BY r.deleted, CASE r.status WHEN 'yes' THEN 0 WHEN 'maybe' THEN 1"
        " WHEN 'no' THEN 2 ELSE 3 END, name COLLATE NOCASE, r.member_id, r.instance_key");
    if (!run(query, sql, {details.id}, error))
        return false;
    while (query.next()) {
        EventDetails::RsvpEntry entry;
        entry.memberId = query.value(0).toString();
        entry.memberName = query.value(1).toString();
        entry.status = query.value(2).toString();
        entry.instanceKey = query.value(3).toString();
        entry.instanceStartsAt = query.value(4).toString();
        entry.updated = query.value(5).toString();
        entry.updatedUtc = Timestamp::parse(query.value(6).toString());
        entry.deleted = query.value(7).toBool();
        details.rsvps.append(entry);
    }
    return true;
}

// Changes are recorded in the order the deliveries were derived, and an update older than
// the stored state records none, so the insertion order is the history's order.
bool EventDetailsQuery::loadChanges(const QSqlDatabase &db, EventDetails &details, QString *error)
{
    QSqlQuery query(db);
    if (!run(query,
             u"SELECT field, old_value, new_value, changed_at, delivery_id"
             " FROM event_changes WHERE event_id = ? ORDER BY id DESC"_s,
             {details.id}, error))
        return false;
    while (query.next()) {
        EventDetails::Change change;
        change.field = query.value(0).toString();
        change.before = query.value(1).toString();
        change.after = query.value(2).toString();
        change.changedAt = query.value(3).toString();
        change.changedAtUtc = Timestamp::parse(change.changedAt);
        change.deliveryId = query.value(4).toLongLong();
        details.changes.append(change);
    }
    return true;
}

bool EventDetailsQuery::loadDeliveries(const QSqlDatabase &db, EventDetails &details,
                                       QString *error)
{
    QSqlQuery count(db);
    if (!run(count, u"SELECT count(*) FROM deliveries WHERE subject_id = ?"_s, {details.id}, error)
        || !count.next())
        return false;
    details.deliveryTotal = count.value(0).toLongLong();

    QSqlQuery query(db);
    if (!run(query,
             u"SELECT id, event_id, type, received_at, last_received_at, attempts, body"
             " FROM deliveries WHERE subject_id = ? ORDER BY received_at DESC, id DESC LIMIT ?"_s,
             {details.id, MaxDeliveries}, error))
        return false;
    while (query.next()) {
        EventDetails::RawDelivery delivery;
        delivery.id = query.value(0).toLongLong();
        delivery.webhookEventId = query.value(1).toString();
        delivery.type = query.value(2).toString();
        delivery.receivedAt = Timestamp::parse(query.value(3).toString());
        delivery.lastReceivedAt = Timestamp::parse(query.value(4).toString());
        delivery.attempts = query.value(5).toInt();
        delivery.json = prettyJson(query.value(6).toByteArray());
        details.deliveries.append(delivery);
    }
    return true;
}

bool EventDetailsQuery::run(QSqlQuery &query, const QString &sql, const QVariantList &values,
                            QString *error)
{
    query.setForwardOnly(true);
    if (query.prepare(sql)) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec())
            return true;
    }
    if (error)
        *error = QCoreApplication::translate("EventDetailsQuery", "cannot read the event: %1")
                     .arg(query.lastError().text());
    return false;
}
