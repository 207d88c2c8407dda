#pragma once

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>
#include <QScopedPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

class AvatarCache;
class CalendarFeedPanel;
class Database;
class EventTableModel;
class FirstRunWizard;
class NotificationController;
class PublicUrlCheck;
class PublicUrlPanel;
class QLabel;
class QModelIndex;
class ReceiverService;
struct ReceiverConfig;
class Settings;
class SettingsDialog;
class TestDeliverySender;
class TunnelController;
class WebhookTokenController;

namespace Ui {
class MainWindow;
}

// The window a community manager keeps open all day: the events that arrived, the filter bar,
// the details of the selected event, every delivery, and the receiver's state.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The receiver runs (or failed to start) before the window opens; the window follows it.
    // When the token comes from the keychain, the receiver starts once tokens has read it.
    MainWindow(ReceiverService &receiver, Settings &settings, WebhookTokenController &tokens,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Saves the window's state and quits without asking: for a termination signal.
    void quitNow();

    // Shows why the receiver is not running, where the user is looking.
    void showReceiverError(const QString &message);
    EventTableModel *eventModel() const { return m_model; }
    NotificationController *notifications() const { return m_notifications; }
    // The address Mighty Networks reaches Eventwatch at (http(s)://host[:port], no path): the
    // public URL when one is known, else where the receiver listens.
    QUrl publicBaseUrl() const;
    // publicBaseUrl() plus the webhook path: what the user pastes into Mighty Networks.
    QString webhookUrl() const;
    // Follows a change of the public URL settings (Settings::tunnelProvider and friends).
    void applyTunnelSettings();
    // The tunnel in front of the receiver (ngrok or cloudflared), for its state.
    TunnelController *tunnel() const { return m_tunnel; }
    // Posts a test delivery to the public webhook URL and tells whether it came back in, or
    // which hop failed.
    void checkFromOutside();

    // Brings the window up with the event selected, clearing the filters if they hide it.
    void revealEvent(qint64 rowId);
    // Brings the window up showing only the events stored under these rowids.
    void showEventRange(qint64 firstRowId, qint64 lastRowId);

    // The guide to connecting Mighty Networks (Help → Connect Mighty Networks…), beside the
    // window; raised when it is open already.
    void openConnectGuide();
    // Opens the guide when it was never finished nor skipped and the store holds no event yet:
    // on the window's first start.
    void openConnectGuideOnFirstRun();
    // Moves the receiver to another port; when that fails it stays where it was and error says
    // why.
    bool listenOn(quint16 port, QString *error);

Q_SIGNALS:
    // publicBaseUrl() changed: the receiver moved, or a public URL became known or was lost.
    void publicBaseUrlChanged(const QUrl &url);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupTable();
    void setupStatusBar();
    void setupActions();
    void connectReceiver();
    void openStore();
    void restoreWindowState();
    void saveWindowState();
    void showColumnMenu(const QPoint &position);
    void sizeColumnsOnce();

    void onCountsChanged(qint64 shown, qint64 total);
    void onCurrentRowChanged(const QModelIndex &current);
    void onDeliveriesStored(int stored, int duplicates);
    void onDeliveryRefused(int status, const QString &reason);
    void showLastDelivery(const QDateTime &instant);
    void refreshFacets();
    void openDetails();
    void copySelectedRows();
    void exportEvents();
    void openSettings();
    void sendTestDelivery();
    void openDataFolder();
    void showAbout();

    void applyToken(const QByteArray &token);
    bool reconfigureReceiver(const ReceiverConfig &config, QString *error);
    void updateReceiverState();
    void announcePublicBaseUrl();
    void showNotReceiving();
    void updateTokenState();
    void showMessage(const QString &text, bool isError);
    void bringToFront();
    void continueReveal();
    void setupCalendarFeed();
    CalendarFeedPanel *calendarFeedPanel(QWidget *parent);

    QScopedPointer<Ui::MainWindow> m_ui;
    ReceiverService &m_receiver;
    Settings &m_settings;
    WebhookTokenController &m_tokens;
    bool m_quitRequested = false;
    EventTableModel *m_model = nullptr;
    std::unique_ptr<Database> m_reader; // details and pickers, on this thread
    AvatarCache *m_avatars = nullptr;
    TestDeliverySender *m_testSender = nullptr;
    QTimer m_refreshTimer;
    QTimer m_facetTimer;
    QLabel *m_listenLabel = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_lastDeliveryLabel = nullptr;
    QString m_receiverError;
    QDateTime m_lastDelivery;
    qint64 m_shownDetailsRowId = 0;
    NotificationController *m_notifications = nullptr;
    qint64 m_revealRowId = 0; // waiting to be selected once the table shows it
    int m_revealTries = 0;
    bool m_columnsSized = false;
    QUrl m_announcedBaseUrl; // the last publicBaseUrl() told through publicBaseUrlChanged
    QPointer<FirstRunWizard> m_connectGuide;

    void setupTunnel();
    void followTunnel();
    void updateTunnelState();
    void onCheckFinished(bool passed, const QString &message);
    PublicUrlPanel *addPublicUrlPage(SettingsDialog &dialog);

    TunnelController *m_tunnel = nullptr;
    PublicUrlCheck *m_publicUrlCheck = nullptr;
    QLabel *m_tunnelLabel = nullptr;
    QPointer<PublicUrlPanel> m_publicUrlPanel;      // while the settings show it
    WebhookTokenController *m_feedTokens = nullptr; // the calendar feed's token
};
