#include "TrayController.h"

#include "DateTimeText.h"

#include <QAction>
#include <QApplication>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <QSystemTrayIcon>

namespace {

QIcon applicationIcon()
{
    const QIcon fallback = QApplication::windowIcon().isNull()
                               ? QApplication::style()->standardIcon(QStyle::SP_ComputerIcon)
                               : QApplication::windowIcon();
    return QIcon::fromTheme(QStringLiteral(EVENTWATCH_APP_ID), fallback);
}

} // namespace

TrayController::TrayController(QObject *parent)
    : QObject(parent)
    , m_menu(new QMenu)
    , m_icon(new QSystemTrayIcon(applicationIcon(), this))
{
    QAction *show = m_menu->addAction(tr("&Show Eventwatch"));
    m_pauseAction = m_menu->addAction(tr("&Pause Notifications for 1 Hour"));
    m_pauseAction->setCheckable(true);
    QAction *copyUrl = m_menu->addAction(tr("&Copy Webhook URL"));
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    connect(show, &QAction::triggered, this, &TrayController::showRequested);
    connect(m_pauseAction, &QAction::triggered, this, &TrayController::pauseRequested);
    connect(copyUrl, &QAction::triggered, this, &TrayController::copyUrlRequested);
    connect(quit, &QAction::triggered, this, &TrayController::quitRequested);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT showRequested();
            });
    updateToolTip();
}

// The menu has no parent widget (a tray menu must not belong to a window), so it is deleted here.
TrayController::~TrayController()
{
    delete m_menu;
}

bool TrayController::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayController::show()
{
    m_icon->show();
}

bool TrayController::isVisible() const
{
    return m_icon->isVisible();
}

void TrayController::setUnreadCount(int count)
{
    m_unread = count;
    updateToolTip();
}

void TrayController::setPausedUntil(const QDateTime &instant)
{
    m_pausedUntil = instant;
    m_pauseAction->setChecked(instant.isValid());
    updateToolTip();
}

QString TrayController::toolTip() const
{
    return m_icon->toolTip();
}

void TrayController::updateToolTip()
{
    QStringList lines = {QStringLiteral("Eventwatch")};
    if (m_unread == 0)
        lines << tr("No unread events");
    else if (m_unread == 1)
        lines << tr("1 unread event");
    else
        lines << tr("%n unread events", "two or more", m_unread);
    if (m_pausedUntil.isValid())
        lines << tr("Notifications paused until %1")
                     .arg(DateTimeText::time(m_pausedUntil.toLocalTime().time()));
    m_icon->setToolTip(lines.join(u'\n'));
}
