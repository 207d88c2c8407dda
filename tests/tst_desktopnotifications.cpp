#include "DateTimeText.h"
#include "DesktopNotifier.h"
#include "EventTableModel.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "NotificationController.h"
#include "NotificationText.h"
#include "TestDeliveries.h"
#include "TrayController.h"
#include "http/ReceiverService.h"
#include "notify/NotificationFeed.h"
#include "secrets/WebhookTokenController.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/NotificationLedger.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWindow>
#include <QtTest/qtestspontaneevent.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

using TestDeliveries::Event;

namespace {

const QByteArray Token = "notification-test-token-0123456789";
const QString NotificationsPath = u"/org/freedesktop/Notifications"_s;
const QString NotificationsService = u"org.freedesktop.Notifications"_s;
const QString MockInterface = u"org.freedesktop.DBus.Mock"_s;
constexpr int NotifyTimeoutMs = 15000;

bool hasNotificationServer()
{
    return qEnvironmentVariableIsSet("EVENTWATCH_NOTIFICATION_LOG");
}

Event sample(int id, const QString &title, int spaceId = 3)
{
    Event e;
    e.id = id;
    e.title = title;
    e.spaceId = spaceId;
    e.spaceName = spaceId == 3 ? u"Bakers"_s : u"Space %1"_s.arg(spaceId);
    return e;
}

// What the window system sends when the user clicks the window frame's close button.
bool closeFromWindowFrame(QWidget *window)
{
    QCloseEvent close;
    QSpontaneKeyEvent::setSpontaneous(&close);
    // notify(), not sendEvent(): sendEvent() marks every event as coming from the program.
    qApp->notify(window, &close);
    return close.isAccepted();
}

// Answers the question the window asks before quitting with button, when it asks; asked
// tells whether it did.
void answerQuitQuestion(const QString &button, bool *asked)
{
    *asked = false;
    QTimer::singleShot(0, [button, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != u"quitQuestion"_s)
            return;
        *asked = true;
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().remove(u'&') == button)
                b->click();
        }
    });
}

QVariant unwrap(const QVariant &value)
{
    if (value.canConvert<QDBusVariant>())
        return value.value<QDBusVariant>().variant();
    return value;
}

} // namespace

// The notification server of the private session (python3-dbusmock's notification daemon), as
// the test sees it over D-Bus: every Notify call it received, with its arguments, and the
// signals a real server sends when the user clicks.
class NotificationServer final : public QObject
{
    Q_OBJECT

public:
    struct Notify
    {
        QString appName;
        uint replacesId = 0;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int timeout = 0;
        uint id = 0; // what the daemon answered
    };

    bool subscribe()
    {
        return QDBusConnection::sessionBus().connect(NotificationsService, NotificationsPath,
                                                     MockInterface, u"MethodCalled"_s, this,
                                                     SLOT(onMethodCalled(QString, QVariantList)));
    }

    const QList<Notify> &notifies() const { return m_notifies; }

    // Waits until count Notify calls have arrived in all.
    bool waitForNotifies(qsizetype count, int timeoutMs = NotifyTimeoutMs)
    {
        QSignalSpy spy(this, &NotificationServer::notified);
        while (m_notifies.size() < count) {
            if (!spy.wait(timeoutMs))
                return false;
        }
        return true;
    }

    // Sends what a server sends when the user clicks the notification (or one of its buttons).
    bool invokeAction(uint id, const QString &action)
    {
        QDBusMessage call = QDBusMessage::createMethodCall(NotificationsService, NotificationsPath,
                                                           MockInterface, u"EmitSignal"_s);
        call << NotificationsService << u"ActionInvoked"_s << u"us"_s
             << QVariantList{QVariant::fromValue(QDBusVariant(id)),
                             QVariant::fromValue(QDBusVariant(action))};
        const QDBusMessage reply = QDBusConnection::sessionBus().call(call);
        if (reply.type() == QDBusMessage::ErrorMessage)
            qWarning("EmitSignal failed: %s", qPrintable(reply.errorMessage()));
        return reply.type() == QDBusMessage::ReplyMessage;
    }

Q_SIGNALS:
    void notified();

private Q_SLOTS:
    void onMethodCalled(const QString &name, const QVariantList &args)
    {
        if (name != u"Notify"_s || args.size() != 8)
            return;
        Notify n;
        n.appName = unwrap(args.at(0)).toString();
        n.replacesId = unwrap(args.at(1)).toUInt();
        n.icon = unwrap(args.at(2)).toString();
        n.summary = unwrap(args.at(3)).toString();
        n.body = unwrap(args.at(4)).toString();
        n.actions = unwrap(args.at(5)).toStringList();
        const QVariant hints = unwrap(args.at(6));
        n.hints = hints.canConvert<QDBusArgument>()
                      ? qdbus_cast<QVariantMap>(hints.value<QDBusArgument>())
                      : hints.toMap();
        for (QVariant &value : n.hints)
            value = unwrap(value);
        n.timeout = unwrap(args.at(7)).toInt();
        // The daemon numbers new notifications from 1 and keeps the id of a replaced one.
        n.id = n.replacesId != 0 ? n.replacesId : ++m_lastId;
        m_notifies.append(n);
        Q_EMIT notified();
    }

private:
    QList<Notify> m_notifies;
    uint m_lastId = 0;
};

// Desktop notifications as a user gets them: the real window and receiver, deliveries over real
// HTTP, and the notification server on a private D-Bus session (tests/session).
class TstDesktopNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void notifyCarriesTheEventAndClickSelectsIt();
    void anUpdateReplacesTheEventsNotification();
    void aDuplicateDeliveryRaisesNothing();
    void moreThanThreeWithinFiveSecondsBecomeOne();
    void quietHoursRaiseNothing();
    void remindersFollowTheInjectedClockAndFireOnce();
    void closingKeepsReceivingInTheTray();
    void closingWithoutATrayAsksFirst();
    void headlessModeRaisesNone();
    void noServiceSaysSoOnce();

private:
    void openWindow();
    void post(const QByteArray &body, const QString &type = u"EventCreated"_s);
    const NotificationServer::Notify &awaitNotify(qsizetype count);
    NotificationFeed *feed() const { return m_window->notifications()->feed(); }
    QTableView *table() const { return m_window->findChild<QTableView *>(u"eventTable"_s); }
    qint64 rowIdOf(const QString &eventId);

    NotificationServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ReceiverService> m_receiver;
    std::unique_ptr<WebhookTokenController> m_tokens;
    std::unique_ptr<MainWindow> m_window;
    qsizetype m_before = 0; // Notify calls made before this test
};

void TstDesktopNotifications::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (hasNotificationServer())
        QVERIFY2(m_server.subscribe(), "cannot listen to the notification server");
}

void TstDesktopNotifications::init()
{
    const bool wantsServer = QByteArrayView(QTest::currentTestFunction()) != "noServiceSaysSoOnce";
    if (wantsServer != hasNotificationServer())
        QSKIP(wantsServer ? "needs the session's notification server"
                          : "runs without a notification server (its own CTest entry)");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    ReceiverConfig config;
    config.dataDir = m_dir->path();
    config.port = 0;
    config.token = Token;
    m_receiver = std::make_unique<ReceiverService>(config);
    QString error;
    QVERIFY2(m_receiver->start(&error), qPrintable(error));
    openWindow();
    m_before = m_server.notifies().size();
}

void TstDesktopNotifications::openWindow()
{
    if (!m_tokens)
        m_tokens.reset(WebhookTokenController::fixed(Token, m_dir->filePath(u"token"_s)));
    m_window = std::make_unique<MainWindow>(*m_receiver, *m_settings, *m_tokens);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // One event is told a moment after it arrived rather than five seconds later; the test of
    // coalescing sets the real window back.
    feed()->setCoalesceWindow(100ms);
}

void TstDesktopNotifications::cleanup()
{
    m_window.reset();
    m_tokens.reset();
    m_receiver.reset();
    m_settings.reset();
    m_dir.reset();
}

void TstDesktopNotifications::post(const QByteArray &body, const QString &type)
{
    QCOMPARE(TestDeliveries::post(m_receiver->port(), Token, body, type), 200);
}

const NotificationServer::Notify &TstDesktopNotifications::awaitNotify(qsizetype count)
{
    const bool arrived = m_server.waitForNotifies(m_before + count);
    if (!arrived)
        qWarning("only %d of %d notifications arrived", int(m_server.notifies().size() - m_before),
                 int(count));
    static const NotificationServer::Notify none;
    return arrived ? m_server.notifies().at(m_before + count - 1) : none;
}

qint64 TstDesktopNotifications::rowIdOf(const QString &eventId)
{
    Database reader(m_receiver->databasePath(), Database::Mode::ReadOnly);
    if (!reader.open(nullptr))
        return 0;
    QSqlQuery query(reader.connection());
    query.prepare(u"SELECT rowid FROM event_records WHERE id = ?"_s);
    query.addBindValue(eventId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

void TstDesktopNotifications::notifyCarriesTheEventAndClickSelectsIt()
{
    Event e = sample(1, u"Sourdough & rye workshop"_s);
    post(TestDeliveries::event(u"d1"_s, e));
    const NotificationServer::Notify &n = awaitNotify(1);
    QCOMPARE(n.appName, u"Eventwatch"_s);
    QCOMPARE(n.replacesId, 0u);
    QCOMPARE(n.icon, QStringLiteral(EVENTWATCH_APP_ID));
    QCOMPARE(n.summary, u"Sourdough & rye workshop"_s); // the summary is plain text
    const QDateTime local = e.startsAt.toLocalTime();
    const QString start = QLocale().toString(local.date(), QLocale::LongFormat) + u", "_s
                          + DateTimeText::time(local.time());
    QCOMPARE(n.body.split(u'\n'), (QStringList{start, u"In Bakers · by Rosa Parks"_s}));
    QCOMPARE(n.actions, (QStringList{u"default"_s, u"Show"_s}));
    QCOMPARE(n.hints.value(u"desktop-entry"_s).toString(), QStringLiteral(EVENTWATCH_APP_ID));
    QCOMPARE(n.hints.value(u"urgency"_s).toInt(), 1);
    QCOMPARE(n.timeout, -1);

    // The user searched for something else and put the window away.
    EventTableModel *model = m_window->eventModel();
    QTRY_COMPARE(model->rowCount(), 1);
    auto *filterBar = m_window->findChild<FilterBar *>(u"filterBar"_s);
    EventFilter hiding;
    hiding.search = u"nothing like it"_s;
    filterBar->setFilter(hiding);
    QTRY_COMPARE(model->rowCount(), 0);
    m_window->showMinimized();

    QVERIFY(m_server.invokeAction(n.id, u"default"_s));
    QTRY_VERIFY(table()->currentIndex().isValid());
    QCOMPARE(table()->currentIndex().data(EventTableModel::EventIdRole).toString(), u"1"_s);
    QCOMPARE(table()->currentIndex().data(EventTableModel::RowIdRole).toLongLong(),
             rowIdOf(u"1"_s));
    QVERIFY(filterBar->filter().isEmpty());
    QVERIFY(m_window->isVisible());
    QVERIFY(!m_window->isMinimized());
}

void TstDesktopNotifications::anUpdateReplacesTheEventsNotification()
{
    Event e = sample(1, u"Sourdough workshop"_s);
    post(TestDeliveries::event(u"d1"_s, e));
    const uint first = awaitNotify(1).id;
    QVERIFY(first != 0);
    e.startsAt = e.startsAt.addDays(2);
    e.updatedAt = e.updatedAt.addSecs(60);
    post(TestDeliveries::event(u"d2"_s, e), u"EventUpdated"_s);
    const NotificationServer::Notify &moved = awaitNotify(2);
    QCOMPARE(moved.replacesId, first);
    QCOMPARE(moved.summary, u"Sourdough workshop"_s);
    QCOMPARE(moved.body.section(u'\n', 0, 0), u"Moved to a new time"_s);
    post(TestDeliveries::cancellation(u"d3"_s, 1), u"EventCanceled"_s);
    const NotificationServer::Notify &canceled = awaitNotify(3);
    QCOMPARE(canceled.replacesId, first);
    QCOMPARE(canceled.body.section(u'\n', 0, 0), u"Canceled"_s);
}

void TstDesktopNotifications::aDuplicateDeliveryRaisesNothing()
{
    const QByteArray first = TestDeliveries::event(u"d1"_s, sample(1, u"First"_s));
    post(first);
    QCOMPARE(awaitNotify(1).summary, u"First"_s);
    post(first); // a retry: the same event_id
    post(first);
    // Deliveries are derived and looked at in order: once the next one is told, the retries
    // have been looked at too.
    post(TestDeliveries::event(u"d2"_s, sample(2, u"Second"_s)));
    QCOMPARE(awaitNotify(2).summary, u"Second"_s);
    QCOMPARE(m_server.notifies().size() - m_before, 2);
}

void TstDesktopNotifications::moreThanThreeWithinFiveSecondsBecomeOne()
{
    feed()->setCoalesceWindow(NotificationFeed::DefaultCoalesceWindow);
    for (int i = 1; i <= 12; ++i)
        post(TestDeliveries::event(u"d%1"_s.arg(i), sample(i, u"Event %1"_s.arg(i), i % 3 + 3)));
    const NotificationServer::Notify batch = awaitNotify(1);
    QCOMPARE(batch.summary, u"12 new events in 3 spaces"_s);
    QCOMPARE(batch.actions.value(0), u"default"_s);
    // Nothing else came for these twelve: the next event is the next notification.
    feed()->setCoalesceWindow(100ms);
    post(TestDeliveries::event(u"d13"_s, sample(13, u"Afterwards"_s)));
    QCOMPARE(awaitNotify(2).summary, u"Afterwards"_s);

    // Its click shows exactly those twelve.
    QVERIFY(m_server.invokeAction(batch.id, u"default"_s));
    auto *filterBar = m_window->findChild<FilterBar *>(u"filterBar"_s);
    QTRY_VERIFY(filterBar->filter().lastRowId > 0);
    EventTableModel *model = m_window->eventModel();
    QTRY_VERIFY(!model->isLoading() && model->rowCount() == 12);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, 0).data().toString().startsWith(u"Event "_s));
    QCOMPARE(model->totalCount(), 13);
}

void TstDesktopNotifications::quietHoursRaiseNothing()
{
    QDateTime now(QDate(2026, 3, 10), QTime(23, 30), Qt::LocalTime);
    feed()->setClock([&now] { return now.toUTC(); });
    NotificationPreferences preferences;
    preferences.quietHours = true;
    preferences.quietFrom = QTime(22, 0);
    preferences.quietUntil = QTime(7, 0);
    m_settings->setNotificationPreferences(preferences);
    m_window->notifications()->reloadPreferences();

    QSignalSpy arrived(feed(), &NotificationFeed::eventsArrived);
    post(TestDeliveries::event(u"d1"_s, sample(1, u"At night"_s)));
    QVERIFY(arrived.wait(NotifyTimeoutMs));
    feed()->flushNewEvents(); // the night's gathering ends now, in quiet hours

    now = QDateTime(QDate(2026, 3, 11), QTime(7, 30), Qt::LocalTime);
    post(TestDeliveries::event(u"d2"_s, sample(2, u"In the morning"_s)));
    QCOMPARE(awaitNotify(1).summary, u"In the morning"_s);
    QCOMPARE(m_server.notifies().size() - m_before, 1);
}

void TstDesktopNotifications::remindersFollowTheInjectedClockAndFireOnce()
{
    // Two days ahead of the wall clock, so that nothing is due by the real time.
    QDateTime now = QDateTime::currentDateTimeUtc().addDays(2);
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    const auto useClock = [&] {
        feed()->setClock([&now] { return now; });
    };
    useClock();
    NotificationPreferences preferences;
    preferences.reminderMinutes = 15;
    m_settings->setNotificationPreferences(preferences);
    m_window->notifications()->reloadPreferences();

    Event soon = sample(1, u"Starts soon"_s);
    soon.startsAt = now.addSecs(10 * 60);
    post(TestDeliveries::event(u"d1"_s, soon));
    // The reminder comes at once; the notification of the new event a moment later, apart.
    const NotificationServer::Notify reminder = awaitNotify(1);
    QCOMPARE(reminder.summary, u"Starts soon"_s);
    QCOMPARE(reminder.body.section(u'\n', 0, 0), u"Starts in 10 min"_s);
    const NotificationServer::Notify arrival = awaitNotify(2);
    QCOMPARE(arrival.summary, u"Starts soon"_s);
    QCOMPARE(arrival.replacesId, 0u);

    // Eventwatch restarts: the reminder is remembered.
    m_window.reset();
    openWindow();
    useClock();
    feed()->checkReminders();
    Event next = sample(2, u"Starts next"_s);
    next.startsAt = now.addSecs(12 * 60);
    post(TestDeliveries::event(u"d2"_s, next));
    QCOMPARE(awaitNotify(3).summary, u"Starts next"_s);
    QCOMPARE(m_server.notifies().at(m_before + 2).body.section(u'\n', 0, 0), u"Starts in 12 min"_s);
    QCOMPARE(awaitNotify(4).summary, u"Starts next"_s);
    feed()->checkReminders();
    QCOMPARE(m_server.notifies().size() - m_before, 4);
}

void TstDesktopNotifications::closingKeepsReceivingInTheTray()
{
    NotificationController *notifications = m_window->notifications();
    notifications->setTrayEnabled(true);
    QVERIFY(notifications->tray());
    QVERIFY(!QApplication::quitOnLastWindowClosed());
    QVERIFY2(!closeFromWindowFrame(m_window.get()), "the window closed instead of hiding");
    QVERIFY(!m_window->isVisible());
    QVERIFY(m_settings->trayHintShown());
    const NotificationServer::Notify &hint = awaitNotify(1);
    QCOMPARE(hint.summary, u"Eventwatch is still receiving"_s);

    // Still receiving, and counting what the user has not seen.
    post(TestDeliveries::event(u"d1"_s, sample(1, u"While hidden"_s)));
    QCOMPARE(awaitNotify(2).summary, u"While hidden"_s);
    QCOMPARE(notifications->unreadCount(), 1);
    QVERIFY(notifications->tray()->toolTip().contains(u"1 unread event"_s));

    // Said once only.
    Q_EMIT notifications->tray()->showRequested();
    QVERIFY(m_window->isVisible());
    QVERIFY(!closeFromWindowFrame(m_window.get()));
    QVERIFY(!m_window->isVisible());
    post(TestDeliveries::event(u"d2"_s, sample(2, u"Sentinel"_s)));
    QCOMPARE(awaitNotify(3).summary, u"Sentinel"_s);

    // The tray's Pause: nothing is told for an hour.
    Q_EMIT notifications->tray()->pauseRequested(true);
    QVERIFY(feed()->isPaused());
    QVERIFY(notifications->tray()->toolTip().contains(u"paused until"_s));
    QVERIFY(m_settings->notificationsPausedUntil().isValid());
    notifications->resume();
    QVERIFY(!feed()->isPaused());

    Q_EMIT notifications->tray()->copyUrlRequested();
    QCOMPARE(QGuiApplication::clipboard()->text(), m_receiver->webhookUrl());

    // Quit in the tray's menu closes the window instead of hiding it.
    Q_EMIT notifications->tray()->showRequested();
    QVERIFY(m_window->isVisible());
    Q_EMIT notifications->tray()->quitRequested();
    QVERIFY(!m_window->isVisible());
    notifications->setTrayEnabled(false);
    QVERIFY(QApplication::quitOnLastWindowClosed());
}

void TstDesktopNotifications::closingWithoutATrayAsksFirst()
{
    QVERIFY(!m_window->notifications()->tray());
    bool asked = false;
    answerQuitQuestion(u"Cancel"_s, &asked);
    QVERIFY2(!closeFromWindowFrame(m_window.get()), "closed although the user said Cancel");
    QVERIFY(asked);
    answerQuitQuestion(u"Quit"_s, &asked);
    QVERIFY(closeFromWindowFrame(m_window.get()));
    QVERIFY(asked);
    // Quit in the menu (or a termination signal) does not ask.
    answerQuitQuestion(u"Cancel"_s, &asked);
    QVERIFY(m_window->close());
    QVERIFY(!asked);
    QVERIFY(!m_window->isVisible());
}

void TstDesktopNotifications::headlessModeRaisesNone()
{
    const QString tokenPath = m_dir->filePath(u"token"_s);
    QFile tokenFile(tokenPath);
    QVERIFY(tokenFile.open(QIODevice::WriteOnly));
    tokenFile.write(Token);
    tokenFile.close();
    QVERIFY(tokenFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    const QString dataDir = m_dir->filePath(u"headless"_s);
    QProcess process;
    process.setProgram(QStringLiteral(EVENTWATCH_BINARY));
    process.setArguments({u"--headless"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, dataDir,
                          u"--token-file"_s, tokenPath});
    process.setReadChannel(QProcess::StandardError);
    process.start();
    QVERIFY(process.waitForStarted());
    quint16 port = 0;
    QByteArray output;
    while (port == 0 && process.waitForReadyRead(10000)) {
        output += process.readAllStandardError();
        const qsizetype at = output.indexOf("listening on http://127.0.0.1:");
        if (at >= 0)
            port = quint16(output.mid(at + 30).split('/').first().toUInt());
    }
    QVERIFY2(port != 0, output.constData());
    QCOMPARE(TestDeliveries::post(port, Token,
                                  TestDeliveries::event(u"h1"_s, sample(1, u"Headless"_s)),
                                  u"EventCreated"_s),
             200);
    // Derived: the event is in the store.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            Database reader(Database::pathIn(dataDir), Database::Mode::ReadOnly);
            QSqlQuery query(reader.open(nullptr) ? reader.connection() : QSqlDatabase());
            return query.exec(u"SELECT count(*) FROM event_records"_s) && query.next()
                   && query.value(0).toInt() == 1;
        }(),
        10000);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    // No notification was raised, and nothing ever looked for news to tell.
    QCOMPARE(m_server.notifies().size() - m_before, 0);
    QVERIFY(!QFile::exists(NotificationLedger::pathIn(dataDir)));
}

void TstDesktopNotifications::noServiceSaysSoOnce()
{
    QStatusBar *statusBar = m_window->statusBar();
    const QString expected = u"Desktop notifications are off: no notification service answers."_s;
    QSignalSpy messages(statusBar, &QStatusBar::messageChanged);
    QTRY_COMPARE(statusBar->currentMessage(), expected);
    const auto timesShown = [&] {
        return std::count_if(messages.cbegin(), messages.cend(), [&](const QList<QVariant> &args) {
            return args.at(0).toString() == expected;
        });
    };
    const auto shownAtStart = timesShown(); // 0 when it was said before the spy listened
    QVERIFY(shownAtStart <= 1);

    post(TestDeliveries::event(u"d1"_s, sample(1, u"First"_s)));
    post(TestDeliveries::event(u"d2"_s, sample(2, u"Second"_s)));
    QTRY_COMPARE(m_window->eventModel()->totalCount(), 2);
    feed()->check();
    feed()->flushNewEvents();
    DesktopNotifier *notifier = m_window->notifications()->notifier();
    QCOMPARE(notifier->pendingCalls(), 2);
    QTRY_COMPARE(notifier->pendingCalls(), 0); // both answered with an error
    QCOMPARE(timesShown(), shownAtStart);
    QCOMPARE(statusBar->currentMessage(), expected);
    // A note stays once the message is gone, without hiding where Eventwatch listens.
    const QList<QLabel *> notes = statusBar->findChildren<QLabel *>(u"notificationsOffLabel"_s);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first()->toolTip(), expected);
}

QTEST_MAIN(TstDesktopNotifications)
#include "tst_desktopnotifications.moc"
