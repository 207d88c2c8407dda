#include "notify/NotificationFeed.h"

#include "Logging.h"
#include "query/ActivityQuery.h"
#include "query/EventQuery.h"
#include "store/Database.h"
#include "store/NotificationLedger.h"

#include <algorithm>
#include <array>
#include <climits>

using namespace std::chrono_literals;

namespace {

using Kind = EventNotification::Kind;
using Cursor = NotificationLedger::Cursor;

// A burst of store changes (a derivation slice every few ms) is read once.
constexpr int CheckDelayMs = 250;
// Reminders are planned at most this far ahead, so a changed clock or a suspended computer
// delays one by no more than that.
constexpr qint64 LongestReminderWaitMs = 15 * 60 * 1000;
constexpr qint64 ShortestReminderWaitMs = 1000;
// While notifications are paused or quiet, due reminders are looked at again this often.
constexpr qint64 SuppressedReminderWaitMs = 60 * 1000;

// "yes" counts worth telling: the first answer, then round numbers.
constexpr std::array<int, 8> Milestones{1, 10, 25, 50, 100, 250, 500, 1000};

// The largest milestone yes has reached; 0 for none.
int milestoneFor(int yes)
{
    if (yes >= 2000)
        return yes / 1000 * 1000;
    int reached = 0;
    for (const int milestone : Milestones) {
        if (yes >= milestone)
            reached = milestone;
    }
    return reached;
}

} // namespace

NotificationFeed::NotificationFeed(QString databasePath, QString ledgerPath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_ledgerPath(std::move(ledgerPath))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_checkTimer(this)
    , m_coalesceTimer(this)
    , m_reminderTimer(this)
{
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(CheckDelayMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &NotificationFeed::check);
    m_coalesceTimer.setSingleShot(true);
    m_coalesceTimer.setInterval(DefaultCoalesceWindow);
    connect(&m_coalesceTimer, &QTimer::timeout, this, &NotificationFeed::flushNewEvents);
    m_reminderTimer.setSingleShot(true);
    connect(&m_reminderTimer, &QTimer::timeout, this, &NotificationFeed::checkReminders);
}

NotificationFeed::~NotificationFeed()
{
    // The query's connection handle must go before the database that owns it.
    m_activity.reset();
}

bool NotificationFeed::open(QString *error)
{
    m_database = std::make_unique<Database>(m_databasePath, Database::Mode::ReadOnly);
    m_ledger = std::make_unique<NotificationLedger>(m_ledgerPath);
    if (!m_database->open(error) || !m_ledger->open(error)) {
        m_ledger.reset();
        m_database.reset();
        return false;
    }
    m_activity = std::make_unique<ActivityQuery>(m_database->connection());
    startCursors();
    return true;
}

// Picks up where the last run stopped. A cursor beyond the store's end means the store was
// replaced (a new data directory, a restored backup): its events are then history too.
void NotificationFeed::startCursors()
{
    QString error;
    const std::optional<ActivityQuery::Frontier> frontier = m_activity->frontier(&error);
    if (!frontier) {
        qCWarning(lcNotify).noquote() << "cannot read the store:" << error;
        return;
    }
    const auto start = [this](Cursor which, qint64 end) {
        const std::optional<qint64> stored = m_ledger->cursor(which);
        if (stored && *stored <= end)
            return *stored;
        m_ledger->setCursor(which, end);
        return end;
    };
    m_announcedEvents = m_seenEvents = start(Cursor::Events, frontier->eventRowId);
    m_seenChanges = start(Cursor::Changes, frontier->changeId);
    m_seenDeliveries = start(Cursor::Deliveries, frontier->derivedDeliveryId);
}

void NotificationFeed::setPreferences(const NotificationPreferences &preferences)
{
    const bool remindersChanged = preferences.reminderMinutes != m_preferences.reminderMinutes
                                  || preferences.enabled != m_preferences.enabled;
    m_preferences = preferences;
    if (remindersChanged)
        checkReminders();
}

void NotificationFeed::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void NotificationFeed::setCoalesceWindow(std::chrono::milliseconds window)
{
    m_coalesceTimer.setInterval(window);
}

void NotificationFeed::pauseUntil(const QDateTime &instant)
{
    m_pausedUntil = instant;
}

bool NotificationFeed::isPaused() const
{
    return m_pausedUntil.isValid() && now() < m_pausedUntil;
}

bool NotificationFeed::isSuppressed() const
{
    return !m_preferences.enabled || isPaused()
           || m_preferences.isQuietAt(now().toLocalTime().time());
}

QList<std::pair<QString, QString>> NotificationFeed::spaces() const
{
    return m_activity ? m_activity->spaces() : QList<std::pair<QString, QString>>();
}

void NotificationFeed::checkSoon()
{
    if (!m_checkTimer.isActive())
        m_checkTimer.start();
}

void NotificationFeed::check()
{
    m_checkTimer.stop();
    if (!m_activity)
        return;
    QString error;
    const std::optional<ActivityQuery::Frontier> frontier = m_activity->frontier(&error);
    if (!frontier) {
        qCWarning(lcNotify).noquote() << "cannot read the store:" << error;
        return;
    }
    checkNewEvents(frontier->eventRowId);
    checkChanges(frontier->changeId);
    checkMilestones(frontier->derivedDeliveryId);
    // A new or moved event may be the next to start.
    if (m_preferences.reminderMinutes > 0)
        checkReminders();
}

void NotificationFeed::checkNewEvents(qint64 upTo)
{
    if (upTo <= m_seenEvents)
        return;
    const qint64 arrived = m_activity->countEvents(m_seenEvents, upTo);
    m_seenEvents = upTo;
    if (arrived > 0)
        Q_EMIT eventsArrived(int(std::min<qint64>(arrived, INT_MAX)));
    if (!m_coalesceTimer.isActive())
        m_coalesceTimer.start();
}

void NotificationFeed::flushNewEvents()
{
    m_coalesceTimer.stop();
    if (!m_activity || m_seenEvents <= m_announcedEvents)
        return;
    const qint64 after = std::exchange(m_announcedEvents, m_seenEvents);
    if (wants(Kind::NewEvent))
        announceNewEvents(after, m_seenEvents);
    m_ledger->setCursor(Cursor::Events, m_seenEvents);
}

void NotificationFeed::announceNewEvents(qint64 after, qint64 upTo)
{
    QString error;
    const auto events = m_activity->newEvents(after, upTo, m_preferences.mutedSpaceIds,
                                              CoalesceThreshold + 1, &error);
    if (!events) {
        qCWarning(lcNotify).noquote() << "cannot read the new events:" << error;
        return;
    }
    if (events->count <= CoalesceThreshold) {
        for (const qint64 rowId : events->firstRowIds) {
            if (const std::optional<EventRow> event = eventRow(rowId))
                announce(Kind::NewEvent, *event);
        }
        return;
    }
    EventNotification batch;
    batch.kind = Kind::NewEvents;
    batch.count = events->count;
    batch.spaceCount = events->spaceCount;
    batch.firstRowId = after + 1;
    batch.lastRowId = upTo;
    Q_EMIT notificationReady(batch);
}

void NotificationFeed::checkChanges(qint64 upTo)
{
    if (upTo <= m_seenChanges)
        return;
    QString error;
    const auto changes = m_activity->timeOrPlaceChanges(m_seenChanges, upTo, &error);
    if (!changes) {
        qCWarning(lcNotify).noquote() << "cannot read the changes:" << error;
        return;
    }
    m_seenChanges = upTo;
    m_ledger->setCursor(Cursor::Changes, upTo);
    for (const ActivityQuery::Change &change : *changes) {
        // An event still being gathered is announced as it is now, changes included.
        if (change.rowId > m_announcedEvents)
            continue;
        const bool canceled = change.fields.contains(QStringLiteral("canceled"));
        const Kind kind = canceled ? Kind::Canceled : Kind::Moved;
        if (!wants(kind))
            continue;
        if (const std::optional<EventRow> event = eventRow(change.rowId))
            announce(kind, *event,
                     [&change](EventNotification &n) { n.changedFields = change.fields; });
    }
}

void NotificationFeed::checkMilestones(qint64 upTo)
{
    if (upTo <= m_seenDeliveries)
        return;
    QString error;
    const auto answered = m_activity->answeredEvents(m_seenDeliveries, upTo, &error);
    if (!answered) {
        qCWarning(lcNotify).noquote() << "cannot read the RSVPs:" << error;
        return;
    }
    m_seenDeliveries = upTo;
    m_ledger->setCursor(Cursor::Deliveries, upTo);
    for (const ActivityQuery::RsvpCount &count : *answered) {
        const int reached = milestoneFor(count.yes);
        const int told =
            std::max(m_ledger->milestone(count.eventId).value_or(0), milestoneFor(count.yesBefore));
        if (reached <= told)
            continue;
        // Remembered even when not shown: falling back and rising again is no news.
        m_ledger->setMilestone(count.eventId, reached);
        if (!wants(Kind::RsvpMilestone))
            continue;
        if (const std::optional<EventRow> event = eventRow(count.rowId))
            announce(Kind::RsvpMilestone, *event,
                     [reached](EventNotification &n) { n.milestone = reached; });
    }
}

void NotificationFeed::checkReminders()
{
    m_reminderTimer.stop();
    const int minutes = m_preferences.reminderMinutes;
    if (!m_activity || minutes <= 0 || !m_preferences.enabled)
        return;
    const QDateTime current = now();
    const QDateTime horizon = current.addSecs(qint64(minutes) * 60);
    if (!isSuppressed()) {
        const auto starting = m_activity->startingBetween(current, horizon);
        for (const qint64 rowId : starting.value_or(QList<qint64>())) {
            const std::optional<EventRow> event = eventRow(rowId);
            if (!event || isMuted(event->spaceId)
                || m_ledger->reminderFired(event->id, event->startsAtUtc))
                continue;
            // Written before it is shown: a crash right after costs a reminder, never a second.
            if (!m_ledger->markReminderFired(event->id, event->startsAtUtc, current))
                continue;
            const int left = int((current.secsTo(event->startsAtUtc) + 59) / 60);
            announce(Kind::Reminder, *event,
                     [left](EventNotification &n) { n.minutesBefore = std::max(left, 1); });
        }
        m_ledger->forgetRemindersBefore(current.addDays(-1));
    }
    scheduleReminders(horizon);
}

void NotificationFeed::scheduleReminders(const QDateTime &horizon)
{
    qint64 wait = LongestReminderWaitMs;
    const QDateTime next = m_activity->nextStartAfter(horizon);
    if (next.isValid())
        wait = std::min(wait, horizon.msecsTo(next));
    if (isSuppressed())
        wait = std::min(wait, SuppressedReminderWaitMs);
    m_reminderTimer.start(int(std::clamp(wait, ShortestReminderWaitMs, LongestReminderWaitMs)));
}

void NotificationFeed::announce(Kind kind, const EventRow &event,
                                const std::function<void(EventNotification &)> &complete)
{
    if (isMuted(event.spaceId))
        return;
    EventNotification notification;
    notification.kind = kind;
    notification.event = event;
    if (complete)
        complete(notification);
    Q_EMIT notificationReady(notification);
}

bool NotificationFeed::wants(Kind kind) const
{
    if (isSuppressed())
        return false;
    switch (kind) {
    case Kind::NewEvent:
    case Kind::NewEvents:
        return m_preferences.newEvents;
    case Kind::Moved:
        return m_preferences.moves;
    case Kind::Canceled:
        return m_preferences.cancellations;
    case Kind::RsvpMilestone:
        return m_preferences.rsvpMilestones;
    case Kind::Reminder:
        return m_preferences.reminderMinutes > 0;
    }
    return false;
}

bool NotificationFeed::isMuted(const QString &spaceId) const
{
    return !spaceId.isEmpty() && m_preferences.mutedSpaceIds.contains(spaceId);
}

std::optional<EventRow> NotificationFeed::eventRow(qint64 rowId) const
{
    const QList<EventRow> rows = EventQuery(m_database->connection()).rows({rowId});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst();
}

QDateTime NotificationFeed::now() const
{
    return m_clock();
}
