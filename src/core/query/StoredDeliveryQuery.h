#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

// Whether a delivery with a given event_id is in the store: how a test delivery sent from
// outside is recognised when it comes back in.
class StoredDeliveryQuery final
{
public:
    // nullopt (with error) when the store cannot be read.
    static std::optional<bool> contains(const QSqlDatabase &db, const QString &eventId,
                                        QString *error = nullptr);
};
