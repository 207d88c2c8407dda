#pragma once

#include <QDateTime>
#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

// The icon in the system tray while Eventwatch runs: the unread count in its tooltip, a click
// shows the window, and its menu offers Show, Pause notifications for 1 hour, Copy webhook URL
// and Quit. It only reports what the user chose; the owner acts on it.
class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    explicit TrayController(QObject *parent = nullptr);
    ~TrayController() override;

    // Whether the desktop has a tray to put an icon in.
    static bool isAvailable();

    void show();
    bool isVisible() const;
    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }

    void setUnreadCount(int count);
    // Invalid: not paused.
    void setPausedUntil(const QDateTime &instant);
    QString toolTip() const;

Q_SIGNALS:
    void showRequested();
    // Paused for an hour when paused is true; resumed otherwise.
    void pauseRequested(bool paused);
    void copyUrlRequested();
    void quitRequested();

private:
    void updateToolTip();

    QMenu *m_menu = nullptr;
    QSystemTrayIcon *m_icon = nullptr;
    QAction *m_pauseAction = nullptr;
    int m_unread = 0;
    QDateTime m_pausedUntil;
};
