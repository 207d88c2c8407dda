#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// What became of one PendingDelivery once its transaction ended.
struct StoreOutcome
{
    enum class Result {
        Stored,    // new, committed and synced
        Duplicate, // a retry of an event_id already stored; counted, committed and synced
        Failed,    // not stored: the sender must retry
    };

    quint64 ticket = 0;
    Result result = Result::Failed;
    QString type;  // the webhook type as stored
    QString error; // why, when Failed (for the log, not for the sender)
};

Q_DECLARE_METATYPE(StoreOutcome)
Q_DECLARE_METATYPE(QList<StoreOutcome>)
