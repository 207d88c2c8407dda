#pragma once

#include "feed/FeedAnswer.h"
#include "http/BearerToken.h"
#include "http/ReceiverConfig.h"
#include "store/Refusal.h"
#include "store/StoreOutcome.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <map>

class CalendarFeed;
class ConnectionGuard;
class DeliveryWriter;
class QHttpServerRequest;

// The HTTP side of the receiver: routes, authentication and exact answers. Lives on the
// receiver's thread. A delivery is answered 200 only once the writer reports it durable.
class WebhookServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookServer)

public:
    static constexpr QLatin1StringView WebhookPath{"/webhooks/mighty-networks"};

    WebhookServer(const ReceiverConfig &config, DeliveryWriter *writer, QObject *parent = nullptr);
    ~WebhookServer() override;

    // Returns the port listened on, or 0 with error set.
    quint16 listen(QString *error);
    // Stops accepting connections; open connections are still answered.
    void stopListening();
    // Writes out what the sockets still hold (used when shutting down).
    void flushConnections();
    int activeConnections() const;

    void answerStored(const QList<StoreOutcome> &outcomes);

    // Where GET /calendar.ics is built (on a thread of its own); set before listen().
    void setCalendarFeed(CalendarFeed *feed);
    // A new feed token takes effect with the next request; empty closes the feed (404).
    void setFeedToken(const QByteArray &token);
    void answerFeed(const FeedAnswer &answer);

Q_SIGNALS:
    // After each commit: how many new deliveries and how many retries were stored.
    void deliveriesStored(int stored, int duplicates);
    void deliveryRefused(int status, const QString &reason);

private:
    struct WaitingAnswer
    {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        QString eventId;
    };

    struct WaitingFeed
    {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        bool withBody = true; // false for HEAD
    };

    // An answer as written, for a connection that stays open and for one the client closes.
    struct PreparedAnswer
    {
        QByteArray keepAlive;
        QByteArray close;
    };

    void registerRoutes();
    void handleWebhook(const QString &pathType, const QHttpServerRequest &request,
                       QHttpServerResponder &&responder);
    void handleHealth(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleFeed(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleMissing(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    bool isAuthorized(const QHttpServerRequest &request) const;
    void refuse(const QHttpServerRequest &request, QHttpServerResponder &responder, int status,
                const QString &reason,
                const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    void answer(QTcpSocket *socket, int status, const QByteArray &json,
                const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    void answer(QTcpSocket *socket, const PreparedAnswer &prepared);
    static PreparedAnswer prepare(int status, const QByteArray &json,
                                  const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    QString remoteAddressOf(const QHttpServerRequest &request) const;

    ReceiverConfig m_config;
    BearerToken m_token;
    BearerToken m_feedToken;
    // Every stored delivery gets one of these: built once.
    PreparedAnswer m_storedAnswer;
    PreparedAnswer m_duplicateAnswer;
    DeliveryWriter *m_writer;
    QHttpServer m_http;
    ConnectionGuard *m_guard = nullptr;
    std::map<quint64, WaitingAnswer> m_waiting;
    quint64 m_nextTicket = 1;
    CalendarFeed *m_feed = nullptr;
    std::map<quint64, WaitingFeed> m_waitingFeeds;
};
