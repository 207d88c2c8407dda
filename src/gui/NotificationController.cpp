#include "NotificationController.h"

#include "DesktopNotifier.h"
#include "Logging.h"
#include "MainWindow.h"
#include "NotificationText.h"
#include "TrayController.h"
#include "http/ReceiverService.h"
#include "notify/NotificationFeed.h"
#include "settings/Settings.h"
#include "store/NotificationLedger.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace {

constexpr qint64 PauseSeconds = 60 * 60;
constexpr int UnavailableMessageMs = 60 * 1000;
// Clicks are remembered for this many notifications; older ones are long gone from the screen.
constexpr qsizetype RememberedNotifications = 500;

} // namespace

NotificationController::NotificationController(MainWindow &window, ReceiverService &receiver,
                                               Settings &settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_receiver(receiver)
    , m_settings(settings)
    , m_feed(new NotificationFeed(receiver.databasePath(),
                                  NotificationLedger::pathIn(receiver.config().dataDir), this))
    , m_notifier(new DesktopNotifier(this))
    , m_pauseEnd(this)
{
    m_pauseEnd.setSingleShot(true);
    connect(&m_pauseEnd, &QTimer::timeout, this, &NotificationController::resume);
    connect(m_notifier, &DesktopNotifier::activated, this, &NotificationController::activate);
    connect(m_notifier, &DesktopNotifier::unavailable, this,
            &NotificationController::showUnavailable);
    connect(m_feed, &NotificationFeed::notificationReady, this, &NotificationController::show);
    connect(m_feed, &NotificationFeed::eventsArrived, this,
            &NotificationController::onEventsArrived);
    connect(&m_receiver, &ReceiverService::storeChanged, m_feed, &NotificationFeed::checkSoon);
    m_window.installEventFilter(this);
    // Added now, hidden: adding a status bar widget later shows the ones a message hides.
    m_offNote = new QLabel(tr("Notifications off"), &m_window);
    m_offNote->setObjectName(QStringLiteral("notificationsOffLabel"));
    m_offNote->hide();
    m_window.statusBar()->addPermanentWidget(m_offNote);
    openFeed();
    setTrayEnabled(TrayController::isAvailable());
}

NotificationController::~NotificationController() = default;

void NotificationController::openFeed()
{
    m_feed->setPreferences(m_settings.notificationPreferences());
    const QDateTime pausedUntil = m_settings.notificationsPausedUntil();
    if (pausedUntil > QDateTime::currentDateTimeUtc())
        setPausedUntil(pausedUntil);
    QString error;
    if (!m_feed->open(&error)) {
        qCWarning(lcNotify).noquote() << "notifications are off:" << error;
        m_window.statusBar()->showMessage(tr("Notifications are off: %1").arg(error));
        return;
    }
    // Whatever arrived while Eventwatch was closed, and reminders that are due.
    m_feed->checkSoon();
    m_feed->checkReminders();
}

void NotificationController::setTrayEnabled(bool enabled)
{
    if (enabled == (m_tray != nullptr))
        return;
    if (!enabled) {
        delete std::exchange(m_tray, nullptr);
        m_notifier->setTrayIcon(nullptr);
        QApplication::setQuitOnLastWindowClosed(true);
        return;
    }
    m_tray = new TrayController(this);
    connectTray();
    m_tray->setUnreadCount(m_unread);
    m_tray->setPausedUntil(m_feed->isPaused() ? m_feed->pausedUntil() : QDateTime());
    m_tray->show();
    m_notifier->setTrayIcon(m_tray->icon());
    // The window may be hidden in the tray: closing a dialog then must not end Eventwatch.
    QApplication::setQuitOnLastWindowClosed(false);
}

void NotificationController::connectTray()
{
    connect(m_tray, &TrayController::showRequested, this, [this] {
        m_window.showNormal();
        m_window.raise();
        m_window.activateWindow();
    });
    connect(m_tray, &TrayController::pauseRequested, this,
            [this](bool paused) { paused ? pauseForOneHour() : resume(); });
    connect(m_tray, &TrayController::copyUrlRequested, this,
            [this] { QGuiApplication::clipboard()->setText(m_window.webhookUrl()); });
    connect(m_tray, &TrayController::quitRequested, this, &NotificationController::quit);
}

// Said once in the status bar's message area, where it would hide the receiver's address if it
// stayed; a short note stays at the right.
void NotificationController::showUnavailable(const QString &reason)
{
    m_notifierUnavailable = true;
    m_offNote->setToolTip(reason);
    m_offNote->show();
    m_window.statusBar()->showMessage(reason, UnavailableMessageMs);
}

void NotificationController::reloadPreferences()
{
    m_feed->setPreferences(m_settings.notificationPreferences());
}

QList<std::pair<QString, QString>> NotificationController::spaces() const
{
    return m_feed->spaces();
}

void NotificationController::show(const EventNotification &notification)
{
    const QString key = notification.key();
    if (!m_shown.contains(key) && m_shown.size() >= RememberedNotifications)
        m_shown.clear(); // rare: the oldest are long gone from the screen
    m_shown.insert(key, notification);
    m_notifier->notify(key, NotificationText::summary(notification),
                       NotificationText::body(notification));
}

void NotificationController::activate(const QString &key)
{
    const auto shown = m_shown.constFind(key);
    if (shown == m_shown.cend())
        return;
    if (shown->kind == EventNotification::Kind::NewEvents)
        m_window.showEventRange(shown->firstRowId, shown->lastRowId);
    else
        m_window.revealEvent(shown->event.rowId);
}

void NotificationController::onEventsArrived(int count)
{
    // What arrives while the user looks at the window is read.
    if (m_window.isVisible() && m_window.isActiveWindow())
        return;
    setUnread(m_unread + count);
}

void NotificationController::setUnread(int count)
{
    m_unread = count;
    if (m_tray)
        m_tray->setUnreadCount(count);
}

bool NotificationController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::WindowActivate)
        setUnread(0);
    return QObject::eventFilter(watched, event);
}

void NotificationController::pauseForOneHour()
{
    const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(PauseSeconds);
    setPausedUntil(until);
    m_settings.setNotificationsPausedUntil(until);
    m_settings.sync();
}

void NotificationController::resume()
{
    setPausedUntil(QDateTime());
    m_settings.setNotificationsPausedUntil(QDateTime());
    m_settings.sync();
}

void NotificationController::setPausedUntil(const QDateTime &instant)
{
    m_feed->pauseUntil(instant);
    if (m_tray)
        m_tray->setPausedUntil(instant);
    if (instant.isValid())
        m_pauseEnd.start(
            std::chrono::milliseconds(QDateTime::currentDateTimeUtc().msecsTo(instant)));
    else
        m_pauseEnd.stop();
}

void NotificationController::quit()
{
    m_window.close(); // a close from the program: never into the tray
}

bool NotificationController::allowClose(const QCloseEvent &event)
{
    // Only the window frame's close button (or the window manager) sends a spontaneous close;
    // Quit in a menu, in the tray and a termination signal close the window from the program.
    if (!event.spontaneous()) {
        if (m_tray)
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        return true;
    }
    if (m_tray) {
        m_window.hide();
        tellAboutTray();
        return false;
    }
    return !m_receiver.isRunning() || askBeforeQuitting();
}

void NotificationController::tellAboutTray()
{
    if (m_settings.trayHintShown())
        return;
    m_settings.setTrayHintShown(true);
    m_settings.sync();
    const QString title = tr("Eventwatch is still receiving");
    const QString text = tr("It keeps running in the system tray. To quit, choose Quit in the "
                            "tray icon's menu.");
    // The tray's own message needs no notification service.
    if (m_notifierUnavailable)
        m_tray->icon()->showMessage(title, text);
    else
        m_notifier->notify(QStringLiteral("tray"), title, text);
}

bool NotificationController::askBeforeQuitting()
{
    QMessageBox box(QMessageBox::Question, tr("Quit Eventwatch?"),
                    tr("While Eventwatch is not running, deliveries from Mighty Networks are "
                       "refused. Mighty Networks retries them for a few hours."),
                    QMessageBox::Cancel, &m_window);
    box.setObjectName(QStringLiteral("quitQuestion"));
    QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::AcceptRole);
    box.setDefaultButton(quit);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(quit);
}
