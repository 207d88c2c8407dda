#include "HttpTestClient.h"
#include "http/ReceiverService.h"
#include "http/TestDeliverySender.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Headers = QList<std::pair<QByteArray, QByteArray>>;

namespace {

const QByteArray Token = "correct-horse-battery-staple-0123456789";

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject eventPayload(const QString &id, const QString &title, const QString &updatedAt)
{
    return {
        {QStringLiteral("id"), id.toInt()},
        {QStringLiteral("post_type"), QStringLiteral("event")},
        {QStringLiteral("title"), title},
        {QStringLiteral("event_type"), QStringLiteral("online_meeting")},
        {QStringLiteral("starts_at"), QStringLiteral("2026-12-01T18:00:00+00:00")},
        {QStringLiteral("ends_at"), QStringLiteral("2026-12-01T19:00:00+00:00")},
        {QStringLiteral("time_zone"), QStringLiteral("Europe/Berlin")},
        {QStringLiteral("updated_at"), updatedAt},
        {QStringLiteral("space_id"), 77},
        {QStringLiteral("creator_id"), 5},
        {QStringLiteral("creator"),
         QJsonObject{{QStringLiteral("id"), 5},
                     {QStringLiteral("first_name"), QStringLiteral("Ada")},
                     {QStringLiteral("last_name"), QStringLiteral("Lovelace")},
                     {QStringLiteral("email"), QStringLiteral("ada@example.com")}}},
        {QStringLiteral("space"), QJsonObject{{QStringLiteral("id"), 77},
                                              {QStringLiteral("name"), QStringLiteral("Makers")}}},
    };
}

QByteArray envelope(const QString &deliveryId, const QJsonObject &payload)
{
    return json({{QStringLiteral("event_id"), deliveryId},
                 {QStringLiteral("event_timestamp"), QStringLiteral("2026-11-27T10:00:00+00:00")},
                 {QStringLiteral("payload"), payload}});
}

QByteArray rsvpBody(const QString &deliveryId, const QString &eventId, int memberId,
                    const QString &status, const QString &updated, const QJsonValue &instance = {})
{
    QJsonObject payload{
        {QStringLiteral("id"), memberId * 1000},
        {QStringLiteral("status"), status},
        {QStringLiteral("updated"), updated},
        {QStringLiteral("event"), eventPayload(eventId, QStringLiteral("From an RSVP"),
                                               QStringLiteral("2026-11-01T00:00:00Z"))},
        {QStringLiteral("member"),
         QJsonObject{{QStringLiteral("id"), memberId},
                     {QStringLiteral("first_name"), QStringLiteral("Member %1").arg(memberId)}}},
    };
    if (instance.isObject())
        payload.insert(QStringLiteral("event_instance"), instance);
    return envelope(deliveryId, payload);
}

QByteArray nested(int depth)
{
    return QByteArray(R"({"event_id":"deep","payload":{"x":)") + QByteArray(depth - 2, '[')
           + QByteArray(depth - 2, ']') + "}}";
}

} // namespace

class TstWebhookServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void answers_data();
    void answers();
    void retryIsCountedNotStoredTwice();
    void keepAliveServesSeveralRequests();
    void expectContinueIsAnsweredAtOnce();
    void expectContinueOverLimitIsRefusedBeforeTheBody();
    void connectionCloseIsHonoured_data();
    void connectionCloseIsHonoured();
    void chunkedBodyIsAccepted();
    void chunkedBodyOverLimitIsRefused();
    void idleConnectionIsClosed();
    void incompleteHeadersAreCutOff();
    void idleConnectionsMakeRoomForASender();
    void busyConnectionsTurnNewcomersAway();
    void thousandIdleConnectionsDoNotDelayADelivery();
    void lockedStoreAnswers503();
    void forwardedClientIsRecordedOnlyFromLoopback();
    void logsNeverContainTokenOrBody();
    void shapeDecidesCreatedOrUpdated();
    void lateOlderUpdateDoesNotOverwrite();
    void rsvpChangesAndDeletes();
    void rsvpBeforeEventCreatesTheEvent();
    void cancellationMarksTheEvent();
    void refusalsAreLoggedWithoutBody();
    void testDeliveryIsStoredAsAnEvent();
    void testDeliveryReportsAWrongToken();
    void reconfigureFallsBackWhenThePortIsTaken();

private:
    void startReceiver(const std::function<void(ReceiverConfig &)> &adjust = {});
    std::optional<HttpTestResponse> post(const QByteArray &body,
                                         const QByteArray &path = "/webhooks/mighty-networks");
    QVariant scalar(const QString &sql);
    void waitUntilDerived();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReceiverService> m_receiver;
    std::unique_ptr<Database> m_reader;
};

void TstWebhookServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startReceiver();
}

void TstWebhookServer::cleanup()
{
    m_reader.reset();
    m_receiver.reset();
    m_dir.reset();
}

void TstWebhookServer::startReceiver(const std::function<void(ReceiverConfig &)> &adjust)
{
    m_reader.reset();
    m_receiver.reset();
    ReceiverConfig config;
    config.dataDir = m_dir->path();
    config.port = 0;
    config.token = Token;
    if (adjust)
        adjust(config);
    m_receiver = std::make_unique<ReceiverService>(config);
    QString error;
    QVERIFY2(m_receiver->start(&error), qPrintable(error));
    QVERIFY(m_receiver->port() != 0);
    m_reader = std::make_unique<Database>(m_receiver->databasePath(), Database::Mode::ReadOnly);
    QVERIFY2(m_reader->open(&error), qPrintable(error));
}

std::optional<HttpTestResponse> TstWebhookServer::post(const QByteArray &body,
                                                       const QByteArray &path)
{
    return HttpTestClient::exchange(m_receiver->port(),
                                    HttpTestClient::delivery(body, Token, path));
}

QVariant TstWebhookServer::scalar(const QString &sql)
{
    QSqlQuery query(m_reader->connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning() << "query failed:" << sql << query.lastError().text();
        return {};
    }
    return query.value(0);
}

void TstWebhookServer::waitUntilDerived()
{
    QSignalSpy changed(m_receiver.get(), &ReceiverService::storeChanged);
    QElapsedTimer clock;
    clock.start();
    while (scalar(QStringLiteral("SELECT count(*) FROM deliveries WHERE derived = 0")).toInt()
           > 0) {
        QVERIFY2(clock.elapsed() < 10000, "deliveries were not derived within 10 s");
        changed.wait(1000);
    }
}

void TstWebhookServer::answers_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");

    const QByteArray valid = envelope(QStringLiteral("d-valid"),
                                      eventPayload(QStringLiteral("1"), QStringLiteral("T"), {}));
    const Headers auth = {{"Authorization", "Bearer " + Token}};
    const Headers jsonAuth = {{"Authorization", "Bearer " + Token},
                              {"Content-Type", "application/json"}};
    auto post = [&](const QByteArray &body, const Headers &headers = {}) {
        return HttpTestClient::request("POST", "/webhooks/mighty-networks", body, headers);
    };

    QTest::newRow("stored") << HttpTestClient::delivery(valid, Token) << 200 << QString()
                            << QByteArray() << QByteArray();
    QTest::newRow("stored with charset")
        << post(valid, {{"Authorization", "Bearer " + Token},
                        {"Content-Type", "application/json; charset=utf-8"}})
        << 200 << QString() << QByteArray() << QByteArray();
    QTest::newRow("stored without content type")
        << post(valid, auth) << 200 << QString() << QByteArray() << QByteArray();
    QTest::newRow("stored under a type path")
        << HttpTestClient::delivery(valid, Token, "/webhooks/mighty-networks/EventCreated") << 200
        << QString() << QByteArray() << QByteArray();
    QTest::newRow("health") << HttpTestClient::request("GET", "/healthz") << 200 << QString()
                            << QByteArray() << QByteArray();
    QTest::newRow("health wrong method")
        << HttpTestClient::request("DELETE", "/healthz") << 405 << QStringLiteral("use GET")
        << QByteArray("Allow") << QByteArray("GET");
    QTest::newRow("webhook wrong method")
        << HttpTestClient::request("GET", "/webhooks/mighty-networks") << 405
        << QStringLiteral("use POST") << QByteArray("Allow") << QByteArray("POST");
    QTest::newRow("typed webhook wrong method")
        << HttpTestClient::request("PUT", "/webhooks/mighty-networks/EventCreated", valid) << 405
        << QStringLiteral("use POST") << QByteArray("Allow") << QByteArray("POST");
    QTest::newRow("unknown path") << HttpTestClient::request("GET", "/admin") << 404
                                  << QStringLiteral("not found") << QByteArray() << QByteArray();
    QTest::newRow("type path with bad name")
        << HttpTestClient::delivery(valid, Token, "/webhooks/mighty-networks/event-created") << 404
        << QStringLiteral("unknown webhook type in the path") << QByteArray() << QByteArray();
    QTest::newRow("no token") << post(valid, {{"Content-Type", "application/json"}}) << 401
                              << QStringLiteral("missing or wrong bearer token")
                              << QByteArray("WWW-Authenticate") << QByteArray("Bearer");
    QTest::newRow("wrong token") << HttpTestClient::delivery(valid, "nope") << 401
                                 << QStringLiteral("missing or wrong bearer token") << QByteArray()
                                 << QByteArray();
    QTest::newRow("token with extra byte")
        << HttpTestClient::delivery(valid, Token + "x") << 401
        << QStringLiteral("missing or wrong bearer token") << QByteArray() << QByteArray();
    QTest::newRow("token prefix") << HttpTestClient::delivery(valid, Token.chopped(1)) << 401
                                  << QStringLiteral("missing or wrong bearer token") << QByteArray()
                                  << QByteArray();
    QTest::newRow("basic scheme") << post(valid, {{"Authorization", "Basic " + Token}}) << 401
                                  << QStringLiteral("missing or wrong bearer token") << QByteArray()
                                  << QByteArray();
    QTest::newRow("token checked before the body")
        << HttpTestClient::delivery("{not json", "nope") << 401
        << QStringLiteral("missing or wrong bearer token") << QByteArray() << QByteArray();
    QTest::newRow("text content type")
        << post(valid, {{"Authorization", "Bearer " + Token}, {"Content-Type", "text/plain"}})
        << 415 << QStringLiteral("Content-Type must be application/json") << QByteArray()
        << QByteArray();
    QTest::newRow("json-like content type")
        << post(valid,
                {{"Authorization", "Bearer " + Token}, {"Content-Type", "application/jsonp"}})
        << 415 << QStringLiteral("Content-Type must be application/json") << QByteArray()
        << QByteArray();
    QTest::newRow("malformed json")
        << post("{\"event_id\": ", jsonAuth) << 400 << QString() << QByteArray() << QByteArray();
    QTest::newRow("array") << post("[1,2]", jsonAuth) << 400
                           << QStringLiteral("the body must be a JSON object") << QByteArray()
                           << QByteArray();
    QTest::newRow("empty body") << post("", jsonAuth) << 400 << QString() << QByteArray()
                                << QByteArray();
    QTest::newRow("no event_id") << post(R"({"payload":{}})", jsonAuth) << 400
                                 << QStringLiteral("event_id must be a non-empty string")
                                 << QByteArray() << QByteArray();
    QTest::newRow("empty event_id")
        << post(R"({"event_id":" ","payload":{}})", jsonAuth) << 400
        << QStringLiteral("event_id must be a non-empty string") << QByteArray() << QByteArray();
    QTest::newRow("numeric event_id")
        << post(R"({"event_id":12,"payload":{}})", jsonAuth) << 400
        << QStringLiteral("event_id must be a non-empty string") << QByteArray() << QByteArray();
    QTest::newRow("payload not an object")
        << post(R"({"event_id":"a","payload":"x"})", jsonAuth) << 400
        << QStringLiteral("payload must be a JSON object") << QByteArray() << QByteArray();
    QTest::newRow("nesting 64 accepted")
        << post(nested(64), jsonAuth) << 200 << QString() << QByteArray() << QByteArray();
    QTest::newRow("nesting 65 refused")
        << post(nested(65), jsonAuth) << 400 << QStringLiteral("JSON nests deeper than 64 levels")
        << QByteArray() << QByteArray();
    QTest::newRow("body over limit")
        << HttpTestClient::request(
               "POST", "/webhooks/mighty-networks", {},
               {{"Content-Length", "1048577"}, {"Authorization", "Bearer " + Token}})
               .replace("Content-Length: 0\r\n", "")
        << 413 << QStringLiteral("request body larger than the limit") << QByteArray()
        << QByteArray();
    QTest::newRow("headers over 16 KiB")
        << post(valid,
                {{"Authorization", "Bearer " + Token}, {"X-Filler", QByteArray(17 * 1024, 'a')}})
        << 431 << QStringLiteral("request headers larger than the limit") << QByteArray()
        << QByteArray();
    QTest::newRow("garbage request line")
        << QByteArray("HELLO\r\n\r\n") << 400 << QStringLiteral("malformed HTTP request")
        << QByteArray() << QByteArray();
    QTest::newRow("both framings")
        << post(valid, {{"Authorization", "Bearer " + Token}, {"Transfer-Encoding", "chunked"}})
        << 400 << QStringLiteral("malformed HTTP request") << QByteArray() << QByteArray();
}

void TstWebhookServer::answers()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);

    const std::optional<HttpTestResponse> response =
        HttpTestClient::exchange(m_receiver->port(), request);
    QVERIFY(response);
    QCOMPARE(response->status, status);
    QCOMPARE(response->header("Content-Type"), QByteArray("application/json"));
    QVERIFY2(!response->body.trimmed().contains('\n'), "the answer is one line");
    if (status >= 400) {
        QVERIFY2(!response->error().isEmpty(), response->body.constData());
        if (!error.isEmpty())
            QCOMPARE(response->error(), error);
    }
    if (!headerName.isEmpty())
        QCOMPARE(response->header(headerName), headerValue);
    if (request.startsWith("GET /healthz"))
        QCOMPARE(response->body.trimmed(), QByteArray(R"({"status":"ok"})"));
    const int stored = scalar(QStringLiteral("SELECT count(*) FROM deliveries")).toInt();
    QCOMPARE(stored, status == 200 && request.startsWith("POST") ? 1 : 0);
}

void TstWebhookServer::retryIsCountedNotStoredTwice()
{
    const QByteArray body = envelope(QStringLiteral("retry-1"),
                                     eventPayload(QStringLiteral("9"), QStringLiteral("T"), {}));
    const auto first = post(body);
    const auto second = post(body);
    QVERIFY(first && second);
    QCOMPARE(first->status, 200);
    QCOMPARE(second->status, 200);
    QCOMPARE(first->body.trimmed(), QByteArray(R"({"status":"stored"})"));
    QCOMPARE(second->body.trimmed(), QByteArray(R"({"status":"duplicate"})"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deliveries")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT attempts FROM deliveries")).toInt(), 2);
    waitUntilDerived();
    QCOMPARE(scalar(QStringLiteral("SELECT delivery_count FROM events WHERE id = '9'")).toInt(), 2);
}

void TstWebhookServer::keepAliveServesSeveralRequests()
{
    HttpTestClient client(m_receiver->port());
    QVERIFY(client.connectToServer());
    for (int i = 0; i < 5; ++i) {
        QVERIFY(client.send(
            HttpTestClient::delivery(envelope(QStringLiteral("ka-%1").arg(i), {}), Token)));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
    }
    QVERIFY(client.isConnected());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deliveries")).toInt(), 5);
}

void TstWebhookServer::expectContinueIsAnsweredAtOnce()
{
    const QByteArray body = envelope(QStringLiteral("continue-1"), {});
    QByteArray request = HttpTestClient::delivery(body, Token);
    request.replace("\r\n\r\n", "\r\nExpect: 100-continue\r\n\r\n");
    const QByteArray head = request.first(request.size() - body.size());
    HttpTestClient client(m_receiver->port());
    QVERIFY(client.connectToServer());
    QElapsedTimer clock;
    clock.start();
    QVERIFY(client.send(head));
    const auto interim = client.readResponse(2000);
    QVERIFY(interim);
    QCOMPARE(interim->status, 100);
    QVERIFY2(clock.elapsed() < 500, "the interim answer came without the client's 1 s stall");
    QVERIFY(client.send(body));
    const auto final = client.readResponse();
    QVERIFY(final);
    QCOMPARE(final->status, 200);
}

void TstWebhookServer::expectContinueOverLimitIsRefusedBeforeTheBody()
{
    HttpTestClient client(m_receiver->port());
    QVERIFY(client.connectToServer());
    QVERIFY(
        client.send("POST /webhooks/mighty-networks HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                    + Token + "\r\nExpect: 100-continue\r\nContent-Length: 5000000\r\n\r\n"));
    const auto response = client.readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 413);
    QCOMPARE(response->header("Connection"), QByteArray("close"));
    QVERIFY(client.waitForClosed(5000));
}

void TstWebhookServer::connectionCloseIsHonoured_data()
{
    QTest::addColumn<QByteArray>("request");
    QByteArray close = HttpTestClient::delivery(envelope(QStringLiteral("close-1"), {}), Token);
    close.replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n");
    QTest::newRow("Connection: close") << close;
    QTest::newRow("HTTP/1.0") << QByteArray("GET /healthz HTTP/1.0\r\n\r\n");
}

void TstWebhookServer::connectionCloseIsHonoured()
{
    QFETCH(QByteArray, request);
    HttpTestClient client(m_receiver->port());
    QVERIFY(client.connectToServer());
    QVERIFY(client.send(request));
    const auto response = client.readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QVERIFY2(client.waitForClosed(2000), "the server closed the connection after answering");
}

void TstWebhookServer::chunkedBodyIsAccepted()
{
    const QByteArray body = envelope(QStringLiteral("chunked-1"), {});
    const QByteArray chunked = QByteArray::number(10, 16) + "\r\n" + body.first(10) + "\r\n"
                               + QByteArray::number(body.size() - 10, 16) + "\r\n" + body.sliced(10)
                               + "\r\n0\r\n\r\n";
    const auto response = HttpTestClient::exchange(
        m_receiver->port(),
        "POST /webhooks/mighty-networks HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + Token
            + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(scalar(QStringLiteral("SELECT body FROM deliveries")).toByteArray(), body);
}

void TstWebhookServer::chunkedBodyOverLimitIsRefused()
{
    HttpTestClient client(m_receiver->port());
    QVERIFY(client.connectToServer());
    QVERIFY(
        client.send("POST /webhooks/mighty-networks HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                    + Token + "\r\nTransfer-Encoding: chunked\r\n\r\n"));
    const QByteArray chunk = "80000\r\n" + QByteArray(0x80000, 'a') + "\r\n";
    std::optional<HttpTestResponse> response;
    for (int i = 0; i < 8 && !response; ++i) {
        client.send(chunk);
        response = client.readResponse(200);
    }
    if (!response)
        response = client.readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 413);
}

void TstWebhookServer::idleConnectionIsClosed()
{
    startReceiver(
        [](ReceiverConfig &config) { config.idleTimeout = std::chrono::milliseconds(300); });
    HttpTestClient client(m_receiver->port());
    QVERIFY(client.connectToServer());
    QVERIFY(client.send(HttpTestClient::request("GET", "/healthz")));
    QVERIFY(client.readResponse());
    QElapsedTimer clock;
    clock.start();
    QVERIFY(client.waitForClosed(5000));
    QVERIFY2(clock.elapsed() >= 200, "closed by the idle deadline, not at once");
}

void TstWebhookServer::incompleteHeadersAreCutOff()
{
    startReceiver([](ReceiverConfig &config) {
        config.headerTimeout = std::chrono::milliseconds(300);
        config.idleTimeout = std::chrono::milliseconds(20000);
    });
    HttpTestClient client(m_receiver->port());
    QVERIFY(client.connectToServer());
    QVERIFY(client.send("POST /webhooks/mighty-networks HTTP/1.1\r\nHost: x\r\n"));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(client.waitForClosed(5000));
    QVERIFY2(clock.elapsed() < 5000, "cut off by the header deadline, long before the idle one");
}

void TstWebhookServer::idleConnectionsMakeRoomForASender()
{
    startReceiver([](ReceiverConfig &config) { config.maxConnections = 8; });
    std::vector<std::unique_ptr<HttpTestClient>> idle;
    for (int i = 0; i < 8; ++i) {
        idle.push_back(std::make_unique<HttpTestClient>(m_receiver->port()));
        QVERIFY(idle.back()->connectToServer());
    }
    QTRY_COMPARE(m_receiver->activeConnections(), 8);
    const auto response = post(envelope(QStringLiteral("room-1"), {}));
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QVERIFY(m_receiver->activeConnections() <= 8);
}

void TstWebhookServer::busyConnectionsTurnNewcomersAway()
{
    startReceiver([](ReceiverConfig &config) { config.maxConnections = 4; });
    std::vector<std::unique_ptr<HttpTestClient>> busy;
    for (int i = 0; i < 4; ++i) {
        busy.push_back(std::make_unique<HttpTestClient>(m_receiver->port()));
        QVERIFY(busy.back()->connectToServer());
        // Headers done, body half sent: a request in flight, which must not be dropped.
        QVERIFY(busy.back()->send("POST /webhooks/mighty-networks HTTP/1.1\r\nHost: x\r\n"
                                  "Content-Length: 100\r\n\r\n{\"event_id\":"));
    }
    QTRY_COMPARE(m_receiver->activeConnections(), 4);
    const auto response = post(envelope(QStringLiteral("late-1"), {}));
    QVERIFY(response);
    QCOMPARE(response->status, 503);
    QCOMPARE(response->error(), QStringLiteral("too many connections"));
    for (const auto &client : busy)
        QVERIFY(client->isConnected());
}

void TstWebhookServer::thousandIdleConnectionsDoNotDelayADelivery()
{
    std::vector<std::unique_ptr<HttpTestClient>> idle;
    for (int i = 0; i < 1000; ++i) {
        idle.push_back(std::make_unique<HttpTestClient>(m_receiver->port()));
        QVERIFY2(idle.back()->connectToServer(), qPrintable(idle.back()->socket().errorString()));
    }
    QElapsedTimer clock;
    clock.start();
    const auto response = post(envelope(QStringLiteral("busy-1"), {}));
    const qint64 elapsed = clock.elapsed();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    qInfo() << "delivery answered in" << elapsed << "ms beside 1000 idle connections";
    QVERIFY2(elapsed < 1000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    QVERIFY(m_receiver->activeConnections() <= 256);
}

void TstWebhookServer::lockedStoreAnswers503()
{
    Database blocker(m_receiver->databasePath());
    QString error;
    QVERIFY2(blocker.open(&error), qPrintable(error));
    QSqlQuery lock(blocker.connection());
    QVERIFY2(lock.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(lock.lastError().text()));
    const QByteArray body = envelope(QStringLiteral("locked-1"), {});
    const auto refused = post(body);
    QVERIFY(refused);
    QCOMPARE(refused->status, 503);
    QVERIFY(!refused->error().isEmpty());
    QVERIFY(!refused->header("Retry-After").isEmpty());
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    const auto retried = post(body);
    QVERIFY(retried);
    QCOMPARE(retried->status, 200);
    QCOMPARE(retried->body.trimmed(), QByteArray(R"({"status":"stored"})"));
}

void TstWebhookServer::forwardedClientIsRecordedOnlyFromLoopback()
{
    QByteArray request = HttpTestClient::delivery(envelope(QStringLiteral("xff-1"), {}), Token);
    request.replace("\r\n\r\n", "\r\nX-Forwarded-For: 203.0.113.5, 198.51.100.7\r\n\r\n");
    const auto response = HttpTestClient::exchange(m_receiver->port(), request);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(scalar(QStringLiteral("SELECT remote_address FROM deliveries")).toString(),
             QStringLiteral("198.51.100.7"));
}

namespace {
QStringList g_messages;
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages << message;
}
} // namespace

void TstWebhookServer::logsNeverContainTokenOrBody()
{
    QLoggingCategory::setFilterRules(QStringLiteral("eventwatch.*=true"));
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    const QString marker = QStringLiteral("UNIQUE-BODY-MARKER-4711");
    post(envelope(QStringLiteral("log-1"), eventPayload(QStringLiteral("3"), marker, {})));
    HttpTestClient::exchange(
        m_receiver->port(),
        HttpTestClient::delivery(envelope(QStringLiteral("log-2"), {}), "guess-" + Token));
    post("{\"event_id\": \"" + marker.toUtf8() + "\", broken");
    waitUntilDerived();
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules({});
    QVERIFY2(g_messages.size() >= 3, "the deliveries were logged");
    const QString all = g_messages.join(u'\n');
    QVERIFY(all.contains(QStringLiteral("log-1")));
    QVERIFY(!all.contains(QString::fromUtf8(Token)));
    QVERIFY(!all.contains(marker));
}

void TstWebhookServer::shapeDecidesCreatedOrUpdated()
{
    QCOMPARE(post(envelope(QStringLiteral("s-1"),
                           eventPayload(QStringLiteral("41"), QStringLiteral("A"), {})))
                 ->status,
             200);
    QCOMPARE(post(envelope(QStringLiteral("s-2"),
                           eventPayload(QStringLiteral("41"), QStringLiteral("B"), {})))
                 ->status,
             200);
    QCOMPARE(
        post(envelope(QStringLiteral("s-3"), {{QStringLiteral("kind"), QStringLiteral("post")}}))
            ->status,
        200);
    QCOMPARE(scalar(QStringLiteral("SELECT group_concat(type || ':' || classified_by, ',') FROM "
                                   "(SELECT * FROM deliveries ORDER BY id)"))
                 .toString(),
             QStringLiteral("EventCreated:shape,EventUpdated:shape,Other:shape"));
    waitUntilDerived();
    QCOMPARE(scalar(QStringLiteral("SELECT title FROM events WHERE id = '41'")).toString(),
             QStringLiteral("B"));
    QCOMPARE(
        scalar(QStringLiteral(
                   "SELECT space_name || '/' || creator_name || '/' || creator_email FROM events"))
            .toString(),
        QStringLiteral("Makers/Ada Lovelace/ada@example.com"));
}

void TstWebhookServer::lateOlderUpdateDoesNotOverwrite()
{
    const QString id = QStringLiteral("50");
    QCOMPARE(
        post(envelope(QStringLiteral("o-1"), eventPayload(id, QStringLiteral("First"),
                                                          QStringLiteral("2026-11-01T10:00:00Z"))),
             "/webhooks/mighty-networks/EventCreated")
            ->status,
        200);
    QCOMPARE(
        post(envelope(QStringLiteral("o-3"), eventPayload(id, QStringLiteral("Third"),
                                                          QStringLiteral("2026-11-03T10:00:00Z"))),
             "/webhooks/mighty-networks/EventUpdated")
            ->status,
        200);
    QCOMPARE(post(envelope(QStringLiteral("o-2"),
                           eventPayload(id, QStringLiteral("Second"),
                                        QStringLiteral("2026-11-02T10:00:00+01:00"))),
                  "/webhooks/mighty-networks/EventUpdated")
                 ->status,
             200);
    waitUntilDerived();
    QCOMPARE(scalar(QStringLiteral("SELECT title FROM events WHERE id = '50'")).toString(),
             QStringLiteral("Third"));
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM events WHERE id = '50'")).toString(),
             QStringLiteral("updated"));
    QCOMPARE(scalar(QStringLiteral("SELECT delivery_count FROM events WHERE id = '50'")).toInt(),
             3);
    QCOMPARE(scalar(QStringLiteral("SELECT group_concat(field || ':' || old_value || '>' || "
                                   "new_value) FROM event_changes WHERE event_id = '50'"))
                 .toString(),
             QStringLiteral("title:First>Third"));
}

void TstWebhookServer::rsvpChangesAndDeletes()
{
    QCOMPARE(post(envelope(QStringLiteral("r-0"),
                           eventPayload(QStringLiteral("60"), QStringLiteral("Party"), {})))
                 ->status,
             200);
    QCOMPARE(post(rsvpBody(QStringLiteral("r-1"), QStringLiteral("60"), 1, QStringLiteral("yes"),
                           QStringLiteral("2026-11-01T10:00:00Z")),
                  "/webhooks/mighty-networks/RsvpCreated")
                 ->status,
             200);
    QCOMPARE(post(rsvpBody(QStringLiteral("r-2"), QStringLiteral("60"), 2, QStringLiteral("maybe"),
                           QStringLiteral("2026-11-01T10:00:00Z")),
                  "/webhooks/mighty-networks/RsvpCreated")
                 ->status,
             200);
    QCOMPARE(post(rsvpBody(QStringLiteral("r-3"), QStringLiteral("60"), 3, QStringLiteral("YES"),
                           QStringLiteral("2026-11-01T10:00:00Z")))
                 ->status,
             200);
    QCOMPARE(post(rsvpBody(QStringLiteral("r-4"), QStringLiteral("60"), 1, QStringLiteral("no"),
                           QStringLiteral("2026-11-02T10:00:00Z")),
                  "/webhooks/mighty-networks/RsvpUpdated")
                 ->status,
             200);
    QCOMPARE(post(rsvpBody(QStringLiteral("r-5"), QStringLiteral("60"), 2, QStringLiteral("maybe"),
                           QStringLiteral("2026-11-02T10:00:00Z")),
                  "/webhooks/mighty-networks/RsvpDeleted")
                 ->status,
             200);
    // An older answer that arrives last changes nothing.
    QCOMPARE(post(rsvpBody(QStringLiteral("r-6"), QStringLiteral("60"), 1, QStringLiteral("yes"),
                           QStringLiteral("2026-11-01T12:00:00Z")),
                  "/webhooks/mighty-networks/RsvpUpdated")
                 ->status,
             200);
    const QJsonObject instance{
        {QStringLiteral("post_id"), 60},
        {QStringLiteral("instance_index"), 2},
        {QStringLiteral("starts_at"), QStringLiteral("2026-12-15T18:00:00Z")}};
    QCOMPARE(post(rsvpBody(QStringLiteral("r-7"), QStringLiteral("60"), 1, QStringLiteral("yes"),
                           QStringLiteral("2026-11-03T10:00:00Z"), instance),
                  "/webhooks/mighty-networks/RsvpCreated")
                 ->status,
             200);
    waitUntilDerived();
    QCOMPARE(scalar(QStringLiteral("SELECT rsvp_yes || '/' || rsvp_maybe || '/' || rsvp_no FROM "
                                   "events WHERE id = '60'"))
                 .toString(),
             QStringLiteral("2/0/1"));
    QCOMPARE(scalar(QStringLiteral(
                        "SELECT count(*) FROM rsvps WHERE event_id = '60' AND member_id = '1'"))
                 .toInt(),
             2);
    QCOMPARE(scalar(QStringLiteral("SELECT title FROM events WHERE id = '60'")).toString(),
             QStringLiteral("Party"));
}

void TstWebhookServer::rsvpBeforeEventCreatesTheEvent()
{
    QCOMPARE(post(rsvpBody(QStringLiteral("rb-1"), QStringLiteral("70"), 1, QStringLiteral("yes"),
                           QStringLiteral("2026-11-01T10:00:00Z")))
                 ->status,
             200);
    waitUntilDerived();
    QCOMPARE(scalar(QStringLiteral("SELECT title || '/' || rsvp_yes FROM events WHERE id = '70'"))
                 .toString(),
             QStringLiteral("From an RSVP/1"));
}

void TstWebhookServer::cancellationMarksTheEvent()
{
    QCOMPARE(post(envelope(QStringLiteral("c-1"),
                           eventPayload(QStringLiteral("80"), QStringLiteral("Gone"), {})))
                 ->status,
             200);
    QCOMPARE(post(envelope(QStringLiteral("c-2"), {{QStringLiteral("id"), QStringLiteral("80")}}),
                  "/webhooks/mighty-networks/EventCanceled")
                 ->status,
             200);
    waitUntilDerived();
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM events WHERE id = '80'")).toString(),
             QStringLiteral("canceled"));
}

void TstWebhookServer::refusalsAreLoggedWithoutBody()
{
    HttpTestClient::exchange(m_receiver->port(),
                             HttpTestClient::delivery(envelope(QStringLiteral("x"), {}), "wrong"));
    HttpTestClient::exchange(m_receiver->port(), HttpTestClient::request("GET", "/nothing-here"));
    QSignalSpy stored(m_receiver.get(), &ReceiverService::storeChanged);
    QElapsedTimer clock;
    clock.start();
    while (scalar(QStringLiteral("SELECT count(*) FROM refusals")).toInt() < 2
           && clock.elapsed() < 5000)
        stored.wait(100);
    QCOMPARE(scalar(QStringLiteral("SELECT group_concat(status || ' ' || reason || ' ' || path, "
                                   "';') FROM (SELECT * FROM refusals ORDER BY id)"))
                 .toString(),
             QStringLiteral("401 missing or wrong bearer token /webhooks/mighty-networks;404 not "
                            "found /nothing-here"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deliveries")).toInt(), 0);
}

void TstWebhookServer::testDeliveryIsStoredAsAnEvent()
{
    TestDeliverySender sender;
    QSignalSpy finished(&sender, &TestDeliverySender::finished);
    sender.send(QUrl(m_receiver->webhookUrl()), Token);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(0).toInt(), 200);
    waitUntilDerived();
    QCOMPARE(scalar(QStringLiteral("SELECT title || '/' || space_name FROM events")).toString(),
             QStringLiteral("Eventwatch test event/Test space"));
}

void TstWebhookServer::testDeliveryReportsAWrongToken()
{
    TestDeliverySender sender;
    QSignalSpy finished(&sender, &TestDeliverySender::finished);
    sender.send(QUrl(m_receiver->webhookUrl()), "not-the-token");
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(0).toInt(), 401);
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("wrong bearer token")));
}

void TstWebhookServer::reconfigureFallsBackWhenThePortIsTaken()
{
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost));
    const quint16 before = m_receiver->port();
    ReceiverConfig taken = m_receiver->config();
    taken.port = blocker.serverPort();
    QString error;
    QVERIFY(!m_receiver->reconfigure(taken, &error));
    QVERIFY2(error.contains(QString::number(blocker.serverPort())), qPrintable(error));
    QVERIFY(m_receiver->isRunning());
    QCOMPARE(m_receiver->port(), before);
    QCOMPARE(post(envelope(QStringLiteral("after-fallback"), {}))->status, 200);

    ReceiverConfig free = m_receiver->config();
    free.port = 0;
    QVERIFY2(m_receiver->reconfigure(free, &error), qPrintable(error));
    QCOMPARE(post(envelope(QStringLiteral("after-move"), {}))->status, 200);
}

QTEST_GUILESS_MAIN(TstWebhookServer)
#include "tst_webhookserver.moc"
