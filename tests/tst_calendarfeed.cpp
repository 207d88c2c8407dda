#include "HttpTestClient.h"
#include "TestDeliveries.h"
#include "http/ReceiverService.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using Headers = QList<std::pair<QByteArray, QByteArray>>;

namespace {

const QByteArray WebhookToken = "webhook-token-0123456789-abcdefghij";
const QByteArray FeedToken = "feed-token-9876543210-zyxwvutsrqpo";

// Debian's python3-icalendar, independent of libical: the summaries of every VEVENT.
const char *const PythonReader = R"(
import json, sys
from icalendar import Calendar
calendar = Calendar.from_ical(open(sys.argv[1], 'rb').read())
print(json.dumps({'version': str(calendar.get('VERSION')),
                  'summaries': sorted(str(e.get('SUMMARY')) for e in calendar.walk('VEVENT'))}))
)";

QByteArray feedPath(const QByteArray &query)
{
    return "/calendar.ics" + (query.isEmpty() ? QByteArray() : '?' + query);
}

} // namespace

class TstCalendarFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void servesAParseableCalendarOfRecentAndUpcomingEvents();
    void spaceNarrowsTheCalendar();
    void unknownSpaceIsNotFound();
    void repeatedRequestWithTheETagIsNotModified();
    void ifModifiedSinceIsNotModified();
    void newDeliveryChangesTheETag();
    void headAnswersHeadersOnly();
    void wrongTokensAreRefused_data();
    void wrongTokensAreRefused();
    void noFeedTokenMeansNoFeed();
    void feedTokenNeverPostsADelivery_data();
    void feedTokenNeverPostsADelivery();
    void tokenChangesWithoutARestart();
    void refusalsAndLogsNeverHoldTheToken();
    void limitsLeaveLaterEventsOut();
    void repeatingEventsStayAfterTheirFirstStart();
    void repeatingEventsComeFirstUnderTheLimits();
    void webhookIsAnsweredWhileALargeFeedIsBuilt();
    void tooManyWaitingRequestsAreTurnedAway();

private:
    void startReceiver(const std::function<void(ReceiverConfig &)> &adjust = {});
    std::optional<HttpTestResponse> get(const QByteArray &query, const Headers &headers = {});
    // The status of a GET, or 0 when no answer came.
    int statusOf(const QByteArray &query);
    void post(const TestDeliveries::Event &event, const QString &deliveryId);
    void waitUntilDerived();
    TestDeliveries::Event postWeeklyCall();
    QVariant scalar(const QString &sql);
    QJsonObject parseWithPython(const QByteArray &calendar);
    void insertEvents(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReceiverService> m_receiver;
    std::unique_ptr<Database> m_reader;
};

void TstCalendarFeed::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startReceiver();
    TestDeliveries::Event bread;
    bread.id = 1;
    bread.title = u"Sourdough workshop"_s;
    bread.startsAt = QDateTime::currentDateTimeUtc().addDays(3);
    post(bread, u"d-1"_s);
    TestDeliveries::Event choir;
    choir.id = 2;
    choir.title = u"Choir rehearsal"_s;
    choir.startsAt = QDateTime::currentDateTimeUtc().addDays(-2);
    choir.spaceId = 8;
    choir.spaceName = u"Singers"_s;
    post(choir, u"d-2"_s);
    TestDeliveries::Event old;
    old.id = 3;
    old.title = u"Last year's fair"_s;
    old.startsAt = QDateTime::currentDateTimeUtc().addDays(-400);
    post(old, u"d-3"_s);
    waitUntilDerived();
}

void TstCalendarFeed::cleanup()
{
    m_reader.reset();
    m_receiver.reset();
    m_dir.reset();
}

void TstCalendarFeed::startReceiver(const std::function<void(ReceiverConfig &)> &adjust)
{
    m_reader.reset();
    m_receiver.reset();
    ReceiverConfig config;
    config.dataDir = m_dir->path();
    config.port = 0;
    config.token = WebhookToken;
    config.feedToken = FeedToken;
    if (adjust)
        adjust(config);
    m_receiver = std::make_unique<ReceiverService>(config);
    QString error;
    QVERIFY2(m_receiver->start(&error), qPrintable(error));
    m_reader = std::make_unique<Database>(m_receiver->databasePath(), Database::Mode::ReadOnly);
    QVERIFY2(m_reader->open(&error), qPrintable(error));
}

std::optional<HttpTestResponse> TstCalendarFeed::get(const QByteArray &query,
                                                     const Headers &headers)
{
    return HttpTestClient::exchange(m_receiver->port(),
                                    HttpTestClient::request("GET", feedPath(query), {}, headers));
}

int TstCalendarFeed::statusOf(const QByteArray &query)
{
    const auto response = get(query);
    return response ? response->status : 0;
}

void TstCalendarFeed::post(const TestDeliveries::Event &event, const QString &deliveryId)
{
    QCOMPARE(TestDeliveries::post(m_receiver->port(), WebhookToken,
                                  TestDeliveries::event(deliveryId, event), u"EventCreated"_s),
             200);
}

void TstCalendarFeed::waitUntilDerived()
{
    QSignalSpy changed(m_receiver.get(), &ReceiverService::storeChanged);
    QElapsedTimer clock;
    clock.start();
    while (scalar(u"SELECT count(*) FROM deliveries WHERE derived = 0"_s).toInt() > 0) {
        QVERIFY2(clock.elapsed() < 10000, "deliveries were not derived within 10 s");
        changed.wait(1000);
    }
}

QVariant TstCalendarFeed::scalar(const QString &sql)
{
    QSqlQuery query(m_reader->connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning() << "query failed:" << sql << query.lastError().text();
        return {};
    }
    return query.value(0);
}

QJsonObject TstCalendarFeed::parseWithPython(const QByteArray &calendar)
{
    const QString path = m_dir->filePath(u"feed.ics"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(calendar) != calendar.size())
        return {};
    file.close();
    QProcess python;
    python.start(u"/usr/bin/python3"_s, {u"-c"_s, QString::fromUtf8(PythonReader), path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning("python3-icalendar: %s", python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

// Straight into the store: a large feed without a delivery for each event.
void TstCalendarFeed::insertEvents(int count)
{
    Database writer(m_receiver->databasePath());
    QString error;
    QVERIFY2(writer.open(&error), qPrintable(error));
    QSqlQuery query(writer.connection());
    QVERIFY2(
        query.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                   " WHERE i < %1)"
                   " INSERT INTO event_records (id, title, summary, starts_at, starts_at_utc,"
                   " space_id, space_name, last_received_at)"
                   " SELECT 'bulk-' || i, 'Bulk event ' || i, printf('%.400c', 'x'),"
                   " strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+' || (i % 300) || ' days'),"
                   " strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+' || (i % 300) || ' days'),"
                   " '3', 'Bakers', strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM n"_s.arg(count)),
        qPrintable(query.lastError().text()));
}

void TstCalendarFeed::servesAParseableCalendarOfRecentAndUpcomingEvents()
{
    const auto response = get("token=" + FeedToken);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->header("content-type"), "text/calendar; charset=utf-8");
    QVERIFY(!response->header("etag").isEmpty());
    QVERIFY(!response->header("last-modified").isEmpty());
    const QJsonObject parsed = parseWithPython(response->body);
    QCOMPARE(parsed.value(u"version"_s).toString(), u"2.0"_s);
    // Two days ago is recent; a year ago is not.
    QCOMPARE(parsed.value(u"summaries"_s).toArray(),
             (QJsonArray{u"Choir rehearsal"_s, u"Sourdough workshop"_s}));
}

void TstCalendarFeed::spaceNarrowsTheCalendar()
{
    for (const QByteArray &space : {QByteArray("singers"), QByteArray("8")}) {
        const auto response = get("token=" + FeedToken + "&space=" + space);
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(parseWithPython(response->body).value(u"summaries"_s).toArray(),
                 QJsonArray{u"Choir rehearsal"_s});
    }
    const auto all = get("token=" + FeedToken);
    const auto bakers = get("token=" + FeedToken + "&space=Bakers");
    QVERIFY(all && bakers);
    QVERIFY(all->header("etag") != bakers->header("etag"));
}

void TstCalendarFeed::unknownSpaceIsNotFound()
{
    const auto response = get("token=" + FeedToken + "&space=Knitters");
    QVERIFY(response);
    QCOMPARE(response->status, 404);
}

void TstCalendarFeed::repeatedRequestWithTheETagIsNotModified()
{
    const auto first = get("token=" + FeedToken);
    QVERIFY(first);
    const QByteArray etag = first->header("etag");
    const auto second = get("token=" + FeedToken, {{"If-None-Match", etag}});
    QVERIFY(second);
    QCOMPARE(second->status, 304);
    QVERIFY(second->body.isEmpty());
    QCOMPARE(second->header("etag"), etag);
    const auto other = get("token=" + FeedToken, {{"If-None-Match", "W/\"something-else\""}});
    QVERIFY(other);
    QCOMPARE(other->status, 200);
}

void TstCalendarFeed::ifModifiedSinceIsNotModified()
{
    const auto first = get("token=" + FeedToken);
    QVERIFY(first);
    const auto second =
        get("token=" + FeedToken, {{"If-Modified-Since", first->header("last-modified")}});
    QVERIFY(second);
    QCOMPARE(second->status, 304);
    const auto older =
        get("token=" + FeedToken, {{"If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT"}});
    QVERIFY(older);
    QCOMPARE(older->status, 200);
}

void TstCalendarFeed::newDeliveryChangesTheETag()
{
    const auto before = get("token=" + FeedToken);
    QVERIFY(before);
    TestDeliveries::Event market;
    market.id = 4;
    market.title = u"Farmers market"_s;
    market.startsAt = QDateTime::currentDateTimeUtc().addDays(10);
    post(market, u"d-4"_s);
    waitUntilDerived();
    const auto after = get("token=" + FeedToken, {{"If-None-Match", before->header("etag")}});
    QVERIFY(after);
    QCOMPARE(after->status, 200);
    QVERIFY(after->header("etag") != before->header("etag"));
    QVERIFY(after->body.contains("SUMMARY:Farmers market"));
}

void TstCalendarFeed::headAnswersHeadersOnly()
{
    const auto full = get("token=" + FeedToken);
    QVERIFY(full);
    HttpTestClient client(m_receiver->port());
    QVERIFY(client.connectToServer());
    QVERIFY(client.send(HttpTestClient::request("HEAD", feedPath("token=" + FeedToken))));
    QByteArray received;
    QTRY_VERIFY((received += client.socket().readAll()).contains("\r\n\r\n"));
    QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
    const QByteArray length = "Content-Length: " + QByteArray::number(full->body.size());
    QVERIFY(received.contains(length));
    // The next answer on the connection follows the headers at once: no body was sent.
    QVERIFY(client.send(HttpTestClient::request("GET", "/healthz")));
    QTRY_VERIFY((received += client.socket().readAll()).endsWith("{\"status\":\"ok\"}\n"));
    QVERIFY(received.sliced(received.indexOf("\r\n\r\n") + 4).startsWith("HTTP/1.1 200 OK"));
}

void TstCalendarFeed::wrongTokensAreRefused_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<Headers>("headers");
    QTest::newRow("none") << QByteArray() << Headers();
    QTest::newRow("empty") << QByteArray("token=") << Headers();
    QTest::newRow("wrong") << QByteArray("token=feed-token-9876543210-zyxwvutsrqpX") << Headers();
    QTest::newRow("prefix") << QByteArray("token=feed-token") << Headers();
    QTest::newRow("webhook token") << "token=" + WebhookToken << Headers();
    QTest::newRow("bearer header")
        << QByteArray() << Headers{{"Authorization", "Bearer " + FeedToken}};
    QTest::newRow("webhook bearer")
        << QByteArray() << Headers{{"Authorization", "Bearer " + WebhookToken}};
}

void TstCalendarFeed::wrongTokensAreRefused()
{
    QFETCH(QByteArray, query);
    QFETCH(Headers, headers);
    const auto response = get(query, headers);
    QVERIFY(response);
    QCOMPARE(response->status, 401);
    QVERIFY(!response->body.contains("BEGIN:VCALENDAR"));
}

void TstCalendarFeed::noFeedTokenMeansNoFeed()
{
    startReceiver([](ReceiverConfig &config) { config.feedToken.clear(); });
    const auto withToken = get("token=" + FeedToken);
    const auto unknown = HttpTestClient::exchange(m_receiver->port(),
                                                  HttpTestClient::request("GET", "/unknown.ics"));
    QVERIFY(withToken && unknown);
    QCOMPARE(withToken->status, 404);
    QCOMPARE(withToken->body, unknown->body);
}

void TstCalendarFeed::feedTokenNeverPostsADelivery_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const QByteArray body = TestDeliveries::event(u"d-feed"_s, TestDeliveries::Event());
    QTest::newRow("bearer") << HttpTestClient::delivery(body, FeedToken) << 401;
    QTest::newRow("query") << HttpTestClient::request(
        "POST", "/webhooks/mighty-networks?token=" + FeedToken, body,
        {{"Content-Type", "application/json"}})
                           << 401;
    QTest::newRow("to the feed") << HttpTestClient::request(
        "POST", feedPath("token=" + FeedToken), body, {{"Content-Type", "application/json"}})
                                 << 405;
}

void TstCalendarFeed::feedTokenNeverPostsADelivery()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    const auto response = HttpTestClient::exchange(m_receiver->port(), request);
    QVERIFY(response);
    QCOMPARE(response->status, status);
    QCOMPARE(scalar(u"SELECT count(*) FROM deliveries WHERE event_id = 'd-feed'"_s).toInt(), 0);
}

void TstCalendarFeed::tokenChangesWithoutARestart()
{
    const QByteArray newToken = "another-feed-token-0123456789";
    m_receiver->setFeedToken(newToken);
    QTRY_COMPARE(statusOf("token=" + newToken), 200);
    QCOMPARE(statusOf("token=" + FeedToken), 401);
    m_receiver->setFeedToken({});
    QTRY_COMPARE(statusOf("token=" + newToken), 404);
    QCOMPARE(m_receiver->config().feedToken, QByteArray());
}

namespace {

QStringList *capturedMessages = nullptr;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (capturedMessages)
        capturedMessages->append(message);
}

} // namespace

void TstCalendarFeed::refusalsAndLogsNeverHoldTheToken()
{
    const QByteArray guessed = "guessed-feed-token-secret-42";
    QStringList messages;
    capturedMessages = &messages;
    QLoggingCategory::setFilterRules(u"eventwatch.*=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    const auto refused = get("token=" + guessed);
    const auto served = get("token=" + FeedToken);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules({});
    capturedMessages = nullptr;
    QVERIFY(refused && served);
    QCOMPARE(refused->status, 401);
    QCOMPARE(served->status, 200);
    QVERIFY(!messages.isEmpty());
    for (const QString &message : std::as_const(messages)) {
        QVERIFY2(!message.contains(QString::fromLatin1(guessed)), qPrintable(message));
        QVERIFY2(!message.contains(QString::fromLatin1(FeedToken)), qPrintable(message));
    }
    QTRY_COMPARE(scalar(u"SELECT count(*) FROM refusals WHERE status = 401"_s).toInt(), 1);
    QCOMPARE(scalar(u"SELECT path FROM refusals WHERE status = 401"_s).toString(),
             u"/calendar.ics"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM refusals WHERE path LIKE '%token%'"
                    " OR reason LIKE '%guessed%'"_s)
                 .toInt(),
             0);
}

void TstCalendarFeed::limitsLeaveLaterEventsOut()
{
    startReceiver([](ReceiverConfig &config) { config.feedLimits.maxEvents = 1; });
    const auto oneEvent = get("token=" + FeedToken);
    QVERIFY(oneEvent);
    QCOMPARE(parseWithPython(oneEvent->body).value(u"summaries"_s).toArray(),
             QJsonArray{u"Choir rehearsal"_s});
    // One byte less than both events take: the later one is left out, the calendar complete.
    startReceiver();
    const auto full = get("token=" + FeedToken);
    QVERIFY(full);
    const qint64 limit = full->body.size() - 1;
    startReceiver([limit](ReceiverConfig &config) { config.feedLimits.maxBytes = limit; });
    const auto fewBytes = get("token=" + FeedToken);
    QVERIFY(fewBytes);
    QCOMPARE(fewBytes->status, 200);
    QVERIFY(fewBytes->body.size() <= limit);
    QVERIFY(fewBytes->body.endsWith("END:VCALENDAR\r\n"));
    QCOMPARE(parseWithPython(fewBytes->body).value(u"summaries"_s).toArray(),
             QJsonArray{u"Choir rehearsal"_s});
}

// A weekly event that first took place 90 days ago, before the feed's 30 days.
TestDeliveries::Event TstCalendarFeed::postWeeklyCall()
{
    TestDeliveries::Event call;
    call.id = 10;
    call.title = u"Weekly community call"_s;
    call.startsAt = QDateTime::currentDateTimeUtc().addDays(-90);
    call.frequency = u"weekly"_s;
    post(call, u"d-10"_s);
    return call;
}

void TstCalendarFeed::repeatingEventsStayAfterTheirFirstStart()
{
    const TestDeliveries::Event call = postWeeklyCall();
    TestDeliveries::Event otherSpace = call;
    otherSpace.id = 11;
    otherSpace.title = u"Monthly singalong"_s;
    otherSpace.frequency = u"Monthly"_s;
    otherSpace.spaceId = 8;
    otherSpace.spaceName = u"Singers"_s;
    post(otherSpace, u"d-11"_s);
    TestDeliveries::Event once = call;
    once.id = 12;
    once.title = u"One-off planning day"_s;
    once.frequency.clear();
    post(once, u"d-12"_s);
    waitUntilDerived();

    // They began before the feed's 30 days, but they repeat; the one-off does not.
    const auto all = get("token=" + FeedToken);
    QVERIFY(all);
    QCOMPARE(all->status, 200);
    QCOMPARE(parseWithPython(all->body).value(u"summaries"_s).toArray(),
             (QJsonArray{u"Choir rehearsal"_s, u"Monthly singalong"_s, u"Sourdough workshop"_s,
                         u"Weekly community call"_s}));
    QVERIFY(all->body.contains("RRULE:FREQ=WEEKLY"));
    QVERIFY(all->body.contains("RRULE:FREQ=MONTHLY"));
    // Ordered by first start: the repeating events that began earlier come first.
    QVERIFY(all->body.indexOf("Weekly community call") < all->body.indexOf("Choir rehearsal"));

    // A space narrows them as it narrows the rest.
    const auto singers = get("token=" + FeedToken + "&space=singers");
    QVERIFY(singers);
    QCOMPARE(singers->status, 200);
    QCOMPARE(parseWithPython(singers->body).value(u"summaries"_s).toArray(),
             (QJsonArray{u"Choir rehearsal"_s, u"Monthly singalong"_s}));
}

void TstCalendarFeed::repeatingEventsComeFirstUnderTheLimits()
{
    postWeeklyCall();
    waitUntilDerived();
    startReceiver([](ReceiverConfig &config) { config.feedLimits.maxEvents = 2; });

    // Two events fit: the repeating one and the earliest of the window; the last is left out.
    const auto response = get("token=" + FeedToken);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(parseWithPython(response->body).value(u"summaries"_s).toArray(),
             (QJsonArray{u"Choir rehearsal"_s, u"Weekly community call"_s}));
}

void TstCalendarFeed::webhookIsAnsweredWhileALargeFeedIsBuilt()
{
    startReceiver([](ReceiverConfig &config) {
        config.feedLimits.maxEvents = 1000000;
        config.feedLimits.maxBytes = qint64(1) << 30;
    });
    insertEvents(30000);
    QStringList order;
    HttpTestClient feed(m_receiver->port());
    HttpTestClient webhook(m_receiver->port());
    QVERIFY(feed.connectToServer() && webhook.connectToServer());
    connect(&feed.socket(), &QTcpSocket::readyRead, this, [&] {
        if (!order.contains(u"feed"_s))
            order << u"feed"_s;
    });
    connect(&webhook.socket(), &QTcpSocket::readyRead, this, [&] {
        if (!order.contains(u"webhook"_s))
            order << u"webhook"_s;
    });
    QVERIFY(feed.send(HttpTestClient::request("GET", feedPath("token=" + FeedToken))));
    TestDeliveries::Event late;
    late.id = 99;
    QVERIFY(
        webhook.send(HttpTestClient::delivery(TestDeliveries::event(u"d-99"_s, late), WebhookToken,
                                              "/webhooks/mighty-networks/EventCreated")));
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, 60000);
    QCOMPARE(order, (QStringList{u"webhook"_s, u"feed"_s}));
    const auto feedAnswer = feed.readResponse(60000);
    QVERIFY(feedAnswer);
    QCOMPARE(feedAnswer->status, 200);
    QVERIFY(feedAnswer->body.count("BEGIN:VEVENT") >= 30000);
}

void TstCalendarFeed::tooManyWaitingRequestsAreTurnedAway()
{
    startReceiver([](ReceiverConfig &config) {
        config.feedLimits.maxEvents = 1000000;
        config.feedLimits.maxBytes = qint64(1) << 30;
        config.feedLimits.maxWaiting = 1;
    });
    insertEvents(30000);
    HttpTestClient first(m_receiver->port());
    QVERIFY(first.connectToServer());
    QVERIFY(first.send(HttpTestClient::request("GET", feedPath("token=" + FeedToken))));
    // Once a delivery sent after it is answered, the server has taken the first request.
    TestDeliveries::Event late;
    late.id = 98;
    post(late, u"d-98"_s);
    const auto second = get("token=" + FeedToken);
    QVERIFY(second);
    QCOMPARE(second->status, 503);
    QCOMPARE(second->header("retry-after"), "30");
    const auto firstAnswer = first.readResponse(60000);
    QVERIFY(firstAnswer);
    QCOMPARE(firstAnswer->status, 200);
}

QTEST_GUILESS_MAIN(TstCalendarFeed)
#include "tst_calendarfeed.moc"
