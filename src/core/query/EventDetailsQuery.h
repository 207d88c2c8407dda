#pragma once

#include "query/EventDetails.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlQuery;

// Reads everything the detail panel shows about one event: the event, its creator and space,
// the RSVPs, the recorded changes and the newest raw deliveries. Works on any connection; the
// reads share one snapshot so the counts and lists agree even while a writer commits.
class EventDetailsQuery final
{
public:
    static constexpr int MaxDeliveries = 50;

    // By the Mighty Networks event id. Returns nullopt when the store has no such event, or on
    // error (then error, if given, is set to a one-line message).
    static std::optional<EventDetails> load(const QSqlDatabase &db, const QString &eventId,
                                            QString *error = nullptr);
    // By event_records.rowid, as the event table identifies its rows.
    static std::optional<EventDetails> loadByRowId(const QSqlDatabase &db, qint64 rowId,
                                                   QString *error = nullptr);

private:
    static std::optional<EventDetails> loadWhere(const QSqlDatabase &db, const QString &condition,
                                                 const QVariant &key, QString *error);
    static std::optional<EventDetails> loadEvent(const QSqlDatabase &db, const QString &condition,
                                                 const QVariant &key, QString *error);
    static bool loadCreator(const QSqlDatabase &db, EventDetails &details, QString *error);
    static bool loadSpace(const QSqlDatabase &db, EventDetails &details, QString *error);
    static bool loadRsvps(const QSqlDatabase &db, EventDetails &details, QString *error);
    static bool loadChanges(const QSqlDatabase &db, EventDetails &details, QString *error);
    static bool loadDeliveries(const QSqlDatabase &db, EventDetails &details, QString *error);
    // Prepares sql, binds values in order and runs it forward-only.
    static bool run(QSqlQuery &query, const QString &sql, const QVariantList &values,
                    QString *error);
};
