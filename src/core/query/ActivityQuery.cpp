#include "query/ActivityQuery.h"

#include "domain/Timestamp.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    query.setForwardOnly(true);
    if (query.prepare(sql)) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec())
            return true;
    }
    if (error)
        *error = query.lastError().text();
    return false;
}

// " AND coalesce(space_id, '') NOT IN (?, ?)" with the ids appended to values; empty when
// nothing is muted.
QString notMuted(const QStringList &mutedSpaceIds, QVariantList &values)
{
    if (mutedSpaceIds.isEmpty())
        return {};
    QString placeholders = u"?,"_s.repeated(mutedSpaceIds.size());
    placeholders.chop(1);
    for (const QString &id : mutedSpaceIds)
        values.append(id);
    return u" AND coalesce(space_id, '') NOT IN ("_s + placeholders + u')';
}

} // namespace

ActivityQuery::ActivityQuery(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<ActivityQuery::Frontier> ActivityQuery::frontier(QString *error) const
{
    // One statement, so the three read the same snapshot. A delivery that is still pending (or
    // was reset for a retry) holds the derived frontier below it.
    QSqlQuery query(m_db);
    if (!run(query,
             u"SELECT (SELECT coalesce(max(rowid), 0) FROM event_records),"
             " (SELECT coalesce(max(id), 0) FROM event_changes),"
             " coalesce((SELECT min(id) - 1 FROM deliveries WHERE derived = 0),"
             "          (SELECT max(id) FROM deliveries), 0)"_s,
             {}, error)
        || !query.next())
        return std::nullopt;
    return Frontier{query.value(0).toLongLong(), query.value(1).toLongLong(),
                    query.value(2).toLongLong()};
}

std::optional<ActivityQuery::NewEvents> ActivityQuery::newEvents(qint64 after, qint64 upTo,
                                                                 const QStringList &mutedSpaceIds,
                                                                 int sampleLimit,
                                                                 QString *error) const
{
    NewEvents result;
    QVariantList values = {after, upTo};
    const QString where =
        u" FROM event_records WHERE rowid > ? AND rowid <= ?"_s + notMuted(mutedSpaceIds, values);
    QSqlQuery query(m_db);
    if (!run(query, u"SELECT count(*), count(DISTINCT space_id)"_s + where, values, error)
        || !query.next())
        return std::nullopt;
    result.count = query.value(0).toInt();
    result.spaceCount = query.value(1).toInt();
    values.append(sampleLimit);
    if (!run(query, u"SELECT rowid"_s + where + u" ORDER BY rowid LIMIT ?"_s, values, error))
        return std::nullopt;
    while (query.next())
        result.firstRowIds.append(query.value(0).toLongLong());
    return result;
}

QDateTime ActivityQuery::latestDeliveryAt() const
{
    // By id, the primary key: the last row inserted, read without a scan.
    QSqlQuery query(m_db);
    if (!run(query, u"SELECT received_at FROM deliveries ORDER BY id DESC LIMIT 1"_s, {}, nullptr)
        || !query.next())
        return {};
    return Timestamp::parse(query.value(0).toString());
}

qint64 ActivityQuery::countEvents(qint64 after, qint64 upTo) const
{
    QSqlQuery query(m_db);
    if (!run(query, u"SELECT count(*) FROM event_records WHERE rowid > ? AND rowid <= ?"_s,
             {after, upTo}, nullptr)
        || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

std::optional<QList<ActivityQuery::Change>>
ActivityQuery::timeOrPlaceChanges(qint64 after, qint64 upTo, QString *error) const
{
    // A field learnt for the first time (an event first known from an RSVP) is not a move.
    QSqlQuery query(m_db);
    if (!run(query,
             u"SELECT r.rowid, group_concat(DISTINCT CASE WHEN c.field = 'status'"
             "   THEN 'canceled' ELSE c.field END), min(c.id) AS first"
             " FROM event_changes c JOIN event_records r ON r.id = c.event_id"
             " WHERE c.id > ? AND c.id <= ?"
             "   AND ((c.field IN ('starts_at', 'ends_at', 'time_zone', 'location')"
             "         AND c.old_value IS NOT NULL)"
             "        OR (c.field = 'status' AND c.new_value = 'canceled'))"
             " GROUP BY r.rowid ORDER BY first"_s,
             {after, upTo}, error))
        return std::nullopt;
    QList<Change> changes;
    while (query.next())
        changes.append({query.value(0).toLongLong(), query.value(1).toString().split(u',')});
    return changes;
}

std::optional<QList<ActivityQuery::RsvpCount>>
ActivityQuery::answeredEvents(qint64 after, qint64 upTo, QString *error) const
{
    QSqlQuery query(m_db);
    if (!run(query,
             u"SELECT r.rowid, r.id, r.rsvp_yes,"
             " (SELECT count(*) FROM rsvps v WHERE v.event_id = r.id AND v.status = 'yes'"
             "  AND v.deleted = 0 AND v.delivery_id <= ?)"
             " FROM event_records r WHERE r.id IN"
             " (SELECT subject_id FROM deliveries WHERE id > ? AND id <= ?"
             "  AND type LIKE 'Rsvp%' AND subject_id IS NOT NULL)"
             " ORDER BY r.rowid"_s,
             {after, after, upTo}, error))
        return std::nullopt;
    QList<RsvpCount> counts;
    while (query.next())
        counts.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toInt(), query.value(3).toInt()});
    return counts;
}

std::optional<QList<qint64>>
ActivityQuery::startingBetween(const QDateTime &from, const QDateTime &to, QString *error) const
{
    QSqlQuery query(m_db);
    if (!run(query,
             u"SELECT rowid FROM event_records WHERE starts_at_utc >= ? AND starts_at_utc <= ?"
             " AND status != 'canceled' ORDER BY starts_at_utc, rowid"_s,
             {Timestamp::toIsoUtc(from), Timestamp::toIsoUtc(to)}, error))
        return std::nullopt;
    QList<qint64> rowIds;
    while (query.next())
        rowIds.append(query.value(0).toLongLong());
    return rowIds;
}

QDateTime ActivityQuery::nextStartAfter(const QDateTime &instant) const
{
    QSqlQuery query(m_db);
    if (!run(query,
             u"SELECT starts_at_utc FROM event_records WHERE starts_at_utc > ?"
             " AND status != 'canceled' ORDER BY starts_at_utc LIMIT 1"_s,
             {Timestamp::toIsoUtc(instant)}, nullptr)
        || !query.next())
        return {};
    return Timestamp::parse(query.value(0).toString());
}

QList<std::pair<QString, QString>> ActivityQuery::spaces() const
{
    QSqlQuery query(m_db);
    QList<std::pair<QString, QString>> result;
    if (!run(query, u"SELECT id, coalesce(name, '') FROM spaces ORDER BY name COLLATE NOCASE, id"_s,
             {}, nullptr))
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString()});
    return result;
}
