#pragma once

#include "domain/Member.h"
#include "domain/Space.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Everything the detail panel shows about one event, read from the store in one snapshot.
// Texts are as received; the QDateTime fields are the parsed instants (UTC), invalid when the
// text could not be read.
struct EventDetails
{
    // A member's current answer for the event or one of its instances. Withdrawn answers
    // (RsvpDeleted) are kept and marked, so the list explains the counts.
    struct RsvpEntry
    {
        QString memberId;
        QString memberName; // "First Last"; empty when the member is unknown
        QString status;     // yes, maybe, no
        QString instanceKey;
        QString instanceStartsAt;
        QString updated;
        QDateTime updatedUtc;
        bool deleted = false;
    };

    // One field that an EventUpdated, a cancellation or an instance cancellation changed.
    struct Change
    {
        QString field; // the stored column (title, starts_at, ...), status or instance_canceled
        QString before;
        QString after;
        QString changedAt;
        QDateTime changedAtUtc;
        qint64 deliveryId = 0;
    };

    // One stored delivery about the event, for the raw view.
    struct RawDelivery
    {
        qint64 id = 0;
        QString webhookEventId; // the envelope's event_id (the idempotency key)
        QString type;
        QDateTime receivedAt;     // first attempt
        QDateTime lastReceivedAt; // latest retry
        int attempts = 0;
        QString json; // the body pretty-printed; as received when it is not a JSON document
    };

    qint64 rowId = 0; // event_records.rowid, as the event table identifies rows
    QString id;       // the Mighty Networks event id
    QString title;
    QString summaryHtml; // as received: untrusted HTML, sanitize before rendering
    QString eventType;
    QString startsAt;
    QString endsAt;
    QDateTime startsAtUtc;
    QDateTime endsAtUtc;
    QString timeZone; // IANA name the event is scheduled in
    QString location;
    QString recurrenceRule;
    QString frequency;
    std::optional<int> interval;
    QString permalink;
    QStringList images; // URLs as received, any scheme: check before fetching
    QString status;     // new, updated, canceled
    std::optional<bool> rsvpEnabled;
    std::optional<bool> rsvpClosed;
    std::optional<bool> restrictedEvent;
    QString createdAt;
    QString updatedAt;

    // The stored member and space; only the ids (and the space name) when the store never
    // received their objects.
    Member creator;
    Space space;

    int rsvpYes = 0;
    int rsvpMaybe = 0;
    int rsvpNo = 0;
    QList<RsvpEntry> rsvps;        // current answers first, then by member name
    QList<Change> changes;         // newest first
    QList<RawDelivery> deliveries; // newest first, at most EventDetailsQuery::MaxDeliveries
    qint64 deliveryTotal = 0;      // every stored delivery about the event
};
