#include "DesktopNotifier.h"

#include "Logging.h"

#include <QSystemTrayIcon>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#define EVENTWATCH_FREEDESKTOP_NOTIFICATIONS 1
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

#ifdef EVENTWATCH_FREEDESKTOP_NOTIFICATIONS
const QString Service = u"org.freedesktop.Notifications"_s;
const QString Path = u"/org/freedesktop/Notifications"_s;
const QString Interface = u"org.freedesktop.Notifications"_s;
// Urgency hint: 0 low, 1 normal, 2 critical. A new event is news, not an alarm.
constexpr uchar NormalUrgency = 1;
#endif

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
#ifdef EVENTWATCH_FREEDESKTOP_NOTIFICATIONS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        bus.connect(Service, Path, Interface, u"ActionInvoked"_s, this,
                    SLOT(onActionInvoked(uint, QString)));
        bus.connect(Service, Path, Interface, u"NotificationClosed"_s, this,
                    SLOT(onNotificationClosed(uint, uint)));
    }
    // Asked at once, so that the user learns at start, not at the first event, that
    // notifications cannot be shown. Reported after the constructor, once the owner listens.
    QMetaObject::invokeMethod(this, &DesktopNotifier::askCapabilities, Qt::QueuedConnection);
#endif
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::setTrayIcon(QSystemTrayIcon *tray)
{
    if (m_tray)
        disconnect(m_tray, nullptr, this, nullptr);
    m_tray = tray;
#ifndef EVENTWATCH_FREEDESKTOP_NOTIFICATIONS
    if (m_tray)
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastTrayKey.isEmpty())
                Q_EMIT activated(m_lastTrayKey);
        });
#endif
}

void DesktopNotifier::notify(const QString &key, const QString &summary, const QString &body)
{
    const Content content{summary, body};
    if (m_inFlight.contains(key)) {
        m_queue.insert(key, content); // sent once the first call tells which id to replace
        return;
    }
    send(key, content);
}

#ifdef EVENTWATCH_FREEDESKTOP_NOTIFICATIONS

void DesktopNotifier::send(const QString &key, const Content &content)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        reportUnavailable(bus.lastError().message());
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, u"Notify"_s);
    const QVariantMap hints = {
        {u"desktop-entry"_s, QStringLiteral(EVENTWATCH_APP_ID)},
        {u"urgency"_s, QVariant::fromValue(NormalUrgency)},
    };
    call << appName() << m_ids.value(key, 0u) << QStringLiteral(EVENTWATCH_APP_ID)
         << content.summary << (m_escapeBody ? content.body.toHtmlEscaped() : content.body)
         << QStringList{defaultAction(), tr("Show")} << hints << -1;
    m_inFlight.insert(key);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, key](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                m_inFlight.remove(key);
                if (reply.isError()) {
                    m_queue.remove(key);
                    reportUnavailable(reply.error().message());
                    return;
                }
                onSent(key, reply.value());
            });
}

void DesktopNotifier::onSent(const QString &key, uint id)
{
    const uint previous = m_ids.value(key, 0u);
    if (previous != 0 && previous != id)
        m_keys.remove(previous);
    m_ids.insert(key, id);
    m_keys.insert(id, key);
    if (m_queue.contains(key))
        send(key, m_queue.take(key));
}

void DesktopNotifier::askCapabilities()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        reportUnavailable(bus.lastError().message());
        return;
    }
    const QDBusMessage call =
        QDBusMessage::createMethodCall(Service, Path, Interface, u"GetCapabilities"_s);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<QStringList> reply = *finished;
                if (reply.isError()) {
                    reportUnavailable(reply.error().message());
                    return;
                }
                // Servers without markup show text as it is: escaping would show "&amp;".
                m_escapeBody = reply.value().contains(u"body-markup"_s);
            });
}

#else // Windows, macOS: the tray icon's messages.

void DesktopNotifier::send(const QString &key, const Content &content)
{
    if (!m_tray || !m_tray->isVisible() || !QSystemTrayIcon::supportsMessages()) {
        reportUnavailable(tr("there is no notification area"));
        return;
    }
    m_lastTrayKey = key;
    m_tray->showMessage(content.summary, content.body, m_tray->icon());
}

void DesktopNotifier::onSent(const QString &, uint) {}

void DesktopNotifier::askCapabilities() {}

#endif

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const QString key = m_keys.value(id);
    if (key.isEmpty())
        return; // another program's notification
    qCDebug(lcNotify) << "notification" << id << "action" << actionKey;
    Q_EMIT activated(key);
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    // A later notification for the key is a new one: there is nothing left to replace.
    const QString key = m_keys.take(id);
    if (!key.isEmpty() && m_ids.value(key) == id)
        m_ids.remove(key);
}

void DesktopNotifier::reportUnavailable(const QString &detail)
{
    if (std::exchange(m_reported, true))
        return;
    qCWarning(lcNotify).noquote() << "no notification service:" << detail;
    Q_EMIT unavailable(tr("Desktop notifications are off: no notification service answers."));
}
