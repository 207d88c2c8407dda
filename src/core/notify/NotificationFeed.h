#pragma once

#include "notify/EventNotification.h"
#include "notify/NotificationPreferences.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class ActivityQuery;
class Database;
class NotificationLedger;

// Decides what to tell the user about the events, from the store alone: after the store changed
// it reads what is new above the ledger's cursors (events stored, updates that moved or canceled
// one, RSVPs that reached a milestone) and which events start soon, applies the preferences and
// emits one notificationReady() per notification. Retries and duplicates add no rows above a
// cursor, so they never notify; the cursors are kept in a NotificationLedger, so a restart
// neither repeats nor misses anything. It knows nothing of the receiver's internals.
//
// New events are gathered for a few seconds after the first one: up to CoalesceThreshold of
// them are announced one by one, more as one NewEvents notification.
//
// Lives on the thread that opened it, with its own read-only connection to the store.
class NotificationFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationFeed)

public:
    using Clock = std::function<QDateTime()>;

    static constexpr std::chrono::milliseconds DefaultCoalesceWindow{5000};
    static constexpr int CoalesceThreshold = 3;

    NotificationFeed(QString databasePath, QString ledgerPath, QObject *parent = nullptr);
    ~NotificationFeed() override;

    // Opens the store and the ledger. The first time, the cursors start at the store's current
    // end: what was stored before is history, not news. False with a one-line reason on error.
    bool open(QString *error);

    void setPreferences(const NotificationPreferences &preferences);
    const NotificationPreferences &preferences() const { return m_preferences; }
    // What "now" is for quiet hours, pauses and reminders; the wall clock unless a test sets one.
    void setClock(Clock clock);
    void setCoalesceWindow(std::chrono::milliseconds window);
    // No notification until instant (invalid: none); what arrives meanwhile is not told later.
    void pauseUntil(const QDateTime &instant);
    QDateTime pausedUntil() const { return m_pausedUntil; }
    bool isPaused() const;
    // Notifications are off, paused or in quiet hours now.
    bool isSuppressed() const;

    // The spaces the store knows, as (id, name), for the preferences page.
    QList<std::pair<QString, QString>> spaces() const;

public Q_SLOTS:
    // Checks a moment later, so that a stream of store changes costs one check.
    void checkSoon();
    // Reads what is new now.
    void check();
    // Announces the gathered new events now instead of at the end of the window.
    void flushNewEvents();
    // Fires the reminders that are due and plans the next check.
    void checkReminders();

Q_SIGNALS:
    void notificationReady(const EventNotification &notification);
    // count events were stored since the last check, notified or not (muted, quiet hours).
    void eventsArrived(int count);

private:
    void startCursors();
    void checkNewEvents(qint64 upTo);
    void checkChanges(qint64 upTo);
    void checkMilestones(qint64 upTo);
    void announceNewEvents(qint64 after, qint64 upTo);
    // Plans the next look at the reminders for when the next start enters horizon's reach.
    void scheduleReminders(const QDateTime &horizon);
    void announce(EventNotification::Kind kind, const EventRow &event,
                  const std::function<void(EventNotification &)> &complete = {});
    bool wants(EventNotification::Kind kind) const;
    bool isMuted(const QString &spaceId) const;
    std::optional<EventRow> eventRow(qint64 rowId) const;
    QDateTime now() const;

    QString m_databasePath;
    QString m_ledgerPath;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ActivityQuery> m_activity;
    std::unique_ptr<NotificationLedger> m_ledger;
    NotificationPreferences m_preferences;
    Clock m_clock;
    QDateTime m_pausedUntil;
    QTimer m_checkTimer;
    QTimer m_coalesceTimer;
    QTimer m_reminderTimer;
    // Events above m_announcedEvents up to m_seenEvents are being gathered.
    qint64 m_announcedEvents = 0;
    qint64 m_seenEvents = 0;
    qint64 m_seenChanges = 0;
    qint64 m_seenDeliveries = 0;
};
