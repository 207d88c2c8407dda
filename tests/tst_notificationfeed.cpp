#include "TestDeliveries.h"
#include "http/ReceiverService.h"
#include "notify/NotificationFeed.h"
#include "store/Database.h"
#include "store/NotificationLedger.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

using Kind = EventNotification::Kind;
using TestDeliveries::Event;

namespace {

const QByteArray Token = "feed-test-token-0123456789abcdef";

Event sample(int id, const QString &title, int spaceId = 3)
{
    Event e;
    e.id = id;
    e.title = title;
    e.spaceId = spaceId;
    e.spaceName = u"Space %1"_s.arg(spaceId);
    return e;
}

QString describe(const QList<EventNotification> &notifications)
{
    QStringList lines;
    for (const EventNotification &n : notifications)
        lines << u"kind %1 event %2 '%3' count %4"_s.arg(int(n.kind))
                     .arg(n.event.id, n.event.title)
                     .arg(n.count);
    return lines.join(u"; ");
}

} // namespace

// NotificationFeed against the real receiver and store: what is new, what is not, and what the
// preferences let through. Checks run by hand (check(), flushNewEvents()) so every step is
// deterministic; the desktop side is tested in tst_desktopnotifications.
class TstNotificationFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void quietHoursSpanMidnight_data();
    void quietHoursSpanMidnight();

    void aNewEventIsAnnouncedOnce();
    void duplicatesAndRetriesNeverNotify();
    void eventsStoredBeforeTheFirstRunAreHistory();
    void aRestartNeitherRepeatsNorMisses();
    void moreThanThreeNewEventsCoalesce_data();
    void moreThanThreeNewEventsCoalesce();
    void movesAndCancellationsReplaceTheEventsNotification();
    void rsvpMilestones();
    void preferencesFilterKindsAndSpaces();
    void quietHoursAndPauseSuppress();
    void remindersFireOnceAcrossRestarts();

private:
    std::unique_ptr<NotificationFeed> openFeed();
    void post(const QByteArray &body, const QString &type = u"EventCreated"_s);
    void waitUntilDerived();
    QList<EventNotification> checkAndFlush(NotificationFeed &feed);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReceiverService> m_receiver;
    std::unique_ptr<Database> m_reader;
    QList<EventNotification> m_seen;
};

void TstNotificationFeed::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ReceiverConfig config;
    config.dataDir = m_dir->path();
    config.port = 0;
    config.token = Token;
    m_receiver = std::make_unique<ReceiverService>(config);
    QString error;
    QVERIFY2(m_receiver->start(&error), qPrintable(error));
    m_reader = std::make_unique<Database>(m_receiver->databasePath(), Database::Mode::ReadOnly);
    QVERIFY2(m_reader->open(&error), qPrintable(error));
    m_seen.clear();
}

void TstNotificationFeed::cleanup()
{
    m_reader.reset();
    m_receiver.reset();
    m_dir.reset();
}

std::unique_ptr<NotificationFeed> TstNotificationFeed::openFeed()
{
    auto feed = std::make_unique<NotificationFeed>(m_receiver->databasePath(),
                                                   NotificationLedger::pathIn(m_dir->path()));
    // Gathering ends when a test says so, never by a timer in the middle of a step.
    feed->setCoalesceWindow(1h);
    connect(feed.get(), &NotificationFeed::notificationReady, this,
            [this](const EventNotification &n) { m_seen.append(n); });
    QString error;
    if (!feed->open(&error)) {
        qWarning("cannot open the feed: %s", qPrintable(error));
        return nullptr;
    }
    return feed;
}

void TstNotificationFeed::post(const QByteArray &body, const QString &type)
{
    QCOMPARE(TestDeliveries::post(m_receiver->port(), Token, body, type), 200);
    waitUntilDerived();
}

// A delivery is answered once stored and derived a moment later.
void TstNotificationFeed::waitUntilDerived()
{
    const auto pending = [this] {
        QSqlQuery query(m_reader->connection());
        return query.exec(u"SELECT count(*) FROM deliveries WHERE derived = 0"_s) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(pending(), 0, 10000);
}

QList<EventNotification> TstNotificationFeed::checkAndFlush(NotificationFeed &feed)
{
    m_seen.clear();
    feed.check();
    feed.flushNewEvents();
    return std::exchange(m_seen, {});
}

void TstNotificationFeed::quietHoursSpanMidnight_data()
{
    QTest::addColumn<QTime>("from");
    QTest::addColumn<QTime>("until");
    QTest::addColumn<QTime>("at");
    QTest::addColumn<bool>("quiet");
    QTest::newRow("overnight, late evening")
        << QTime(22, 0) << QTime(7, 0) << QTime(23, 30) << true;
    QTest::newRow("overnight, early morning")
        << QTime(22, 0) << QTime(7, 0) << QTime(6, 59) << true;
    QTest::newRow("overnight, at the end") << QTime(22, 0) << QTime(7, 0) << QTime(7, 0) << false;
    QTest::newRow("overnight, midday") << QTime(22, 0) << QTime(7, 0) << QTime(12, 0) << false;
    QTest::newRow("daytime, inside") << QTime(9, 0) << QTime(17, 0) << QTime(9, 0) << true;
    QTest::newRow("daytime, after") << QTime(9, 0) << QTime(17, 0) << QTime(17, 30) << false;
    QTest::newRow("empty range") << QTime(9, 0) << QTime(9, 0) << QTime(9, 0) << false;
}

void TstNotificationFeed::quietHoursSpanMidnight()
{
    QFETCH(QTime, from);
    QFETCH(QTime, until);
    QFETCH(QTime, at);
    QFETCH(bool, quiet);
    NotificationPreferences preferences;
    preferences.quietHours = true;
    preferences.quietFrom = from;
    preferences.quietUntil = until;
    QCOMPARE(preferences.isQuietAt(at), quiet);
    preferences.quietHours = false;
    QVERIFY(!preferences.isQuietAt(at));
}

void TstNotificationFeed::aNewEventIsAnnouncedOnce()
{
    auto feed = openFeed();
    QVERIFY(feed);
    QSignalSpy arrived(feed.get(), &NotificationFeed::eventsArrived);
    post(TestDeliveries::event(u"d1"_s, sample(1, u"Sourdough workshop"_s)));
    feed->check();
    QCOMPARE(arrived.size(), 1);
    QCOMPARE(arrived.at(0).at(0).toInt(), 1);
    QVERIFY2(m_seen.isEmpty(), "announced before the gathering window ended");
    feed->flushNewEvents();
    QCOMPARE(m_seen.size(), 1);
    const EventNotification n = m_seen.at(0);
    QCOMPARE(n.kind, Kind::NewEvent);
    QCOMPARE(n.event.id, u"1"_s);
    QCOMPARE(n.event.title, u"Sourdough workshop"_s);
    QCOMPARE(n.event.spaceName, u"Space 3"_s);
    QCOMPARE(n.event.creatorName, u"Rosa Parks"_s);
    QCOMPARE(n.event.startsAtUtc, QDateTime(QDate(2026, 12, 1), QTime(18, 0), QTimeZone::utc()));
    QCOMPARE(n.key(), u"event:1"_s);
    QVERIFY2(checkAndFlush(*feed).isEmpty(), "announced twice");
}

void TstNotificationFeed::duplicatesAndRetriesNeverNotify()
{
    auto feed = openFeed();
    QVERIFY(feed);
    const QByteArray body = TestDeliveries::event(u"d1"_s, sample(1, u"Sourdough workshop"_s));
    post(body);
    QCOMPARE(checkAndFlush(*feed).size(), 1);
    // The same event_id again: a retry. It is stored as an attempt and derived again.
    post(body);
    post(body);
    QSignalSpy arrived(feed.get(), &NotificationFeed::eventsArrived);
    const QList<EventNotification> after = checkAndFlush(*feed);
    QVERIFY2(after.isEmpty(), qPrintable(describe(after)));
    QCOMPARE(arrived.size(), 0);
}

void TstNotificationFeed::eventsStoredBeforeTheFirstRunAreHistory()
{
    post(TestDeliveries::event(u"d1"_s, sample(1, u"Old news"_s)));
    auto feed = openFeed();
    QVERIFY(feed);
    QVERIFY(checkAndFlush(*feed).isEmpty());
    post(TestDeliveries::event(u"d2"_s, sample(2, u"Fresh"_s)));
    const QList<EventNotification> fresh = checkAndFlush(*feed);
    QCOMPARE(fresh.size(), 1);
    QCOMPARE(fresh.at(0).event.title, u"Fresh"_s);
}

void TstNotificationFeed::aRestartNeitherRepeatsNorMisses()
{
    auto feed = openFeed();
    QVERIFY(feed);
    post(TestDeliveries::event(u"d1"_s, sample(1, u"Before the restart"_s)));
    QCOMPARE(checkAndFlush(*feed).size(), 1);
    // Gathered but not yet announced when the window closes: announced after the restart.
    post(TestDeliveries::event(u"d2"_s, sample(2, u"Gathered at the close"_s)));
    feed->check();
    feed.reset();
    // Arrived while the window was closed.
    post(TestDeliveries::event(u"d3"_s, sample(3, u"While closed"_s)));
    feed = openFeed();
    QVERIFY(feed);
    const QList<EventNotification> after = checkAndFlush(*feed);
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.at(0).event.title, u"Gathered at the close"_s);
    QCOMPARE(after.at(1).event.title, u"While closed"_s);
}

void TstNotificationFeed::moreThanThreeNewEventsCoalesce_data()
{
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("spaces");
    QTest::addColumn<int>("notifications");
    QTest::newRow("3 events: one each") << 3 << 1 << 3;
    QTest::newRow("4 events: one for all") << 4 << 2 << 1;
    QTest::newRow("12 events in 3 spaces") << 12 << 3 << 1;
}

void TstNotificationFeed::moreThanThreeNewEventsCoalesce()
{
    QFETCH(int, events);
    QFETCH(int, spaces);
    QFETCH(int, notifications);
    auto feed = openFeed();
    QVERIFY(feed);
    post(TestDeliveries::event(u"old"_s, sample(100, u"Before"_s)));
    QCOMPARE(checkAndFlush(*feed).size(), 1);
    for (int i = 1; i <= events; ++i) {
        post(TestDeliveries::event(u"d%1"_s.arg(i), sample(i, u"Event %1"_s.arg(i), i % spaces)));
        feed->check(); // several checks within one gathering window
    }
    const QList<EventNotification> shown = checkAndFlush(*feed);
    QCOMPARE(shown.size(), notifications);
    if (notifications > 1) {
        for (const EventNotification &n : shown)
            QCOMPARE(n.kind, Kind::NewEvent);
        return;
    }
    const EventNotification batch = shown.at(0);
    QCOMPARE(batch.kind, Kind::NewEvents);
    QCOMPARE(batch.count, events);
    QCOMPARE(batch.spaceCount, spaces);
    QCOMPARE(batch.lastRowId - batch.firstRowId + 1, qint64(events));
    QSqlQuery query(m_reader->connection());
    query.prepare(u"SELECT count(*) FROM event_records WHERE rowid BETWEEN ? AND ?"
                  " AND title LIKE 'Event %'"_s);
    query.addBindValue(batch.firstRowId);
    query.addBindValue(batch.lastRowId);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toInt(), events);
}

void TstNotificationFeed::movesAndCancellationsReplaceTheEventsNotification()
{
    auto feed = openFeed();
    QVERIFY(feed);
    Event e = sample(1, u"Sourdough workshop"_s);
    post(TestDeliveries::event(u"d1"_s, e));
    QCOMPARE(checkAndFlush(*feed).size(), 1);

    e.title = u"Sourdough workshop (bring flour)"_s;
    e.updatedAt = e.updatedAt.addSecs(60);
    post(TestDeliveries::event(u"d2"_s, e), u"EventUpdated"_s);
    QVERIFY2(checkAndFlush(*feed).isEmpty(), "a new title is not a move");

    e.startsAt = e.startsAt.addDays(1);
    e.updatedAt = e.updatedAt.addSecs(60);
    post(TestDeliveries::event(u"d3"_s, e), u"EventUpdated"_s);
    QList<EventNotification> shown = checkAndFlush(*feed);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).kind, Kind::Moved);
    QCOMPARE(shown.at(0).changedFields, QStringList{u"starts_at"_s});
    QCOMPARE(shown.at(0).event.startsAtUtc, e.startsAt);
    QCOMPARE(shown.at(0).key(), u"event:1"_s);

    e.location = u"Bakery on Main Street"_s;
    e.updatedAt = e.updatedAt.addSecs(60);
    post(TestDeliveries::event(u"d4"_s, e), u"EventUpdated"_s);
    shown = checkAndFlush(*feed);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).changedFields, QStringList{u"location"_s});

    post(TestDeliveries::cancellation(u"d5"_s, 1), u"EventCanceled"_s);
    shown = checkAndFlush(*feed);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).kind, Kind::Canceled);
    QCOMPARE(shown.at(0).event.status, u"canceled"_s);
    QCOMPARE(shown.at(0).key(), u"event:1"_s);
    // A retry of the cancellation is no news.
    post(TestDeliveries::cancellation(u"d5"_s, 1), u"EventCanceled"_s);
    QVERIFY(checkAndFlush(*feed).isEmpty());
}

void TstNotificationFeed::rsvpMilestones()
{
    auto feed = openFeed();
    QVERIFY(feed);
    const Event e = sample(1, u"Sourdough workshop"_s);
    post(TestDeliveries::event(u"d1"_s, e));
    QCOMPARE(checkAndFlush(*feed).size(), 1);
    QDateTime at(QDate(2025, 11, 2), QTime(9, 0), QTimeZone::utc());
    const auto answer = [&](int member, const QString &status) {
        at = at.addSecs(60);
        post(TestDeliveries::rsvp(u"r%1-%2"_s.arg(member).arg(at.toSecsSinceEpoch()), e, member,
                                  status, at),
             u"RsvpCreated"_s);
        return checkAndFlush(*feed);
    };
    QVERIFY2(answer(1, u"maybe"_s).isEmpty(), "a maybe is no milestone");
    QList<EventNotification> shown = answer(2, u"yes"_s);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).kind, Kind::RsvpMilestone);
    QCOMPARE(shown.at(0).milestone, 1);
    QCOMPARE(shown.at(0).event.rsvpYes, 1);
    QVERIFY(answer(3, u"yes"_s).isEmpty());
    // Falling below the first "yes" and reaching it again is no news.
    QVERIFY(answer(2, u"no"_s).isEmpty());
    QVERIFY(answer(3, u"no"_s).isEmpty());
    QVERIFY(answer(4, u"yes"_s).isEmpty());
    for (int member = 5; member <= 12; ++member) {
        shown = answer(member, u"yes"_s);
        QVERIFY2(shown.isEmpty(), qPrintable(describe(shown)));
    }
    shown = answer(13, u"yes"_s);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).milestone, 10);
}

void TstNotificationFeed::preferencesFilterKindsAndSpaces()
{
    auto feed = openFeed();
    QVERIFY(feed);
    NotificationPreferences preferences;
    preferences.mutedSpaceIds = {u"7"_s};
    feed->setPreferences(preferences);
    post(TestDeliveries::event(u"d1"_s, sample(1, u"Muted space"_s, 7)));
    post(TestDeliveries::event(u"d2"_s, sample(2, u"Heard space"_s, 8)));
    QList<EventNotification> shown = checkAndFlush(*feed);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).event.title, u"Heard space"_s);

    preferences.newEvents = false;
    feed->setPreferences(preferences);
    post(TestDeliveries::event(u"d3"_s, sample(3, u"New events are off"_s, 8)));
    QVERIFY(checkAndFlush(*feed).isEmpty());

    preferences = {};
    preferences.enabled = false;
    feed->setPreferences(preferences);
    post(TestDeliveries::event(u"d4"_s, sample(4, u"All off"_s, 8)));
    QVERIFY(checkAndFlush(*feed).isEmpty());

    preferences.enabled = true;
    feed->setPreferences(preferences);
    post(TestDeliveries::event(u"d5"_s, sample(5, u"On again"_s, 8)));
    shown = checkAndFlush(*feed);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).event.title, u"On again"_s);
}

void TstNotificationFeed::quietHoursAndPauseSuppress()
{
    auto feed = openFeed();
    QVERIFY(feed);
    QDateTime now(QDate(2026, 3, 10), QTime(23, 30), Qt::LocalTime);
    feed->setClock([&now] { return now.toUTC(); });
    NotificationPreferences preferences;
    preferences.quietHours = true;
    preferences.quietFrom = QTime(22, 0);
    preferences.quietUntil = QTime(7, 0);
    feed->setPreferences(preferences);
    QVERIFY(feed->isSuppressed());
    post(TestDeliveries::event(u"d1"_s, sample(1, u"At night"_s)));
    QVERIFY2(checkAndFlush(*feed).isEmpty(), "told during quiet hours");

    now = QDateTime(QDate(2026, 3, 11), QTime(8, 0), Qt::LocalTime);
    QVERIFY(!feed->isSuppressed());
    post(TestDeliveries::event(u"d2"_s, sample(2, u"In the morning"_s)));
    QList<EventNotification> shown = checkAndFlush(*feed);
    QCOMPARE(shown.size(), 1); // the night's event is not told late
    QCOMPARE(shown.at(0).event.title, u"In the morning"_s);

    feed->pauseUntil(now.toUTC().addSecs(3600));
    QVERIFY(feed->isPaused());
    post(TestDeliveries::event(u"d3"_s, sample(3, u"While paused"_s)));
    QVERIFY(checkAndFlush(*feed).isEmpty());
    now = now.addSecs(3601);
    QVERIFY(!feed->isPaused());
    post(TestDeliveries::event(u"d4"_s, sample(4, u"After the pause"_s)));
    shown = checkAndFlush(*feed);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).event.title, u"After the pause"_s);
}

void TstNotificationFeed::remindersFireOnceAcrossRestarts()
{
    QDateTime now(QDate(2026, 5, 4), QTime(17, 0), QTimeZone::utc());
    NotificationPreferences reminders;
    reminders.reminderMinutes = 15;
    auto feed = openFeed();
    QVERIFY(feed);
    feed->setClock([&now] { return now; });
    Event soon = sample(1, u"Starts soon"_s);
    soon.startsAt = now.addSecs(10 * 60);
    Event later = sample(2, u"Starts later"_s);
    later.startsAt = now.addSecs(40 * 60);
    Event canceled = sample(3, u"Canceled"_s);
    canceled.startsAt = now.addSecs(5 * 60);
    post(TestDeliveries::event(u"d1"_s, soon));
    post(TestDeliveries::event(u"d2"_s, later));
    post(TestDeliveries::event(u"d3"_s, canceled));
    post(TestDeliveries::cancellation(u"d4"_s, 3), u"EventCanceled"_s);
    QVERIFY2(checkAndFlush(*feed).size() == 3, "reminded while reminders are off");

    // Turning reminders on looks at once.
    feed->setPreferences(reminders);
    QCOMPARE(m_seen.size(), 1);
    QCOMPARE(m_seen.at(0).kind, Kind::Reminder);
    QCOMPARE(m_seen.at(0).event.title, u"Starts soon"_s);
    QCOMPARE(m_seen.at(0).minutesBefore, 10);
    m_seen.clear();
    feed->checkReminders();
    QVERIFY2(m_seen.isEmpty(), "a reminder fired twice");

    // A restart remembers what fired.
    feed = openFeed();
    QVERIFY(feed);
    feed->setClock([&now] { return now; });
    feed->setPreferences(reminders);
    feed->checkReminders();
    QVERIFY2(m_seen.isEmpty(), "a reminder fired again after a restart");

    // 25 minutes on, the later event is 15 minutes away.
    now = now.addSecs(25 * 60);
    feed->checkReminders();
    QCOMPARE(m_seen.size(), 1);
    QCOMPARE(m_seen.at(0).event.title, u"Starts later"_s);
    QCOMPARE(m_seen.at(0).minutesBefore, 15);

    // Moved to a later start, it is reminded of again when that start comes near.
    m_seen.clear();
    later.startsAt = later.startsAt.addSecs(60 * 60);
    later.updatedAt = later.updatedAt.addSecs(60);
    post(TestDeliveries::event(u"d5"_s, later), u"EventUpdated"_s);
    feed->checkReminders();
    QVERIFY(m_seen.isEmpty());
    now = now.addSecs(60 * 60);
    feed->checkReminders();
    QCOMPARE(m_seen.size(), 1);
    QCOMPARE(m_seen.at(0).event.title, u"Starts later"_s);
}

QTEST_GUILESS_MAIN(TstNotificationFeed)
#include "tst_notificationfeed.moc"
