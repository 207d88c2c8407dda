#pragma once

#include <QDateTime>
#include <QString>

// One line of the deliveries log: a stored delivery (however many times it was sent) or an
// attempt that was refused.
struct DeliveryLogEntry
{
    enum Kind {
        Accepted,
        Refused,
    };

    QDateTime time; // UTC; for an accepted delivery its latest attempt
    Kind kind = Accepted;
    int status = 0;        // 200 for accepted, the HTTP status answered for refused
    QString type;          // webhook type; empty for refused
    QString reason;        // accepted: "stored" or "retried N times"; refused: the stored reason
    QString remoteAddress; // as the receiver saw it (the forwarded client behind a tunnel)
    QString eventId;       // accepted only
    int attempts = 1;      // how often Mighty Networks sent it; 1 for refused
    QString path;          // refused only; empty when refused before the request was read
    // The row in deliveries or refusals: with kind, a key that survives a reload (the window
    // keeps the selection with it).
    qint64 rowId = 0;
};
