#pragma once

#include "query/DeliveryLogEntry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// The deliveries log: stored deliveries and refused attempts, newest first, for a manager who
// wants to see at a glance whether the token is wrong or Mighty Networks is retrying.
//
// Only the newest rows of each table are read, found through the primary keys (rowids grow with
// the first arrival), so the cost does not grow with the store: at most limit deliveries and limit
// refusals are read and sorted, whatever the filter. The price: a retry of a delivery first
// received more than limit deliveries ago is not listed. Any delivery, however old, is found by
// typing its exact event id (a search of the unique index).
class DeliveryLogQuery final
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryLogQuery)

public:
    static constexpr int DefaultLimit = 5000;
    static constexpr qint64 SummaryWindowSecs = 24 * 60 * 60;

    enum class KindFilter {
        All,
        Accepted,
        Refused,
        Retried, // accepted deliveries that were sent more than once
    };

    struct Filter
    {
        // Words that must all occur (case-insensitively) in the type, reason, remote address,
        // event id, path or status of an entry.
        QString text;
        KindFilter kind = KindFilter::All;
    };

    struct ReasonCount
    {
        int status = 0;
        QString reason;
        int count = 0;
    };

    struct Summary
    {
        QList<ReasonCount> refusalsByReason; // most frequent first
        int refusedCount = 0;                // the sum over refusalsByReason
        int retriedCount = 0;                // deliveries whose latest attempt was a retry
    };

    explicit DeliveryLogQuery(QSqlDatabase db);

    // Up to limit entries matching filter, newest first. Returns nullopt on error.
    std::optional<QList<DeliveryLogEntry>> entries(const Filter &filter, int limit = DefaultLimit,
                                                   QString *error = nullptr) const;
    // Refusals and retries in the SummaryWindowSecs before now (retries among the newest
    // DefaultLimit deliveries). Returns nullopt on error.
    std::optional<Summary> summary(const QDateTime &now, QString *error = nullptr) const;

    // The reason shown for a stored delivery: "stored", or how often it was retried.
    static QString acceptedReason(int attempts);

private:
    bool countRefusals(const QString &since, Summary *summary, QString *error) const;
    bool countRetries(const QString &since, Summary *summary, QString *error) const;

    QSqlDatabase m_db;
};
