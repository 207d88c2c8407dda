#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class QSystemTrayIcon;

// Shows desktop notifications and tells which one the user clicked.
//
// On Linux and the BSDs it calls the freedesktop.org notification service
// (org.freedesktop.Notifications) over D-Bus, which works with or without a system tray. On
// Windows and macOS it shows the tray icon's messages (QSystemTrayIcon::showMessage), which is
// what those systems turn into their own notifications.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // The action every notification offers; the service invokes it on a click.
    static QString defaultAction() { return QStringLiteral("default"); }
    // The application name every notification carries.
    static QString appName() { return QStringLiteral("Eventwatch"); }

    // Where there is no notification service, the tray icon shows the messages.
    void setTrayIcon(QSystemTrayIcon *tray);

    // Shows a notification, replacing the one shown under the same key if it is still there.
    // body is plain text.
    void notify(const QString &key, const QString &summary, const QString &body);
    // Notify calls sent and not answered yet.
    qsizetype pendingCalls() const { return m_inFlight.size(); }

Q_SIGNALS:
    // The user clicked the notification shown under key (or its "Show" button).
    void activated(const QString &key);
    // No notification service answered; reason is one line for the user. Emitted once.
    void unavailable(const QString &reason);

private Q_SLOTS:
    // Signals of org.freedesktop.Notifications, for every client on the bus.
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    struct Content
    {
        QString summary;
        QString body;
    };

    void send(const QString &key, const Content &content);
    void onSent(const QString &key, uint id);
    void askCapabilities();
    void reportUnavailable(const QString &detail);

    QPointer<QSystemTrayIcon> m_tray;
    QString m_lastTrayKey;
    QHash<QString, uint> m_ids;      // key -> id of the notification shown for it
    QHash<uint, QString> m_keys;     // id -> key
    QHash<QString, Content> m_queue; // shown while the call for the same key was on its way
    QSet<QString> m_inFlight;        // keys with a Notify call awaiting its id
    bool m_escapeBody = true;        // until the service says it shows plain text only
    bool m_reported = false;
};
