#include "query/StoredDeliveryQuery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

std::optional<bool> StoredDeliveryQuery::contains(const QSqlDatabase &db, const QString &eventId,
                                                  QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM deliveries WHERE event_id = ?"));
    query.addBindValue(eventId);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    return query.next();
}
