#pragma once

#include "BackgroundThread.h"
#include "http/ReceiverConfig.h"

#include <QObject>
#include <QThread>
#include <QUrl>

class CalendarFeed;
class DeliveryWriter;
class WalCheckpointer;
class WebhookServer;

// The whole receiver: the HTTP server on one thread, the database writer on another, so that
// nothing the caller's thread does (a busy window) delays an answer.
class ReceiverService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiverService)

public:
    explicit ReceiverService(ReceiverConfig config, QObject *parent = nullptr);
    ~ReceiverService() override;

    // Opens the store and binds the port; blocks the caller only for that. On failure returns
    // false with a one-line reason.
    bool start(QString *error);
    // Creates the data directory and the database (or brings it up to date) without receiving,
    // so the window can show the store before the receiver has its token.
    bool prepareStore(QString *error) const;
    // Stops accepting, answers what is in flight, then stops both threads.
    void stop();
    // Restarts with other settings (a new port, say). When that fails the receiver goes back to
    // the settings it had, and error says why.
    bool reconfigure(const ReceiverConfig &config, QString *error);
    const ReceiverConfig &config() const { return m_config; }
    // Opens GET /calendar.ics with token from the next request on (empty closes it), without
    // a restart: deliveries in flight are not disturbed.
    void setFeedToken(const QByteArray &token);

    bool isRunning() const { return m_running; }
    quint16 port() const { return m_port; }
    // Where the receiver listens, as http://host:port (no path).
    QUrl baseUrl() const;
    QString webhookUrl() const;
    QString databasePath() const;
    // For tests and the status bar; asks the server thread.
    int activeConnections() const;

Q_SIGNALS:
    // Emitted on the caller's thread after a commit.
    void deliveriesStored(int stored, int duplicates);
    // Emitted on the caller's thread when a request was answered with an error.
    void deliveryRefused(int status, const QString &reason);
    // Events, members, spaces or RSVPs changed in the store.
    void storeChanged();

private:
    bool startCheckpointer(QString *error);
    bool startFeed(QString *error);

    ReceiverConfig m_config;
    QThread m_serverThread;
    QThread m_writerThread;
    BackgroundThread m_checkpointThread;
    BackgroundThread m_feedThread;
    DeliveryWriter *m_writer = nullptr;
    WalCheckpointer *m_checkpointer = nullptr;
    CalendarFeed *m_feed = nullptr;
    WebhookServer *m_server = nullptr;
    quint16 m_port = 0;
    bool m_running = false;
};
