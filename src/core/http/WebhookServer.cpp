#include "http/WebhookServer.h"

#include "Logging.h"
#include "domain/DeliveryParser.h"
#include "feed/CalendarFeed.h"
#include "http/ConnectionGuard.h"
#include "http/HttpAnswer.h"
#include "store/DeliveryWriter.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QUrlQuery>

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// QHttpServerRequest looks header names up case-insensitively.
QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    return request.value(name);
}

// A missing (or empty) Content-Type is accepted; otherwise it must be application/json,
// parameters such as charset allowed.
bool isAcceptableContentType(const QHttpServerRequest &request)
{
    const QByteArray value = headerValue(request, "content-type");
    if (value.trimmed().isEmpty())
        return true;
    const qsizetype semicolon = value.indexOf(';');
    const QByteArray mediaType = (semicolon < 0 ? value : value.first(semicolon)).trimmed();
    return mediaType.compare("application/json", Qt::CaseInsensitive) == 0;
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        break;
    }
    return QStringLiteral("OTHER");
}

QString statusLogLine(const QString &eventId, const QString &type, int status,
                      const QString &detail)
{
    return QStringLiteral("delivery %1 type %2: %3 %4").arg(eventId, type).arg(status).arg(detail);
}

} // namespace

WebhookServer::WebhookServer(const ReceiverConfig &config, DeliveryWriter *writer, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_token(config.token)
    , m_feedToken(config.feedToken)
    , m_storedAnswer(prepare(200, R"({"status":"stored"})"))
    , m_duplicateAnswer(prepare(200, R"({"status":"duplicate"})"))
    , m_writer(writer)
    , m_http(this)
{
    registerRoutes();
}

WebhookServer::~WebhookServer() = default;

void WebhookServer::registerRoutes()
{
    m_http.route(QString(WebhookPath),
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     handleWebhook({}, request, std::move(responder));
                 });
    m_http.route(QString(WebhookPath) + QStringLiteral("/<arg>"),
                 [this](const QString &type, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
                     handleWebhook(type, request, std::move(responder));
                 });
    m_http.route(QString(CalendarFeed::Path),
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     handleFeed(request, std::move(responder));
                 });
    m_http.route(QStringLiteral("/healthz"),
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     handleHealth(request, std::move(responder));
                 });
    m_http.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handleMissing(request, std::move(responder));
        });
}

quint16 WebhookServer::listen(QString *error)
{
    GuardedConnection::Settings settings;
    settings.limits.maxBodyBytes = m_config.maxBodyBytes;
    settings.limits.maxHeaderBytes = m_config.maxHeaderBytes;
    settings.idleTimeout = m_config.idleTimeout;
    settings.headerTimeout = m_config.headerTimeout;
    auto guard = std::make_unique<ConnectionGuard>(settings, m_config.maxConnections);
    if (!guard->listen(m_config.bindAddress, m_config.port)) {
        if (error)
            *error = QCoreApplication::translate("WebhookServer", "cannot listen on %1:%2: %3")
                         .arg(m_config.bindAddress.toString())
                         .arg(m_config.port)
                         .arg(guard->errorString());
        return 0;
    }
    connect(guard.get(), &ConnectionGuard::refused, this,
            [this](int status, const QString &reason, const QHostAddress &peer) {
                qCInfo(lcHttp).noquote()
                    << "refused" << status << reason << "from" << peer.toString();
                m_writer->enqueueRefusal(
                    {QDateTime::currentDateTimeUtc(), status, reason, {}, {}, peer.toString()});
                Q_EMIT deliveryRefused(status, reason);
            });
    m_guard = guard.release();
    m_http.bind(m_guard); // takes ownership
    return m_guard->serverPort();
}

void WebhookServer::stopListening()
{
    if (m_guard)
        m_guard->close();
}

void WebhookServer::flushConnections()
{
    if (!m_guard)
        return;
    const auto sockets = m_guard->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets) {
        socket->flush();
        if (socket->bytesToWrite() > 0)
            socket->waitForBytesWritten(200);
    }
}

int WebhookServer::activeConnections() const
{
    return m_guard ? m_guard->activeConnections() : 0;
}

void WebhookServer::handleWebhook(const QString &pathType, const QHttpServerRequest &request,
                                  QHttpServerResponder &&responder)
{
    if (request.method() != QHttpServerRequest::Method::Post) {
        refuse(request, responder, 405, QStringLiteral("use POST"), {{"Allow", "POST"}});
        return;
    }
    if (!pathType.isEmpty() && !DeliveryParser::isWebhookTypeName(pathType)) {
        refuse(request, responder, 404, QStringLiteral("unknown webhook type in the path"));
        return;
    }
    if (!isAuthorized(request)) {
        refuse(request, responder, 401, QStringLiteral("missing or wrong bearer token"),
               {{"WWW-Authenticate", "Bearer"}});
        return;
    }
    if (!isAcceptableContentType(request)) {
        refuse(request, responder, 415, QStringLiteral("Content-Type must be application/json"));
        return;
    }
    const QByteArray body = request.body();
    if (body.size() > m_config.maxBodyBytes) {
        refuse(request, responder, 413, QStringLiteral("request body larger than the limit"));
        return;
    }
    DeliveryParser::Result parsed = DeliveryParser::parse(body, pathType);
    if (!parsed.envelope) {
        refuse(request, responder, 400, parsed.error);
        return;
    }
    const quint64 ticket = m_nextTicket++;
    QTcpSocket *socket = responder.socket();
    m_waiting.emplace(ticket,
                      WaitingAnswer{std::move(responder), socket, parsed.envelope->eventId});
    m_writer->enqueue({ticket, std::move(*parsed.envelope), body, QDateTime::currentDateTimeUtc(),
                       remoteAddressOf(request)});
}

void WebhookServer::answerStored(const QList<StoreOutcome> &outcomes)
{
    // One log line and one signal per commit, not per delivery: under a burst of retries the
    // acknowledgement path stays lean.
    const bool logging = lcHttp().isInfoEnabled();
    QString stored;
    int storedCount = 0;
    int duplicates = 0;
    for (const StoreOutcome &outcome : outcomes) {
        auto it = m_waiting.find(outcome.ticket);
        if (it == m_waiting.end())
            continue;
        WaitingAnswer waiting = std::move(it->second);
        m_waiting.erase(it);
        switch (outcome.result) {
        case StoreOutcome::Result::Stored:
        case StoreOutcome::Result::Duplicate: {
            const bool duplicate = outcome.result == StoreOutcome::Result::Duplicate;
            duplicates += duplicate ? 1 : 0;
            ++storedCount;
            if (logging) {
                if (!stored.isEmpty())
                    stored += u", ";
                stored += waiting.eventId + u' ' + outcome.type;
                if (duplicate)
                    stored += u" (retry, already stored)";
            }
            answer(waiting.socket, duplicate ? m_duplicateAnswer : m_storedAnswer);
            break;
        }
        case StoreOutcome::Result::Failed:
            qCWarning(lcHttp).noquote()
                << statusLogLine(waiting.eventId, outcome.type, 503, outcome.error);
            answer(waiting.socket, 503,
                   HttpAnswer::errorBody(
                       QStringLiteral("the delivery could not be stored; retry later")),
                   {{"Retry-After", "30"}});
            break;
        }
    }
    if (storedCount == 0)
        return;
    qCInfo(lcHttp).noquote() << "200 stored" << storedCount << "deliveries:" << stored;
    Q_EMIT deliveriesStored(storedCount - duplicates, duplicates);
}

void WebhookServer::handleHealth(const QHttpServerRequest &request,
                                 QHttpServerResponder &&responder)
{
    if (request.method() != QHttpServerRequest::Method::Get) {
        refuse(request, responder, 405, QStringLiteral("use GET"), {{"Allow", "GET"}});
        return;
    }
    answer(responder.socket(), 200, R"({"status":"ok"})");
}

void WebhookServer::setCalendarFeed(CalendarFeed *feed)
{
    m_feed = feed;
}

void WebhookServer::setFeedToken(const QByteArray &token)
{
    m_feedToken = BearerToken(token);
}

void WebhookServer::handleFeed(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    // Without a feed token there is no feed: nothing tells a prober that one could exist. (The
    // route's pattern is a regular expression, in which the '.' matches any character.)
    if (!m_feed || !m_feedToken.isSet() || request.url().path() != CalendarFeed::Path) {
        handleMissing(request, std::move(responder));
        return;
    }
    const auto method = request.method();
    if (method != QHttpServerRequest::Method::Get && method != QHttpServerRequest::Method::Head) {
        refuse(request, responder, 405, QStringLiteral("use GET"), {{"Allow", "GET, HEAD"}});
        return;
    }
    // Only the query: calendar applications cannot send an Authorization header. refuse()
    // records the path alone, so the token in the query never reaches a log or the store.
    const QUrlQuery query(request.url());
    if (!m_feedToken.matchesToken(
            query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toUtf8())) {
        refuse(request, responder, 401, QStringLiteral("missing or wrong feed token"));
        return;
    }
    if (m_waitingFeeds.size() >= std::size_t(m_config.feedLimits.maxWaiting)) {
        refuse(request, responder, 503, QStringLiteral("the calendar is busy; retry later"),
               {{"Retry-After", "30"}});
        return;
    }
    const quint64 ticket = m_nextTicket++;
    FeedRequest feedRequest{
        ticket, query.queryItemValue(QStringLiteral("space"), QUrl::FullyDecoded),
        headerValue(request, "if-none-match"), headerValue(request, "if-modified-since")};
    QTcpSocket *socket = responder.socket();
    m_waitingFeeds.emplace(ticket, WaitingFeed{std::move(responder), socket,
                                               method != QHttpServerRequest::Method::Head});
    QMetaObject::invokeMethod(m_feed, [feed = m_feed, feedRequest] { feed->build(feedRequest); });
}

void WebhookServer::answerFeed(const FeedAnswer &answer)
{
    auto it = m_waitingFeeds.find(answer.ticket);
    if (it == m_waitingFeeds.end())
        return;
    WaitingFeed waiting = std::move(it->second);
    m_waitingFeeds.erase(it);
    QTcpSocket *socket = waiting.socket;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    GuardedConnection *connection = GuardedConnection::of(socket);
    socket->write(HttpAnswer::raw(answer.status, answer.contentType, answer.body, answer.headers,
                                  connection && connection->closeRequested(), waiting.withBody));
    if (connection)
        connection->answerWritten();
}

void WebhookServer::handleMissing(const QHttpServerRequest &request,
                                  QHttpServerResponder &&responder)
{
    refuse(request, responder, 404, QStringLiteral("not found"));
}

bool WebhookServer::isAuthorized(const QHttpServerRequest &request) const
{
    if (m_config.token.isEmpty())
        return m_config.allowNoAuth;
    return m_token.matches(headerValue(request, "authorization"));
}

void WebhookServer::refuse(const QHttpServerRequest &request, QHttpServerResponder &responder,
                           int status, const QString &reason, const Headers &headers)
{
    const QString path = request.url().path();
    const QString remote = remoteAddressOf(request);
    qCInfo(lcHttp).noquote() << "refused" << status << methodName(request.method()) << path
                             << "from" << remote << "-" << reason;
    m_writer->enqueueRefusal({QDateTime::currentDateTimeUtc(), status, reason,
                              methodName(request.method()), path.left(256), remote});
    answer(responder.socket(), status, HttpAnswer::errorBody(reason), headers);
    Q_EMIT deliveryRefused(status, reason);
}

void WebhookServer::answer(QTcpSocket *socket, int status, const QByteArray &json,
                           const Headers &headers)
{
    answer(socket, prepare(status, json, headers));
}

void WebhookServer::answer(QTcpSocket *socket, const PreparedAnswer &prepared)
{
    // The client may have gone while its delivery was being stored.
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    GuardedConnection *connection = GuardedConnection::of(socket);
    // One write per answer: the responder would issue a dozen small ones.
    socket->write(connection && connection->closeRequested() ? prepared.close : prepared.keepAlive);
    if (connection)
        connection->answerWritten();
}

WebhookServer::PreparedAnswer WebhookServer::prepare(int status, const QByteArray &json,
                                                     const Headers &headers)
{
    return {HttpAnswer::json(status, json, headers, false),
            HttpAnswer::json(status, json, headers, true)};
}

QString WebhookServer::remoteAddressOf(const QHttpServerRequest &request) const
{
    const QHostAddress peer = request.remoteAddress();
    // Behind a tunnel the peer is loopback and the tunnel names the client last.
    if (peer.isLoopback()) {
        const QByteArray forwarded = headerValue(request, "x-forwarded-for");
        const QHostAddress client(QString::fromLatin1(
            QByteArrayView(forwarded).sliced(forwarded.lastIndexOf(',') + 1).trimmed()));
        if (!client.isNull())
            return client.toString();
    }
    return peer.toString();
}
