#include "AvatarCache.h"
#include "EventDetailsPanel.h"
#include "query/EventDetailsQuery.h"
#include "store/Database.h"

#include <QBuffer>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// Every scheme a link in the panel could have: the test records them instead of opening them.
QStringList urlSchemes()
{
    return {u"https"_s, u"http"_s, u"mailto"_s, u"javascript"_s, u"file"_s, u"data"_s};
}

QByteArray png(QSize size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::darkCyan);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

QByteArray response(const QByteArray &status, const QByteArray &body,
                    const QByteArray &extraHeaders = {}, bool declareLength = true)
{
    QByteArray head = "HTTP/1.1 " + status + "\r\nConnection: close\r\n" + extraHeaders;
    if (declareLength)
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return head + "\r\n" + body;
}

// A tiny HTTP server on a real socket: answers each path with fixed bytes (or never) and counts
// the requests it saw, so a test can tell a cached answer from a fetched one.
class ImageServer
{
public:
    ImageServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
        m_server.listen(QHostAddress::LocalHost);
    }

    bool isListening() const { return m_server.isListening(); }
    void route(const QByteArray &path, const QByteArray &bytes) { m_routes.insert(path, bytes); }
    // Reads the request and never answers.
    void silence(const QByteArray &path) { m_silent << path; }
    int requests(const QByteArray &path) const { return m_requests.value(path); }
    QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [this, socket, buffer] { serve(socket, *buffer); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void serve(QTcpSocket *socket, QByteArray &buffer)
    {
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QByteArray path = buffer.split(' ').value(1);
        buffer.clear();
        ++m_requests[path];
        if (m_silent.contains(path))
            return;
        socket->write(m_routes.value(path, response("404 Not Found", "no such image")));
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QByteArray, QByteArray> m_routes;
    QList<QByteArray> m_silent;
    QHash<QByteArray, int> m_requests;
};

bool exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    qWarning().noquote() << sql << query.lastError().text();
    return false;
}

QByteArray body(const QString &eventId, const QString &payloadId)
{
    return u"{\"event_id\":\"%1\",\"event_timestamp\":\"2025-11-01T00:00:00+00:00\","
           "\"payload\":{\"id\":%2,\"title\":\"Reading night\",\"nested\":{\"a\":[1,2]}}}"_s
               .arg(eventId, payloadId)
               .toUtf8();
}

bool insertDelivery(QSqlDatabase db, int id, const QString &type, const QString &subject,
                    const QString &receivedAt, int attempts = 1)
{
    return exec(db,
                u"INSERT INTO deliveries (id, event_id, type, classified_by, subject_id,"
                " received_at, last_received_at, attempts, body, derived)"
                " VALUES (?, ?, ?, 'shape', ?, ?, ?, ?, ?, 1)"_s,
                {id, u"delivery-%1"_s.arg(id), type, subject, receivedAt, receivedAt, attempts,
                 body(u"delivery-%1"_s.arg(id), subject)});
}

// The store as the deriver leaves it for event 1001 (complete) and event 1002 (an RSVP arrived
// before the event: no member or space objects).
bool fillStore(QSqlDatabase db, const QUrl &avatar, const QUrl &image)
{
    return exec(db, u"INSERT INTO spaces VALUES ('77', 'Book Club', NULL,"
                    " '2024-01-02T03:04:05+00:00', NULL)"_s)
           && exec(db,
                   u"INSERT INTO members (id, first_name, last_name, email, time_zone, location,"
                   " avatar, categories, permalink, ambassador_level, member_type, referral_count)"
                   " VALUES ('501', 'Ada', 'Lovelace', 'ada@example.com', 'Europe/London',"
                   " 'London', ?, 'Math, Poetry', 'https://example.com/members/501', 'Gold',"
                   " 'full', 12)"_s,
                   {avatar.toString()})
           && exec(db, u"INSERT INTO members (id, first_name, last_name) VALUES"
                       " ('502', 'Grace', 'Hopper'), ('503', 'Alan', 'Turing')"_s)
           && exec(db,
                   u"INSERT INTO event_records (id, title, summary, event_type, starts_at,"
                   " ends_at, starts_at_utc, ends_at_utc, time_zone, location, frequency,"
                   " recurrence_interval, space_id, space_name, creator_id, creator_name,"
                   " permalink, images, rsvp_enabled, rsvp_closed, status, rsvp_yes)"
                   " VALUES ('1001', 'Reading night',"
                   " '<p>Bring <b>a book</b></p><script>alert(1)</script>', 'local_meetup',"
                   " '2025-11-07T18:00:00-08:00', '2025-11-07T19:30:00-08:00',"
                   " '2025-11-08T02:00:00.000Z', '2025-11-08T03:30:00.000Z',"
                   " 'America/Los_Angeles', 'Library', 'weekly', 2, '77', 'Book Club', '501',"
                   " 'Ada Lovelace', 'https://example.com/events/1001', ?, 1, 0, 'updated', 1)"_s,
                   {QString::fromUtf8(
                       QJsonDocument(QJsonArray{image.toString(), u"file:///etc/passwd"_s})
                           .toJson(QJsonDocument::Compact))})
           && exec(db, u"INSERT INTO event_records (id, title, space_id, space_name, creator_id)"
                       " VALUES ('1002', 'Orphan', '88', 'Chess', '600')"_s)
           && exec(db, u"INSERT INTO rsvps (event_id, member_id, status, deleted, updated,"
                       " updated_utc) VALUES"
                       " ('1001', '502', 'yes', 0, '2025-11-01T10:00:00+00:00',"
                       " '2025-11-01T10:00:00.000Z'),"
                       " ('1001', '503', 'maybe', 1, '2025-11-02T10:00:00+00:00',"
                       " '2025-11-02T10:00:00.000Z')"_s)
           && exec(db, u"INSERT INTO event_changes (event_id, delivery_id, changed_at, field,"
                       " old_value, new_value) VALUES"
                       " ('1001', 2, '2025-11-02T00:00:00+00:00', 'title', 'Reading evening',"
                       " 'Reading night'),"
                       " ('1001', 2, '2025-11-02T00:00:00+00:00', 'location', 'Cafe',"
                       " 'Library')"_s)
           && insertDelivery(db, 1, u"EventCreated"_s, u"1001"_s, u"2025-11-01T00:00:00.000Z"_s)
           && insertDelivery(db, 2, u"EventUpdated"_s, u"1001"_s, u"2025-11-02T00:00:00.000Z"_s)
           && insertDelivery(db, 3, u"RsvpCreated"_s, u"1001"_s, u"2025-11-03T00:00:00.000Z"_s, 2)
           && insertDelivery(db, 4, u"EventCreated"_s, u"9999"_s, u"2025-11-04T00:00:00.000Z"_s);
}

template<typename T>
T *child(QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        qWarning().noquote() << "no child" << name;
    return found;
}

QString labelText(QWidget &parent, const QString &name)
{
    QLabel *label = child<QLabel>(parent, name);
    return label ? label->text() : QString();
}

QStringList rowTexts(QTreeWidget *tree, int row)
{
    QStringList texts;
    for (int column = 0; column < tree->columnCount(); ++column)
        texts << tree->topLevelItem(row)->text(column);
    return texts;
}

} // namespace

class TestEventDetails : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    // The QDesktopServices handler: records instead of starting a browser.
    void recordUrl(const QUrl &url) { m_openedUrls << url; }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void queryLoadsEverything();
    void queryLoadsByRowId();
    void queryToleratesMissingMemberAndSpace();
    void queryReturnsNothingForUnknownEvent();
    void queryReportsErrors();
    void queryKeepsNewestDeliveries();

    void sanitizer_data();
    void sanitizer();

    void panelStartsEmpty();
    void panelShowsEvent();
    void panelShowsADashForWhatWasNotSaid();
    void panelShowsTextAsPlainText();
    void panelCopiesJson();
    void panelOpensOnlyWebLinks();
    void panelNeverLoadsRemoteContent();
    void panelShowsAvatarAndThumbnails();
    void panelClears();

    void avatarCacheFetchesOnceThenUsesDisk();
    void avatarCacheRefuses_data();
    void avatarCacheRefuses();
    void avatarCacheFollowsWebRedirects();
    void avatarCacheTimesOut();
    void avatarCacheIgnoresNonWebUrls();

private:
    bool openStore();
    std::optional<EventDetails> loadEvent(const QString &id);
    AvatarCache *newCache();

    ImageServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QList<AvatarCache *> m_caches;
    QList<QUrl> m_openedUrls;
};

void TestEventDetails::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.isListening());
    m_server.route("/avatar.png", response("200 OK", png({40, 30}), "Content-Type: image/png\r\n"));
    m_server.route("/thumb.png",
                   response("200 OK", png({300, 200}), "Content-Type: image/png\r\n"));
    m_server.route("/barrier.png", response("200 OK", png({2, 2}), "Content-Type: image/png\r\n"));
    m_server.route("/summary.png", response("200 OK", png({2, 2}), "Content-Type: image/png\r\n"));
    m_server.route("/big-declared.png", response("200 OK", QByteArray(3 * MiB, 'x')));
    m_server.route("/big-streamed.png", response("200 OK", QByteArray(3 * MiB, 'x'), {}, false));
    m_server.route("/huge-canvas.png", response("200 OK", png({AvatarCache::MaxImageSide + 1, 1})));
    m_server.route("/text.png", response("200 OK", "hello", "Content-Type: text/plain\r\n"));
    m_server.route("/to-file.png", response("302 Found", {}, "Location: file:///etc/hostname\r\n"));
    m_server.route("/to-avatar.png", response("302 Found", {}, "Location: /avatar.png\r\n"));
    m_server.silence("/silent.png");
    for (const QString &scheme : urlSchemes())
        QDesktopServices::setUrlHandler(scheme, this, "recordUrl");
}

void TestEventDetails::cleanupTestCase()
{
    for (const QString &scheme : urlSchemes())
        QDesktopServices::unsetUrlHandler(scheme);
}

void TestEventDetails::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_openedUrls.clear();
}

// A real store in the test's directory, filled as the deriver would have left it.
bool TestEventDetails::openStore()
{
    m_database = std::make_unique<Database>(Database::pathIn(m_dir->path()));
    QString error;
    if (!m_database->open(&error)) {
        qWarning().noquote() << error;
        return false;
    }
    return fillStore(m_database->connection(), m_server.url(u"/avatar.png"_s),
                     m_server.url(u"/thumb.png"_s));
}

void TestEventDetails::cleanup()
{
    qDeleteAll(m_caches);
    m_caches.clear();
    m_database.reset();
    m_dir.reset();
}

std::optional<EventDetails> TestEventDetails::loadEvent(const QString &id)
{
    QString error;
    std::optional<EventDetails> details =
        EventDetailsQuery::load(m_database->connection(), id, &error);
    if (!error.isEmpty())
        qWarning().noquote() << error;
    return details;
}

// Each test's caches share one directory, which goes away with the test.
AvatarCache *TestEventDetails::newCache()
{
    m_caches.append(new AvatarCache(QDir(m_dir->path()).filePath(u"avatars"_s)));
    return m_caches.last();
}

void TestEventDetails::queryLoadsEverything()
{
    QVERIFY(openStore());
    const std::optional<EventDetails> details = loadEvent(u"1001"_s);
    QVERIFY(details);
    QCOMPARE(details->title, u"Reading night"_s);
    QCOMPARE(details->eventType, u"local_meetup"_s);
    QCOMPARE(details->startsAt, u"2025-11-07T18:00:00-08:00"_s);
    QCOMPARE(details->startsAtUtc, QDateTime(QDate(2025, 11, 8), QTime(2, 0), Qt::UTC));
    QCOMPARE(details->endsAtUtc, QDateTime(QDate(2025, 11, 8), QTime(3, 30), Qt::UTC));
    QCOMPARE(details->timeZone, u"America/Los_Angeles"_s);
    QCOMPARE(details->interval, std::optional<int>(2));
    QCOMPARE(details->images,
             QStringList({m_server.url(u"/thumb.png"_s).toString(), u"file:///etc/passwd"_s}));
    QCOMPARE(details->rsvpEnabled, std::optional<bool>(true));
    QCOMPARE(details->rsvpClosed, std::optional<bool>(false));
    QVERIFY(!details->restrictedEvent);
    QCOMPARE(details->status, u"updated"_s);

    QCOMPARE(details->creator.displayName(), u"Ada Lovelace"_s);
    QCOMPARE(details->creator.email, u"ada@example.com"_s);
    QCOMPARE(details->creator.referralCount, std::optional<qint64>(12));
    QCOMPARE(details->creator.categories, u"Math, Poetry"_s);
    QCOMPARE(details->space.name, u"Book Club"_s);
    QCOMPARE(details->space.createdAt, u"2024-01-02T03:04:05+00:00"_s);

    QCOMPARE(details->rsvps.size(), 2);
    QCOMPARE(details->rsvps.at(0).memberName, u"Grace Hopper"_s);
    QVERIFY(!details->rsvps.at(0).deleted);
    QCOMPARE(details->rsvps.at(1).memberName, u"Alan Turing"_s);
    QVERIFY(details->rsvps.at(1).deleted);

    QCOMPARE(details->changes.size(), 2);
    QCOMPARE(details->changes.at(0).field, u"location"_s); // newest first
    QCOMPARE(details->changes.at(0).before, u"Cafe"_s);
    QCOMPARE(details->changes.at(0).after, u"Library"_s);
    QCOMPARE(details->changes.at(1).field, u"title"_s);

    QCOMPARE(details->deliveryTotal, qint64(3));
    QCOMPARE(details->deliveries.size(), 3);
    QCOMPARE(details->deliveries.at(0).type, u"RsvpCreated"_s);
    QCOMPARE(details->deliveries.at(0).attempts, 2);
    QCOMPARE(details->deliveries.at(2).type, u"EventCreated"_s);
    const QByteArray raw = body(u"delivery-3"_s, u"1001"_s);
    QCOMPARE(details->deliveries.at(0).json,
             QString::fromUtf8(QJsonDocument::fromJson(raw).toJson(QJsonDocument::Indented)));
    QVERIFY(details->deliveries.at(0).json.contains(u"\n    \"event_id\": \"delivery-3\""_s));
}

void TestEventDetails::queryLoadsByRowId()
{
    QVERIFY(openStore());
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT rowid FROM event_records WHERE id = '1002'"_s) && query.next());
    const std::optional<EventDetails> details =
        EventDetailsQuery::loadByRowId(m_database->connection(), query.value(0).toLongLong());
    QVERIFY(details);
    QCOMPARE(details->id, u"1002"_s);
    QCOMPARE(details->rowId, query.value(0).toLongLong());
}

void TestEventDetails::queryToleratesMissingMemberAndSpace()
{
    QVERIFY(openStore());
    const std::optional<EventDetails> details = loadEvent(u"1002"_s);
    QVERIFY(details);
    QCOMPARE(details->creator.id, u"600"_s);
    QVERIFY(details->creator.displayName().isEmpty());
    QCOMPARE(details->space.id, u"88"_s);
    QCOMPARE(details->space.name, u"Chess"_s); // the event row's copy
    QVERIFY(details->rsvps.isEmpty());
    QVERIFY(details->changes.isEmpty());
    QVERIFY(details->deliveries.isEmpty());
    QVERIFY(details->images.isEmpty());
    QVERIFY(!details->startsAtUtc.isValid());
}

void TestEventDetails::queryReturnsNothingForUnknownEvent()
{
    QVERIFY(openStore());
    QString error;
    QVERIFY(!EventDetailsQuery::load(m_database->connection(), u"404"_s, &error));
    QVERIFY(error.isEmpty());
    QVERIFY(!EventDetailsQuery::loadByRowId(m_database->connection(), 404, &error));
    QVERIFY(error.isEmpty());
}

void TestEventDetails::queryReportsErrors()
{
    // A database without Eventwatch's schema.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"empty"_s);
    {
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        QString error;
        QVERIFY(!EventDetailsQuery::load(db, u"1001"_s, &error));
        QVERIFY2(error.contains(u"event_records"_s), qPrintable(error));
        db.close();
    }
    db = {};
    QSqlDatabase::removeDatabase(u"empty"_s);
}

void TestEventDetails::queryKeepsNewestDeliveries()
{
    QVERIFY(openStore());
    QSqlDatabase db = m_database->connection();
    QVERIFY(db.transaction());
    for (int i = 0; i < EventDetailsQuery::MaxDeliveries + 10; ++i)
        QVERIFY(insertDelivery(db, 100 + i, u"EventUpdated"_s, u"1002"_s,
                               QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC)
                                   .addSecs(60 * i)
                                   .toString(Qt::ISODateWithMs)));
    QVERIFY(db.commit());
    const std::optional<EventDetails> details = loadEvent(u"1002"_s);
    QVERIFY(details);
    QCOMPARE(details->deliveryTotal, qint64(EventDetailsQuery::MaxDeliveries + 10));
    QCOMPARE(details->deliveries.size(), EventDetailsQuery::MaxDeliveries);
    QCOMPARE(details->deliveries.first().id, qint64(100 + EventDetailsQuery::MaxDeliveries + 9));
    QCOMPARE(details->deliveries.last().id, qint64(110));
}

void TestEventDetails::sanitizer_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("allowed tags kept")
        << u"<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><p><b>b</b><strong>s</strong><i>i</i>"
           "<em>e</em><u>u</u><br><code>c</code></p><ul><li>1</li></ul><ol><li>2</li></ol>"
           "<blockquote>q</blockquote><pre>p</pre>"_s
        << u"<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><p><b>b</b><strong>s</strong><i>i</i>"
           "<em>e</em><u>u</u><br><code>c</code></p><ul><li>1</li></ul><ol><li>2</li></ol>"
           "<blockquote>q</blockquote><pre>p</pre>"_s;
    QTest::newRow("tag names lower-cased") << u"<P>Hi<BR/></P>"_s << u"<p>Hi<br></p>"_s;
    QTest::newRow("script stripped")
        << u"<p>Hi</p><script>alert('</p>')</script>"_s << u"<p>Hi</p>"_s;
    QTest::newRow("unterminated script drops the rest")
        << u"Hi<SCRIPT type=text/javascript>alert(1)"_s << u"Hi"_s;
    QTest::newRow("script end tag needs a delimiter")
        << u"<script>a</scripty>b</script>c"_s << u"c"_s;
    QTest::newRow("style element stripped")
        << u"<style>p{background:url(http://evil.example/x)}</style>Hi"_s << u"Hi"_s;
    QTest::newRow("onclick stripped")
        << u"<p onclick=\"alert(1)\" class=x>Hi</p>"_s << u"<p>Hi</p>"_s;
    QTest::newRow("style attribute stripped")
        << u"<b style='background:url(http://evil.example/x)'>Hi</b>"_s << u"<b>Hi</b>"_s;
    QTest::newRow("img stripped")
        << u"<p>A<img src=\"http://evil.example/x.png\" onerror=alert(1)>B</p>"_s << u"<p>AB</p>"_s;
    QTest::newRow("iframe stripped with content")
        << u"<iframe src=\"https://evil.example\">fallback</iframe>ok"_s << u"ok"_s;
    QTest::newRow("object and embed stripped")
        << u"<object data=x.swf><embed src=y></object>ok"_s << u"ok"_s;
    QTest::newRow("javascript link stripped")
        << u"<a href=\"javascript:alert(1)\">x</a>"_s << u"x"_s;
    QTest::newRow("encoded javascript link stripped")
        << u"<a href=\"java&#115;cript&colon;alert(1)\">x</a>"_s << u"x"_s;
    QTest::newRow("javascript link with a tab stripped")
        << u"<a href=\"java\tscript:alert(1)\">x</a>"_s << u"x"_s;
    QTest::newRow("data link stripped")
        << u"<a href='data:text/html,<script>alert(1)</script>'>x</a>"_s << u"x"_s;
    QTest::newRow("relative link stripped") << u"<a href=\"/members/1\">x</a>"_s << u"x"_s;
    QTest::newRow("https link kept without other attributes")
        << u"<a target=_blank href=\"https://example.com/a?b=1&amp;c=2\" onclick=x>x</a>"_s
        << u"<a href=\"https://example.com/a?b=1&amp;c=2\">x</a>"_s;
    QTest::newRow("http link kept, unquoted")
        << u"<a href=http://example.com/>x</a>"_s << u"<a href=\"http://example.com/\">x</a>"_s;
    QTest::newRow("mailto link kept") << u"<a href=\"mailto:host@example.com\">mail</a>"_s
                                      << u"<a href=\"mailto:host@example.com\">mail</a>"_s;
    QTest::newRow("link without href dropped") << u"<a name=x>x</a>"_s << u"x"_s;
    QTest::newRow("unknown tags dropped, text kept")
        << u"<div class=x><span>Hi</span> <font color=red>there</font></div>"_s << u"Hi there"_s;
    QTest::newRow("comments dropped")
        << u"a<!-- <script>alert(1)</script> -->b<!doctype html><?xml x?>c"_s << u"abc"_s;
    QTest::newRow("unterminated comment drops the rest") << u"a<!-- b"_s << u"a"_s;
    QTest::newRow("stray angle brackets escaped")
        << u"1 < 2 > 0 <3 </ 4"_s << u"1 &lt; 2 &gt; 0 &lt;3 "_s;
    QTest::newRow("unterminated tag dropped") << u"Hi <b onmouseover=\"alert(1)"_s << u"Hi "_s;
    QTest::newRow("quoted > inside an attribute")
        << u"<p title=\"a>b\" onclick='x>y'>Hi</p>"_s << u"<p>Hi</p>"_s;
    QTest::newRow("unmatched end tags dropped") << u"</p>x</b></a>"_s << u"x"_s;
    QTest::newRow("end tag of a dropped link dropped")
        << u"<b><a href=javascript:x>x</a></b>"_s << u"<b>x</b>"_s;
    QTest::newRow("character references kept") << u"Tom &amp; Jerry &eacute; &#233; &#xE9;"_s
                                               << u"Tom &amp; Jerry &eacute; &#233; &#xE9;"_s;
    QTest::newRow("bare ampersand escaped") << u"A & B &c"_s << u"A &amp; B &amp;c"_s;
    QTest::newRow("nested tag tricks")
        << u"<scr<script>ipt>alert(1)</script>"_s << u"ipt&gt;alert(1)"_s;
    QTest::newRow("svg dropped with content")
        << u"<svg><a xlink:href=javascript:x><text>t</text></a></svg>ok"_s << u"ok"_s;
    QTest::newRow("plain text untouched") << u"Just text"_s << u"Just text"_s;
}

void TestEventDetails::sanitizer()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(EventDetailsPanel::sanitizeSummary(html), expected);
}

void TestEventDetails::panelStartsEmpty()
{
    EventDetailsPanel panel;
    panel.setAvatarCache(nullptr);
    auto *stack = child<QStackedWidget>(panel, u"stack"_s);
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget()->objectName(), u"emptyPage"_s);
    QCOMPARE(labelText(panel, u"emptyLabel"_s), u"Select an event to see its details"_s);
    QVERIFY(panel.eventId().isEmpty());
}

void TestEventDetails::panelShowsADashForWhatWasNotSaid()
{
    QVERIFY(openStore());
    const std::optional<EventDetails> full = loadEvent(u"1001"_s);
    const std::optional<EventDetails> sparse = loadEvent(u"1002"_s);
    QVERIFY(full && sparse);
    EventDetailsPanel panel;
    panel.setAvatarCache(nullptr);
    panel.setDetails(*full);
    panel.setDetails(*sparse);
    // The rows stay where they were, each saying that nothing was given.
    for (const QString &name : {u"creatorEmailLabel"_s, u"creatorLocationLabel"_s,
                                u"creatorReferralsLabel"_s, u"durationLabel"_s}) {
        auto *label = child<QLabel>(panel, name);
        QVERIFY2(label && !label->isHidden(), qPrintable(name));
        QCOMPARE(label->text(), u"—"_s);
    }
    QCOMPARE(labelText(panel, u"spaceNameLabel"_s), u"Chess"_s);
}

void TestEventDetails::panelShowsEvent()
{
    QVERIFY(openStore());
    const std::optional<EventDetails> details = loadEvent(u"1001"_s);
    QVERIFY(details);
    EventDetailsPanel panel;
    panel.setAvatarCache(nullptr);
    panel.setDetails(*details);

    QCOMPARE(panel.eventId(), u"1001"_s);
    QCOMPARE(child<QStackedWidget>(panel, u"stack"_s)->currentWidget()->objectName(),
             u"detailsPage"_s);
    QCOMPARE(labelText(panel, u"titleLabel"_s), u"Reading night"_s);
    QVERIFY(labelText(panel, u"statusLabel"_s).contains(u"1001"_s));
    QCOMPARE(labelText(panel, u"durationLabel"_s), u"1 h 30 min"_s);
    QVERIFY(labelText(panel, u"eventZoneTimeLabel"_s).endsWith(u"(America/Los_Angeles)"_s));
    QCOMPARE(labelText(panel, u"typeLabel"_s), u"Local meetup"_s);
    QCOMPARE(labelText(panel, u"locationLabel"_s), u"Library"_s);
    QCOMPARE(labelText(panel, u"recurrenceLabel"_s), u"weekly, every 2"_s);

    auto *summary = child<QTextBrowser>(panel, u"summaryBrowser"_s);
    QVERIFY(summary);
    QVERIFY(!summary->openLinks());
    QCOMPARE(summary->toPlainText(), u"Bring a book"_s);

    QCOMPARE(labelText(panel, u"creatorNameLabel"_s), u"Ada Lovelace"_s);
    QCOMPARE(labelText(panel, u"creatorEmailLabel"_s), u"ada@example.com"_s);
    QCOMPARE(labelText(panel, u"creatorLocationLabel"_s), u"London"_s);
    QCOMPARE(labelText(panel, u"creatorTimeZoneLabel"_s), u"Europe/London"_s);
    QCOMPARE(labelText(panel, u"creatorReferralsLabel"_s), u"12"_s);
    QCOMPARE(labelText(panel, u"creatorAmbassadorLabel"_s), u"Gold"_s);
    QCOMPARE(labelText(panel, u"creatorCategoriesLabel"_s), u"Math, Poetry"_s);

    QCOMPARE(labelText(panel, u"spaceNameLabel"_s), u"Book Club"_s);
    QCOMPARE(labelText(panel, u"spaceIdLabel"_s), u"77"_s);
    QVERIFY(!labelText(panel, u"spaceCreatedLabel"_s).isEmpty());

    QCOMPARE(labelText(panel, u"rsvpSummaryLabel"_s), u"1 yes · 0 maybe · 0 no"_s);
    auto *rsvps = child<QTreeWidget>(panel, u"rsvpTree"_s);
    QCOMPARE(rsvps->topLevelItemCount(), 2);
    QCOMPARE(rsvps->topLevelItem(0)->text(0), u"Grace Hopper"_s);
    QCOMPARE(rsvps->topLevelItem(0)->text(1), u"Yes"_s);
    QCOMPARE(rsvps->topLevelItem(1)->text(0), u"Alan Turing"_s);
    QCOMPARE(rsvps->topLevelItem(1)->text(1), u"Maybe (withdrawn)"_s);
    QVERIFY(rsvps->isColumnHidden(2)); // no instances

    auto *history = child<QTreeWidget>(panel, u"historyTree"_s);
    QCOMPARE(history->topLevelItemCount(), 2);
    QCOMPARE(rowTexts(history, 0).mid(1), QStringList({u"Location"_s, u"Cafe"_s, u"Library"_s}));
    QCOMPARE(rowTexts(history, 1).mid(1),
             QStringList({u"Title"_s, u"Reading evening"_s, u"Reading night"_s}));

    const QList<QPlainTextEdit *> json = panel.findChildren<QPlainTextEdit *>(u"deliveryJson"_s);
    QCOMPARE(json.size(), 3);
    QCOMPARE(json.first()->toPlainText(), details->deliveries.first().json.trimmed());
    QVERIFY(json.first()->isReadOnly());
    QCOMPARE(panel.findChildren<QLabel *>(u"deliveryHeadline"_s).first()->text().left(11),
             u"RsvpCreated"_s);
}

// Names and titles come from strangers: a label must not render them as HTML.
void TestEventDetails::panelShowsTextAsPlainText()
{
    QVERIFY(openStore());
    std::optional<EventDetails> details = loadEvent(u"1001"_s);
    QVERIFY(details);
    details->title = u"<img src=\"http://evil.example/x\"><b>Bold</b>"_s;
    EventDetailsPanel panel;
    panel.setAvatarCache(nullptr);
    panel.setDetails(*details);
    const QList<QLabel *> labels = panel.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->objectName().endsWith(u"Caption"_s))
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
    QCOMPARE(labelText(panel, u"titleLabel"_s), details->title);

    // A summary without tags is text, line breaks included.
    details->summaryHtml = u"Line one\nLine two & 1 < 2"_s;
    panel.setDetails(*details);
    QCOMPARE(child<QTextBrowser>(panel, u"summaryBrowser"_s)->toPlainText(), details->summaryHtml);
}

void TestEventDetails::panelCopiesJson()
{
    QVERIFY(openStore());
    const std::optional<EventDetails> details = loadEvent(u"1001"_s);
    QVERIFY(details);
    EventDetailsPanel panel;
    panel.setAvatarCache(nullptr);
    panel.setDetails(*details);
    const QList<QPushButton *> buttons = panel.findChildren<QPushButton *>(u"copyJsonButton"_s);
    QCOMPARE(buttons.size(), 3);
    QGuiApplication::clipboard()->clear();
    buttons.at(1)->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), details->deliveries.at(1).json);
    QCOMPARE(buttons.at(1)->text(), u"Copied"_s);
}

void TestEventDetails::panelOpensOnlyWebLinks()
{
    QVERIFY(openStore());
    const std::optional<EventDetails> details = loadEvent(u"1001"_s);
    QVERIFY(details);
    EventDetailsPanel panel;
    panel.setAvatarCache(nullptr);
    panel.setDetails(*details);

    child<QPushButton>(panel, u"permalinkButton"_s)->click();
    child<QPushButton>(panel, u"profileButton"_s)->click();
    QCOMPARE(m_openedUrls, QList<QUrl>({QUrl(u"https://example.com/events/1001"_s),
                                        QUrl(u"https://example.com/members/501"_s)}));

    // A link in the summary can only be http(s) or mailto after sanitizing; the click handler
    // checks again.
    m_openedUrls.clear();
    auto *summary = child<QTextBrowser>(panel, u"summaryBrowser"_s);
    Q_EMIT summary->anchorClicked(QUrl(u"javascript:alert(1)"_s));
    Q_EMIT summary->anchorClicked(QUrl(u"file:///etc/passwd"_s));
    Q_EMIT summary->anchorClicked(QUrl(u"mailto:ada@example.com"_s));
    QCOMPARE(m_openedUrls, QList<QUrl>({QUrl(u"mailto:ada@example.com"_s)}));
}

void TestEventDetails::panelNeverLoadsRemoteContent()
{
    QVERIFY(openStore());
    std::optional<EventDetails> details = loadEvent(u"1001"_s);
    QVERIFY(details);
    const QString remote = m_server.url(u"/summary.png"_s).toString();
    details->summaryHtml = u"<p>Hi<img src=\"%1\"></p><link rel=stylesheet href=\"%1\">"
                           "<p style=\"background-image:url(%1)\">there</p>"_s.arg(remote);
    AvatarCache *cache = newCache();
    EventDetailsPanel panel;
    panel.setAvatarCache(cache);
    panel.resize(600, 800);
    panel.show();
    panel.setDetails(*details);
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    auto *summary = child<QTextBrowser>(panel, u"summaryBrowser"_s);
    QVERIFY(!summary->loadResource(QTextDocument::ImageResource, QUrl(remote)).isValid());
    QVERIFY(!summary->loadResource(QTextDocument::StyleSheetResource, QUrl(remote)).isValid());
    QVERIFY(!summary->loadResource(QTextDocument::ImageResource, QUrl(u"file:///etc/hostname"_s))
                 .isValid());

    // Anything the summary could have started would reach the server before this request.
    QSignalSpy ready(cache, &AvatarCache::ready);
    const QUrl barrier = m_server.url(u"/barrier.png"_s);
    cache->request(barrier);
    while (ready.isEmpty() || ready.last().at(0).toUrl() != barrier)
        QVERIFY(ready.wait());
    QCOMPARE(m_server.requests("/summary.png"), 0);
}

void TestEventDetails::panelShowsAvatarAndThumbnails()
{
    QVERIFY(openStore());
    const std::optional<EventDetails> details = loadEvent(u"1001"_s);
    QVERIFY(details);
    AvatarCache *cache = newCache();
    QSignalSpy ready(cache, &AvatarCache::ready);
    EventDetailsPanel panel;
    panel.setAvatarCache(cache);
    panel.setDetails(*details);

    // The file: image is never fetched, so there is one thumbnail.
    const QList<QToolButton *> thumbnails = panel.findChildren<QToolButton *>(u"imageButton"_s);
    QCOMPARE(thumbnails.size(), 1);
    QVERIFY(thumbnails.first()->icon().isNull());

    QVERIFY(ready.wait());
    if (ready.size() < 2)
        QVERIFY(ready.wait());
    QCOMPARE(ready.size(), 2);
    const QPixmap avatar = child<QLabel>(panel, u"avatarLabel"_s)->pixmap();
    QVERIFY(!avatar.isNull());
    QCOMPARE(avatar.size(), QSize(64, 48));
    QVERIFY(!thumbnails.first()->icon().isNull());
}

void TestEventDetails::panelClears()
{
    QVERIFY(openStore());
    const std::optional<EventDetails> details = loadEvent(u"1001"_s);
    QVERIFY(details);
    EventDetailsPanel panel;
    panel.setAvatarCache(nullptr);
    panel.setDetails(*details);
    panel.showMessage(u"The event could not be read."_s);
    QCOMPARE(labelText(panel, u"emptyLabel"_s), u"The event could not be read."_s);
    QVERIFY(panel.findChildren<QPlainTextEdit *>(u"deliveryJson"_s).isEmpty());
    panel.clear();
    QCOMPARE(child<QStackedWidget>(panel, u"stack"_s)->currentWidget()->objectName(),
             u"emptyPage"_s);
    QCOMPARE(labelText(panel, u"emptyLabel"_s), u"Select an event to see its details"_s);
    QVERIFY(panel.eventId().isEmpty());
}

void TestEventDetails::avatarCacheFetchesOnceThenUsesDisk()
{
    const QUrl url = m_server.url(u"/avatar.png"_s);
    const int before = m_server.requests("/avatar.png");
    AvatarCache *first = newCache();
    QSignalSpy ready(first, &AvatarCache::ready);
    first->request(url);
    first->request(url); // joins the request under way
    QVERIFY(ready.wait());
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.first().at(0).toUrl(), url);
    QCOMPARE(ready.first().at(1).value<QPixmap>().size(), QSize(40, 30));
    QCOMPARE(m_server.requests("/avatar.png"), before + 1);

    // A new cache on the same directory, as after a restart: served from disk.
    AvatarCache *second = newCache();
    QSignalSpy readyAgain(second, &AvatarCache::ready);
    second->request(url);
    QVERIFY(readyAgain.wait());
    QCOMPARE(readyAgain.first().at(1).value<QPixmap>().size(), QSize(40, 30));
    QCOMPARE(m_server.requests("/avatar.png"), before + 1);
    QVERIFY(!QDir(second->cacheDirectory()).isEmpty());
}

void TestEventDetails::avatarCacheRefuses_data()
{
    QTest::addColumn<QString>("path");

    QTest::newRow("declared length over the limit") << u"/big-declared.png"_s;
    QTest::newRow("streamed body over the limit") << u"/big-streamed.png"_s;
    QTest::newRow("canvas too large") << u"/huge-canvas.png"_s;
    QTest::newRow("not an image") << u"/text.png"_s;
    QTest::newRow("redirect to a file") << u"/to-file.png"_s;
    QTest::newRow("not found") << u"/missing.png"_s;
}

void TestEventDetails::avatarCacheRefuses()
{
    QFETCH(QString, path);
    AvatarCache *cache = newCache();
    QSignalSpy ready(cache, &AvatarCache::ready);
    QSignalSpy failed(cache, &AvatarCache::failed);
    const QUrl url = m_server.url(path);
    const int before = m_server.requests(path.toUtf8());
    cache->request(url);
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(0).toUrl(), url);
    QVERIFY(!failed.first().at(1).toString().isEmpty());
    QVERIFY(ready.isEmpty());

    // Nothing refused is kept: asking again asks the server again.
    cache->request(url);
    QVERIFY(failed.wait());
    QVERIFY(ready.isEmpty());
    QCOMPARE(m_server.requests(path.toUtf8()), before + 2);
}

void TestEventDetails::avatarCacheFollowsWebRedirects()
{
    AvatarCache *cache = newCache();
    QSignalSpy ready(cache, &AvatarCache::ready);
    const QUrl url = m_server.url(u"/to-avatar.png"_s);
    cache->request(url);
    QVERIFY(ready.wait());
    QCOMPARE(ready.first().at(0).toUrl(), url);
    QCOMPARE(ready.first().at(1).value<QPixmap>().size(), QSize(40, 30));
}

void TestEventDetails::avatarCacheTimesOut()
{
    AvatarCache *cache = newCache();
    cache->setTimeout(300ms);
    QSignalSpy failed(cache, &AvatarCache::failed);
    QElapsedTimer timer;
    timer.start();
    cache->request(m_server.url(u"/silent.png"_s));
    QVERIFY(failed.wait());
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(failed.first().at(1).toString(), u"The server is too slow."_s);
}

void TestEventDetails::avatarCacheIgnoresNonWebUrls()
{
    AvatarCache *cache = newCache();
    QSignalSpy ready(cache, &AvatarCache::ready);
    QSignalSpy failed(cache, &AvatarCache::failed);
    for (const QString &url : {u"file:///etc/hostname"_s, u"data:image/png;base64,AAAA"_s,
                               u"ftp://127.0.0.1/x.png"_s, u"qrc:/x.png"_s, u"http:///x.png"_s})
        cache->request(QUrl(url));
    cache->request(m_server.url(u"/barrier.png"_s));
    QVERIFY(ready.wait());
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.first().at(0).toUrl().path(), u"/barrier.png"_s);
    QVERIFY(failed.isEmpty());
}

QTEST_MAIN(TestEventDetails)
#include "tst_eventdetails.moc"
