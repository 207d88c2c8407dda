// "Check from outside" over real sockets: the real receiver behind a stand-in tunnel (a local TCP
// forwarder) passes; a dead port, a tunnel's error page, another service and a wrong token fail,
// each naming its hop.

#include "RefusingPort.h"
#include "StaticHttpServer.h"
#include "TcpForwarder.h"
#include "http/ReceiverService.h"
#include "tunnel/PublicUrlCheck.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray Token = "tst-publicurlcheck-token-0123456789";

QUrl webhookAt(quint16 port)
{
    return QUrl(u"http://127.0.0.1:%1/webhooks/mighty-networks"_s.arg(port));
}

} // namespace

class TestPublicUrlCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void passesThroughAForwarder();
    void deadPortIsTunnelDown();
    void tunnelErrorPageIsTunnelDown_data();
    void tunnelErrorPageIsTunnelDown();
    void otherServiceIsWrongService_data();
    void otherServiceIsWrongService();
    void wrongTokenIsNamed();
    void unknownHostIsDns();

private:
    // Runs the check against url and returns (outcome, message).
    std::pair<PublicUrlCheck::Outcome, QString> check(const QUrl &url,
                                                      const QByteArray &token = Token);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReceiverService> m_receiver;
};

void TestPublicUrlCheck::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ReceiverConfig config;
    config.dataDir = m_dir->path();
    config.port = 0;
    config.token = Token;
    m_receiver = std::make_unique<ReceiverService>(config);
    QString error;
    QVERIFY2(m_receiver->start(&error), qPrintable(error));
}

void TestPublicUrlCheck::cleanup()
{
    m_receiver.reset();
    m_dir.reset();
}

std::pair<PublicUrlCheck::Outcome, QString> TestPublicUrlCheck::check(const QUrl &url,
                                                                      const QByteArray &token)
{
    PublicUrlCheck check(m_receiver->databasePath());
    QSignalSpy finished(&check, &PublicUrlCheck::finished);
    check.run(url, token);
    if (!finished.wait(PublicUrlCheck::TimeoutMs + 5000))
        return {PublicUrlCheck::Outcome::Failed, u"no answer"_s};
    return {finished.at(0).at(0).value<PublicUrlCheck::Outcome>(), finished.at(0).at(1).toString()};
}

void TestPublicUrlCheck::passesThroughAForwarder()
{
    TcpForwarder tunnel(m_receiver->port());
    const quint16 port = tunnel.start();
    QVERIFY(port);
    const auto [outcome, message] = check(webhookAt(port));
    QCOMPARE(outcome, PublicUrlCheck::Outcome::Passed);
    QVERIFY2(message.startsWith(u"Passed"_s), qPrintable(message));
    QCOMPARE(tunnel.connectionCount(), 1);
}

void TestPublicUrlCheck::deadPortIsTunnelDown()
{
    const RefusingPort refusing;
    const quint16 dead = refusing.port();
    QVERIFY(dead != 0);
    const auto [outcome, message] = check(webhookAt(dead));
    QCOMPARE(outcome, PublicUrlCheck::Outcome::TunnelDown);
    QVERIFY2(message.startsWith(u"The tunnel is down"_s), qPrintable(message));
}

void TestPublicUrlCheck::tunnelErrorPageIsTunnelDown_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("502 bad gateway") << 502;
    QTest::newRow("504 gateway timeout") << 504;
    QTest::newRow("530 cloudflare origin error") << 530;
}

void TestPublicUrlCheck::tunnelErrorPageIsTunnelDown()
{
    QFETCH(int, status);
    StaticHttpServer tunnelEdge;
    const quint16 port = tunnelEdge.start();
    QVERIFY(port);
    tunnelEdge.setAnswer(status, "<html>error</html>", "text/html");
    const auto [outcome, message] = check(webhookAt(port));
    QCOMPARE(outcome, PublicUrlCheck::Outcome::TunnelDown);
    QVERIFY2(message.contains(QString::number(status)), qPrintable(message));
}

void TestPublicUrlCheck::otherServiceIsWrongService_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("404 not found") << 404;
    QTest::newRow("200 but not stored here") << 200;
}

void TestPublicUrlCheck::otherServiceIsWrongService()
{
    QFETCH(int, status);
    StaticHttpServer other;
    const quint16 port = other.start();
    QVERIFY(port);
    other.setAnswer(status, R"({"ok":true})");
    const auto [outcome, message] = check(webhookAt(port));
    QCOMPARE(outcome, PublicUrlCheck::Outcome::WrongService);
    QVERIFY2(message.startsWith(u"Wrong port or service"_s), qPrintable(message));
    QCOMPARE(other.requestCount(), 1);
}

void TestPublicUrlCheck::wrongTokenIsNamed()
{
    TcpForwarder tunnel(m_receiver->port());
    const quint16 port = tunnel.start();
    QVERIFY(port);
    const auto [outcome, message] = check(webhookAt(port), "not-the-token");
    QCOMPARE(outcome, PublicUrlCheck::Outcome::WrongToken);
    QVERIFY2(message.startsWith(u"Wrong token"_s), qPrintable(message));
}

void TestPublicUrlCheck::unknownHostIsDns()
{
    // .invalid never resolves (RFC 6761).
    const auto [outcome, message] =
        check(QUrl(u"https://no-such-tunnel.invalid/webhooks/mighty-networks"_s));
    QCOMPARE(outcome, PublicUrlCheck::Outcome::HostNotFound);
    QVERIFY2(message.startsWith(u"DNS"_s), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestPublicUrlCheck)
#include "tst_publicurlcheck.moc"
