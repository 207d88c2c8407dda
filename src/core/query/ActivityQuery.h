#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// What changed in the store since a point, for notifications: events stored, updates that moved
// or canceled one, RSVPs answered, events about to start. Every question is bounded by rowids or
// ids that only grow, so it reads the new rows alone from an index, never the whole store.
class ActivityQuery final
{
public:
    explicit ActivityQuery(QSqlDatabase db);

    // How far the store has come, read in one snapshot.
    struct Frontier
    {
        qint64 eventRowId = 0; // the largest event_records rowid
        qint64 changeId = 0;   // the largest event_changes id
        // Every delivery up to this id is derived: its events, changes and RSVPs are stored.
        qint64 derivedDeliveryId = 0;
    };
    std::optional<Frontier> frontier(QString *error = nullptr) const;

    // The events stored under rowids in (after, upTo], leaving out those in mutedSpaceIds.
    struct NewEvents
    {
        int count = 0;
        int spaceCount = 0;
        QList<qint64> firstRowIds; // the first few of them, in the order they were stored
    };
    std::optional<NewEvents> newEvents(qint64 after, qint64 upTo, const QStringList &mutedSpaceIds,
                                       int sampleLimit, QString *error = nullptr) const;
    // When the newest delivery was first received; invalid when there is none.
    QDateTime latestDeliveryAt() const;
    // How many events were stored under rowids in (after, upTo], muted or not.
    qint64 countEvents(qint64 after, qint64 upTo) const;

    // The events whose time, place or status an update in (after, upTo] changed, with the
    // fields it changed (starts_at, ends_at, time_zone, location; "canceled" for a
    // cancellation), oldest change first.
    struct Change
    {
        qint64 rowId = 0;
        QStringList fields;
    };
    std::optional<QList<Change>> timeOrPlaceChanges(qint64 after, qint64 upTo,
                                                    QString *error = nullptr) const;

    // The events that RSVP deliveries with ids in (after, upTo] answered, with their "yes" count
    // now and as far as the answers from deliveries up to after tell (an answer changed since
    // then counts as it is now, not as it was).
    struct RsvpCount
    {
        qint64 rowId = 0;
        QString eventId;
        int yes = 0;
        int yesBefore = 0;
    };
    std::optional<QList<RsvpCount>> answeredEvents(qint64 after, qint64 upTo,
                                                   QString *error = nullptr) const;

    // The events that are not canceled and start from from to to (both included), soonest first.
    std::optional<QList<qint64>> startingBetween(const QDateTime &from, const QDateTime &to,
                                                 QString *error = nullptr) const;
    // The earliest start after instant of an event that is not canceled; invalid if none.
    QDateTime nextStartAfter(const QDateTime &instant) const;

    // Every space the store knows, by name, as (id, name) pairs: for choosing which to mute.
    QList<std::pair<QString, QString>> spaces() const;

private:
    QSqlDatabase m_db;
};
