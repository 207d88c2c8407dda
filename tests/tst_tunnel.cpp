// The tunnel in front of the receiver: ngrok's local API (a stand-in agent on a real local
// port), cloudflared as a real child process (a stand-in script first on PATH that logs the real
// quick-tunnel banner), and the child's lifetime.

#include "ProcessStat.h"
#include "RefusingPort.h"
#include "StaticHttpServer.h"
#include "tunnel/BoundedLineReader.h"
#include "tunnel/CloudflaredOutput.h"
#include "tunnel/NgrokApiClient.h"
#include "tunnel/NgrokTunnelList.h"
#include "tunnel/TunnelController.h"
#include "tunnel/TunnelProcess.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr quint16 Port = 8765;
const QString FakeBin = QStringLiteral(EVENTWATCH_FIXTURES "/tunnel-bin");

QByteArray tunnelJson(const QString &publicUrl, const QString &addr)
{
    return uR"({"name":"t","public_url":"%1","proto":"https","config":{"addr":"%2","inspect":true}})"_s
        .arg(publicUrl, addr)
        .toUtf8();
}

QByteArray tunnelsAnswer(const QList<QByteArray> &tunnels)
{
    QByteArray joined;
    for (const QByteArray &tunnel : tunnels)
        joined += (joined.isEmpty() ? "" : ",") + tunnel;
    return R"({"tunnels":[)" + joined + R"(],"uri":"/api/tunnels"})";
}

} // namespace

class TestTunnel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void lineReader_data();
    void lineReader();
    void lineReaderCapsALineWithoutEnd();
    void ngrokAddress_data();
    void ngrokAddress();
    void ngrokPicksOurTunnel_data();
    void ngrokPicksOurTunnel();
    void cloudflaredBanner_data();
    void cloudflaredBanner();
    void ngrokAgentWithSeveralTunnels();
    void ngrokAgentWithoutOurTunnel();
    void ngrokNotRunningOffersToStart();
    void ngrokApiAnswerTooLarge();
    void cloudflaredUpFromItsBanner();
    void cloudflaredDiesAndRestartsWithBackoff();
    void cloudflaredMissing();
    void restartDelayGrowsToItsCap();
    void turnedOffFromItsOwnSignal();
    void childEndsWithController();

private:
    QString m_path;
    QTemporaryDir m_dir;
};

void TestTunnel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = qEnvironmentVariable("PATH");
}

void TestTunnel::init()
{
    qputenv("PATH", (FakeBin + u':' + m_path).toLocal8Bit());
    qunsetenv("EVENTWATCH_FAKE_CLOUDFLARED");
    qunsetenv("EVENTWATCH_FAKE_TUNNEL_STARTS");
    qunsetenv("EVENTWATCH_FAKE_TUNNEL_PIDFILE");
}

void TestTunnel::lineReader_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("rest");
    QTest::newRow("one chunk") << QList<QByteArray>{"a\nb\n"} << QStringList{u"a"_s, u"b"_s}
                               << QString();
    QTest::newRow("split across chunks")
        << QList<QByteArray>{"ab", "c\nd", "e\n"} << QStringList{u"abc"_s, u"de"_s} << QString();
    QTest::newRow("CRLF") << QList<QByteArray>{"a\r\nb\r\n"} << QStringList{u"a"_s, u"b"_s}
                          << QString();
    QTest::newRow("unfinished") << QList<QByteArray>{"a\nbc"} << QStringList{u"a"_s} << u"bc"_s;
    QTest::newRow("empty lines") << QList<QByteArray>{"\n\na\n"}
                                 << QStringList{QString(), QString(), u"a"_s} << QString();
}

void TestTunnel::lineReader()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QStringList, lines);
    QFETCH(QString, rest);
    BoundedLineReader reader;
    QStringList read;
    for (const QByteArray &chunk : chunks)
        read += reader.feed(chunk);
    QCOMPARE(read, lines);
    QCOMPARE(reader.flush(), rest);
}

void TestTunnel::lineReaderCapsALineWithoutEnd()
{
    BoundedLineReader reader;
    QStringList read;
    for (int i = 0; i < 100; ++i)
        read += reader.feed(QByteArray(1000, 'x'));
    read += reader.feed("tail\nnext\n");
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0).size(), BoundedLineReader::MaxLineBytes);
    QCOMPARE(read.at(1), u"next"_s);
}

void TestTunnel::ngrokAddress_data()
{
    QTest::addColumn<QString>("addr");
    QTest::addColumn<bool>("ours");
    QTest::newRow("url form") << u"http://localhost:8765"_s << true;
    QTest::newRow("https url") << u"https://localhost:8765"_s << true;
    QTest::newRow("host:port") << u"localhost:8765"_s << true;
    QTest::newRow("ipv4:port") << u"127.0.0.1:8765"_s << true;
    QTest::newRow("ipv6 url") << u"http://[::1]:8765"_s << true;
    QTest::newRow("port only") << u"8765"_s << true;
    QTest::newRow("other port") << u"http://localhost:3000"_s << false;
    QTest::newRow("other port only") << u"87650"_s << false;
    QTest::newRow("other machine") << u"192.168.1.20:8765"_s << false;
    QTest::newRow("no port") << u"http://localhost"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("file") << u"file:///var/www"_s << false;
}

void TestTunnel::ngrokAddress()
{
    QFETCH(QString, addr);
    QFETCH(bool, ours);
    QCOMPARE(NgrokTunnelList::addressPointsAt(addr, Port), ours);
}

void TestTunnel::ngrokPicksOurTunnel_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QUrl>("expected");
    const QByteArray other = tunnelJson(u"https://other.ngrok-free.app"_s, u"localhost:3000"_s);
    const QByteArray oursHttp = tunnelJson(u"http://ours.ngrok.io"_s, u"localhost:8765"_s);
    const QByteArray oursHttps = tunnelJson(u"https://ours.ngrok.io"_s, u"localhost:8765"_s);
    QTest::newRow("only ours") << tunnelsAnswer({oursHttps}) << QUrl(u"https://ours.ngrok.io"_s);
    QTest::newRow("others first") << tunnelsAnswer({other, oursHttps})
                                  << QUrl(u"https://ours.ngrok.io"_s);
    QTest::newRow("https preferred")
        << tunnelsAnswer({oursHttp, other, oursHttps}) << QUrl(u"https://ours.ngrok.io"_s);
    QTest::newRow("http when alone")
        << tunnelsAnswer({oursHttp}) << QUrl(u"http://ours.ngrok.io"_s);
    QTest::newRow("none of ours") << tunnelsAnswer({other}) << QUrl();
    QTest::newRow("no tunnels") << tunnelsAnswer({}) << QUrl();
    QTest::newRow("tcp tunnel ignored")
        << tunnelsAnswer({tunnelJson(u"tcp://0.tcp.ngrok.io:12345"_s, u"localhost:8765"_s)})
        << QUrl();
}

void TestTunnel::ngrokPicksOurTunnel()
{
    QFETCH(QByteArray, json);
    QFETCH(QUrl, expected);
    QString error;
    QCOMPARE(NgrokTunnelList::publicUrlFor(json, Port, &error), expected);
    QVERIFY(error.isEmpty());
    NgrokTunnelList::publicUrlFor("<html>not the API</html>", Port, &error);
    QVERIFY(!error.isEmpty());
}

void TestTunnel::cloudflaredBanner_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("error");
    QTest::newRow("banner address")
        << u"2024-06-01T10:00:01Z INF |  https://seasonal-deck-organisms-sf.trycloudflare.com      |"_s
        << QUrl(u"https://seasonal-deck-organisms-sf.trycloudflare.com"_s) << QString();
    QTest::newRow("banner text")
        << u"2024-06-01T10:00:01Z INF |  Your quick Tunnel has been created! Visit it at:  |"_s
        << QUrl() << QString();
    QTest::newRow("box edge") << u"2024-06-01T10:00:01Z INF +------------+"_s << QUrl()
                              << QString();
    QTest::newRow("error naming the API")
        << uR"(2024-06-01T10:00:01Z ERR failed to request quick Tunnel: Post "https://api.trycloudflare.com/tunnel": EOF)"_s
        << QUrl()
        << uR"(failed to request quick Tunnel: Post "https://api.trycloudflare.com/tunnel": EOF)"_s;
    QTest::newRow("fatal") << u"2024-06-01T10:00:01Z FTL  address already in use"_s << QUrl()
                           << u"address already in use"_s;
    QTest::newRow("info") << u"2024-06-01T10:00:01Z INF Version 2024.6.1"_s << QUrl() << QString();
}

void TestTunnel::cloudflaredBanner()
{
    QFETCH(QString, line);
    QFETCH(QUrl, url);
    QFETCH(QString, error);
    QCOMPARE(CloudflaredOutput::quickTunnelUrl(line), url);
    QCOMPARE(CloudflaredOutput::errorMessage(line), error);
}

void TestTunnel::ngrokAgentWithSeveralTunnels()
{
    StaticHttpServer agent;
    const quint16 apiPort = agent.start();
    QVERIFY(apiPort);
    agent.setAnswer(
        200,
        tunnelsAnswer({tunnelJson(u"https://blog.ngrok-free.app"_s, u"http://localhost:3000"_s),
                       tunnelJson(u"http://events.ngrok-free.app"_s, u"http://localhost:8765"_s),
                       tunnelJson(u"https://events.ngrok-free.app"_s, u"http://localhost:8765"_s),
                       tunnelJson(u"https://shop.ngrok-free.app"_s, u"127.0.0.1:9000"_s)}));
    TunnelController tunnel;
    tunnel.setNgrokApiBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(apiPort)));
    QSignalSpy urls(&tunnel, &TunnelController::publicUrlChanged);
    tunnel.start(TunnelProvider::Ngrok, Port);
    QCOMPARE(tunnel.state(), TunnelController::State::Starting);
    QVERIFY(urls.wait());
    QCOMPARE(tunnel.state(), TunnelController::State::Up);
    QCOMPARE(tunnel.publicUrl(), QUrl(u"https://events.ngrok-free.app"_s));
    QCOMPARE(urls.takeFirst().at(0).toUrl(), QUrl(u"https://events.ngrok-free.app"_s));
    QVERIFY(agent.lastRequestHead().startsWith("GET /api/tunnels HTTP/1.1"));
}

void TestTunnel::ngrokAgentWithoutOurTunnel()
{
    StaticHttpServer agent;
    const quint16 apiPort = agent.start();
    QVERIFY(apiPort);
    agent.setAnswer(200, tunnelsAnswer({tunnelJson(u"https://blog.ngrok-free.app"_s,
                                                   u"http://localhost:3000"_s)}));
    TunnelController tunnel;
    tunnel.setNgrokApiBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(apiPort)));
    QSignalSpy states(&tunnel, &TunnelController::stateChanged);
    tunnel.start(TunnelProvider::Ngrok, Port);
    QTRY_COMPARE(tunnel.state(), TunnelController::State::Down);
    QVERIFY2(tunnel.reason().contains(u"ngrok http 8765"_s), qPrintable(tunnel.reason()));
    QVERIFY(tunnel.publicUrl().isEmpty());
    QVERIFY(!tunnel.canStartNgrok());
}

void TestTunnel::ngrokNotRunningOffersToStart()
{
    // A port nothing listens on: no agent.
    const RefusingPort refusing;
    const quint16 closedPort = refusing.port();
    QVERIFY(closedPort != 0);
    TunnelController tunnel;
    tunnel.setNgrokApiBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(closedPort)));
    tunnel.start(TunnelProvider::Ngrok, Port);
    QTRY_COMPARE(tunnel.state(), TunnelController::State::Down);
    QCOMPARE(tunnel.reason(), u"ngrok is not running"_s);
    QVERIFY(tunnel.canStartNgrok()); // the stand-in ngrok is on PATH

    const QString pidFile = m_dir.filePath(u"ngrok.pid"_s);
    qputenv("EVENTWATCH_FAKE_TUNNEL_PIDFILE", pidFile.toLocal8Bit());
    tunnel.startNgrok();
    QCOMPARE(tunnel.state(), TunnelController::State::Starting);
    QVERIFY(!tunnel.canStartNgrok());
    QTRY_VERIFY(tunnel.childProcessId() != 0);
    QTRY_COMPARE(ProcessStat::pidInFile(pidFile), tunnel.childProcessId());
    // The child told that it started (a busy machine may tell it late).
    QTRY_COMPARE(tunnel.reason(), u"waiting for ngrok's address"_s);
    // Still no agent API: it keeps waiting for the address instead of calling ngrok down.
    QSignalSpy states(&tunnel, &TunnelController::stateChanged);
    QVERIFY(!states.wait(TunnelController::NgrokPollMs + 1500));
    QCOMPARE(tunnel.state(), TunnelController::State::Starting);
    const qint64 pid = tunnel.childProcessId();
    tunnel.stop();
    QVERIFY(!ProcessStat::processRuns(pid));
}

void TestTunnel::ngrokApiAnswerTooLarge()
{
    StaticHttpServer agent;
    const quint16 apiPort = agent.start();
    QVERIFY(apiPort);
    agent.setAnswer(200, QByteArray(NgrokApiClient::MaxAnswerBytes * 2, ' '));
    NgrokApiClient client;
    client.setApiBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(apiPort)));
    QSignalSpy answers(&client, &NgrokApiClient::answered);
    client.query(Port);
    QVERIFY(answers.wait());
    QCOMPARE(answers.at(0).at(0).value<NgrokApiClient::Outcome>(), NgrokApiClient::Outcome::Failed);
}

void TestTunnel::cloudflaredUpFromItsBanner()
{
    const QString starts = m_dir.filePath(u"cloudflared-up.starts"_s);
    qputenv("EVENTWATCH_FAKE_TUNNEL_STARTS", starts.toLocal8Bit());
    TunnelController tunnel;
    QSignalSpy urls(&tunnel, &TunnelController::publicUrlChanged);
    tunnel.start(TunnelProvider::Cloudflared, Port);
    QCOMPARE(tunnel.state(), TunnelController::State::Starting);
    QVERIFY(urls.wait());
    QCOMPARE(tunnel.state(), TunnelController::State::Up);
    QCOMPARE(tunnel.publicUrl(), QUrl(u"https://seasonal-deck-organisms-sf.trycloudflare.com"_s));
    QFile file(starts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().trimmed(),
             QByteArray("tunnel --no-autoupdate --url http://127.0.0.1:8765"));
}

void TestTunnel::cloudflaredDiesAndRestartsWithBackoff()
{
    qputenv("EVENTWATCH_FAKE_CLOUDFLARED", "die");
    const QString starts = m_dir.filePath(u"cloudflared-die.starts"_s);
    qputenv("EVENTWATCH_FAKE_TUNNEL_STARTS", starts.toLocal8Bit());
    TunnelController tunnel;
    tunnel.setBackoff(200, 800);
    QList<QString> downReasons;
    connect(&tunnel, &TunnelController::stateChanged, this, [&](TunnelController::State state) {
        if (state == TunnelController::State::Down)
            downReasons << tunnel.reason();
    });
    tunnel.start(TunnelProvider::Cloudflared, Port);
    QTRY_VERIFY_WITH_TIMEOUT(downReasons.size() >= 3, 15000);
    QVERIFY2(downReasons.at(0).startsWith(u"failed to request quick Tunnel"_s),
             qPrintable(downReasons.at(0)));
    // The delay is shown rounded up to whole seconds.
    QVERIFY(downReasons.at(0).endsWith(u"(starting again in 1 s)"_s));
    QFile file(starts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().count('\n') >= 3);
    QVERIFY(tunnel.publicUrl().isEmpty());
}

void TestTunnel::cloudflaredMissing()
{
    qputenv("PATH", m_dir.path().toLocal8Bit());
    TunnelController tunnel;
    tunnel.start(TunnelProvider::Cloudflared, Port);
    QCOMPARE(tunnel.state(), TunnelController::State::Down);
    QVERIFY(tunnel.reason().startsWith(u"cloudflared is not installed"_s));
    QVERIFY(!TunnelController::isInstalled(TunnelProvider::Cloudflared));
}

void TestTunnel::restartDelayGrowsToItsCap()
{
    qputenv("EVENTWATCH_FAKE_CLOUDFLARED", "die");
    TunnelProcess process(FakeBin + u"/cloudflared"_s, {}, CloudflaredOutput::errorMessage);
    process.setBackoff(100, 400);
    QSignalSpy died(&process, &TunnelProcess::died);
    process.start();
    QTRY_VERIFY_WITH_TIMEOUT(died.size() >= 5, 15000);
    process.stop();
    QList<int> delays;
    for (const QList<QVariant> &arguments : died)
        delays << arguments.at(1).toInt();
    QCOMPARE(delays.mid(0, 5), (QList<int>{100, 200, 400, 400, 400}));
    QVERIFY(died.at(0).at(0).toString().startsWith(u"failed to request quick Tunnel"_s));
    QVERIFY(process.lastError().startsWith(u"failed to request quick Tunnel"_s));
}

void TestTunnel::turnedOffFromItsOwnSignal()
{
    // A window that turns the tunnel off when it goes down does so inside the child's signal.
    qputenv("EVENTWATCH_FAKE_CLOUDFLARED", "die");
    TunnelController tunnel;
    connect(&tunnel, &TunnelController::stateChanged, this,
            [&tunnel](TunnelController::State state) {
                if (state == TunnelController::State::Down)
                    tunnel.start(TunnelProvider::None, Port);
            });
    QSignalSpy states(&tunnel, &TunnelController::stateChanged);
    tunnel.start(TunnelProvider::Cloudflared, Port);
    QTRY_COMPARE(tunnel.state(), TunnelController::State::Off);
    QCOMPARE(tunnel.childProcessId(), 0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(tunnel.state(), TunnelController::State::Off);
}

void TestTunnel::childEndsWithController()
{
    auto tunnel = std::make_unique<TunnelController>();
    QSignalSpy urls(tunnel.get(), &TunnelController::publicUrlChanged);
    tunnel->start(TunnelProvider::Cloudflared, Port);
    QVERIFY(urls.wait());
    const qint64 pid = tunnel->childProcessId();
    QVERIFY(pid > 0);
    QVERIFY(ProcessStat::processRuns(pid));
    tunnel.reset();
    QVERIFY(!ProcessStat::processRuns(pid));
}

QTEST_GUILESS_MAIN(TestTunnel)
#include "tst_tunnel.moc"
