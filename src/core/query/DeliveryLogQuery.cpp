#include "query/DeliveryLogQuery.h"

#include "domain/Timestamp.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

// Both branches yield the same columns, in this order.
enum ResultColumn {
    AtColumn,
    KindColumn,
    StatusColumn,
    TypeColumn,
    AttemptsColumn,
    RemoteAddressColumn,
    EventIdColumn,
    ReasonColumn,
    PathColumn,
    IdColumn,
};

// The newest rows by primary key, plus (for a pasted event id) the one delivery however old:
// both are index searches, so the cost stays the same on a store of any size.
const QString &deliveriesBranch()
{
    static const QString sql = QStringLiteral(
        "SELECT last_received_at, 0, 200, type, attempts, remote_address, event_id, NULL, NULL, id"
        " FROM deliveries"
        " WHERE (id > (SELECT max(id) FROM deliveries) - ? OR event_id = ?)");
    return sql;
}

const QString &refusalsBranch()
{
    static const QString sql =
        QStringLiteral("SELECT at, 1, status, NULL, 1, remote_address, NULL, reason, path, id"
                       " FROM refusals"
                       " WHERE id > (SELECT max(id) FROM refusals) - ?");
    return sql;
}

bool wantsDeliveries(DeliveryLogQuery::KindFilter kind)
{
    return kind != DeliveryLogQuery::KindFilter::Refused;
}

bool wantsRefusals(DeliveryLogQuery::KindFilter kind)
{
    return kind == DeliveryLogQuery::KindFilter::All
           || kind == DeliveryLogQuery::KindFilter::Refused;
}

// The statement for one kind filter; no user text ever goes into the SQL, only bound values.
QString entriesSql(DeliveryLogQuery::KindFilter kind)
{
    QStringList branches;
    if (wantsDeliveries(kind)) {
        branches << (kind == DeliveryLogQuery::KindFilter::Retried
                         ? deliveriesBranch() + QStringLiteral(" AND attempts > 1")
                         : deliveriesBranch());
    }
    if (wantsRefusals(kind))
        branches << refusalsBranch();
    // Times are ISO 8601 UTC with milliseconds everywhere, so text order is time order.
    return branches.join(QStringLiteral(" UNION ALL "))
           + QStringLiteral(" ORDER BY 1 DESC, 2 DESC, 10 DESC LIMIT ?");
}

void bindEntries(QSqlQuery &query, DeliveryLogQuery::KindFilter kind, int limit,
                 const QString &text)
{
    if (wantsDeliveries(kind)) {
        query.addBindValue(limit);
        const QString exactEventId = text.trimmed();
        query.addBindValue(exactEventId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                  : QVariant(exactEventId));
    }
    if (wantsRefusals(kind))
        query.addBindValue(limit);
    // The text is matched after reading, so then every candidate is needed (-1: no limit).
    query.addBindValue(text.trimmed().isEmpty() ? limit : -1);
}

DeliveryLogEntry entryFrom(const QSqlQuery &query)
{
    DeliveryLogEntry entry;
    entry.time = QDateTime::fromString(query.value(AtColumn).toString(), Qt::ISODateWithMs);
    entry.kind = query.value(KindColumn).toInt() == 0 ? DeliveryLogEntry::Accepted
                                                      : DeliveryLogEntry::Refused;
    entry.status = query.value(StatusColumn).toInt();
    entry.type = query.value(TypeColumn).toString();
    entry.attempts = query.value(AttemptsColumn).toInt();
    entry.remoteAddress = query.value(RemoteAddressColumn).toString();
    entry.eventId = query.value(EventIdColumn).toString();
    entry.reason = entry.kind == DeliveryLogEntry::Accepted
                       ? DeliveryLogQuery::acceptedReason(entry.attempts)
                       : query.value(ReasonColumn).toString();
    entry.path = query.value(PathColumn).toString();
    entry.rowId = query.value(IdColumn).toLongLong();
    return entry;
}

// Matched here rather than in SQL because the reason of a stored delivery is translated text.
bool matchesWord(const DeliveryLogEntry &entry, const QString &word)
{
    const auto has = [&word](const QString &field) {
        return field.contains(word, Qt::CaseInsensitive);
    };
    return has(entry.type) || has(entry.reason) || has(entry.remoteAddress) || has(entry.eventId)
           || has(entry.path) || has(QString::number(entry.status));
}

bool matchesAll(const DeliveryLogEntry &entry, const QStringList &words)
{
    return std::all_of(words.cbegin(), words.cend(),
                       [&entry](const QString &word) { return matchesWord(entry, word); });
}

bool failed(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

DeliveryLogQuery::DeliveryLogQuery(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString DeliveryLogQuery::acceptedReason(int attempts)
{
    if (attempts <= 1)
        return tr("stored");
    if (attempts == 2)
        return tr("retried once");
    return tr("retried %1 times").arg(attempts - 1);
}

std::optional<QList<DeliveryLogEntry>> DeliveryLogQuery::entries(const Filter &filter, int limit,
                                                                 QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const bool prepared = query.prepare(entriesSql(filter.kind));
    bindEntries(query, filter.kind, limit, filter.text);
    if (!prepared || !query.exec()) {
        failed(query, error);
        return std::nullopt;
    }
    const QStringList words = filter.text.split(u' ', Qt::SkipEmptyParts);
    QList<DeliveryLogEntry> result;
    while (result.size() < limit && query.next()) {
        DeliveryLogEntry entry = entryFrom(query);
        if (matchesAll(entry, words))
            result.append(std::move(entry));
    }
    return result;
}

std::optional<DeliveryLogQuery::Summary> DeliveryLogQuery::summary(const QDateTime &now,
                                                                   QString *error) const
{
    const QString since = Timestamp::toIsoUtc(now.addSecs(-SummaryWindowSecs));
    Summary summary;
    if (!countRefusals(since, &summary, error) || !countRetries(since, &summary, error))
        return std::nullopt;
    return summary;
}

bool DeliveryLogQuery::countRefusals(const QString &since, Summary *summary, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The refusal log is bounded (the writer prunes it), so reading it whole stays cheap.
    const bool ok =
        query.prepare(QStringLiteral("SELECT status, reason, count(*) FROM refusals WHERE at >= ?"
                                     " GROUP BY status, reason ORDER BY 3 DESC, 2"));
    query.addBindValue(since);
    if (!ok || !query.exec())
        return failed(query, error);
    while (query.next()) {
        summary->refusalsByReason.append(
            {query.value(0).toInt(), query.value(1).toString(), query.value(2).toInt()});
        summary->refusedCount += summary->refusalsByReason.constLast().count;
    }
    return true;
}

bool DeliveryLogQuery::countRetries(const QString &since, Summary *summary, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Deliveries have no index on last_received_at: look among the newest ones only, which is
    // where a retry lands unless thousands of deliveries arrived in between.
    const bool ok = query.prepare(QStringLiteral(
        "SELECT count(*) FROM deliveries WHERE id > (SELECT max(id) FROM deliveries) - ?"
        " AND attempts > 1 AND last_received_at >= ?"));
    query.addBindValue(DefaultLimit);
    query.addBindValue(since);
    if (!ok || !query.exec() || !query.next())
        return failed(query, error);
    summary->retriedCount = query.value(0).toInt();
    return true;
}
