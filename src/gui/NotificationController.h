#pragma once

#include "notify/EventNotification.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

class DesktopNotifier;
class MainWindow;
class NotificationFeed;
class QCloseEvent;
class QLabel;
class ReceiverService;
class Settings;
class TrayController;

// Connects what the store says is new (NotificationFeed) to the desktop: notifications through
// DesktopNotifier, whose clicks bring the window up with the event selected, and the tray icon
// with its unread count and menu. It also decides what closing the window means: with a tray,
// Eventwatch keeps receiving there; without one, the user is asked before it quits.
//
// Only the window creates one; headless mode never raises a notification.
class NotificationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationController)

public:
    NotificationController(MainWindow &window, ReceiverService &receiver, Settings &settings,
                           QObject *parent = nullptr);
    ~NotificationController() override;

    NotificationFeed *feed() const { return m_feed; }
    DesktopNotifier *notifier() const { return m_notifier; }
    TrayController *tray() const { return m_tray; }
    int unreadCount() const { return m_unread; }

    // Puts the icon in the tray, or takes it away. On by default when the desktop has a tray.
    void setTrayEnabled(bool enabled);
    // The preferences in the settings, read again after the user changed them.
    void reloadPreferences();
    // The spaces to offer for muting, as (id, name).
    QList<std::pair<QString, QString>> spaces() const;

    // Called by the window's closeEvent(): true when the window may close (and Eventwatch quit).
    // A close the user asked for from the window's frame hides the window into the tray, or
    // asks before quitting when there is no tray; Quit in a menu or a signal quits at once.
    bool allowClose(const QCloseEvent &event);

public Q_SLOTS:
    // Quits Eventwatch, whatever closing the window would do.
    void quit();
    void pauseForOneHour();
    void resume();

private:
    void openFeed();
    void connectTray();
    void show(const EventNotification &notification);
    void activate(const QString &key);
    void showUnavailable(const QString &reason);
    void onEventsArrived(int count);
    void setPausedUntil(const QDateTime &instant);
    void setUnread(int count);
    void tellAboutTray();
    bool askBeforeQuitting();
    bool eventFilter(QObject *watched, QEvent *event) override;

    MainWindow &m_window;
    ReceiverService &m_receiver;
    Settings &m_settings;
    NotificationFeed *m_feed = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    TrayController *m_tray = nullptr;
    QLabel *m_offNote = nullptr;               // "Notifications off" in the status bar
    QHash<QString, EventNotification> m_shown; // by key, for their clicks
    QTimer m_pauseEnd;
    int m_unread = 0;
    bool m_notifierUnavailable = false;
};
