// `eventwatch --headless --tunnel …` as a user runs it: the real binary, the stand-in cloudflared
// first on PATH, and the tunnel child's end when Eventwatch stops or is killed.

#include "ProcessStat.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int TimeoutMs = 15000;
const QString FakeBin = QStringLiteral(EVENTWATCH_FIXTURES "/tunnel-bin");
const QByteArray ExpectedLine =
    "public URL: https://seasonal-deck-organisms-sf.trycloudflare.com/webhooks/mighty-networks";

} // namespace

class TestTunnelHeadless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void printsThePublicUrlAndStopsTheChild();
    void childEndsWhenEventwatchIsKilled();
    void cloudflaredFailureIsOneLine();
    void refusesAnUnknownTool();
    void windowRefusesTunnelOption();

private:
    // Starts eventwatch --headless with the given extra arguments; stderr kept separately.
    void start(const QStringList &arguments, const QByteArray &fakeMode = {});
    // Reads stderr until a line starts with prefix; returns that line.
    QByteArray waitForLine(const QByteArray &prefix);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stderr;
    QString m_pidFile;
};

void TestTunnelHeadless::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_pidFile = m_dir->filePath(u"cloudflared.pid"_s);
    m_stderr.clear();
}

void TestTunnelHeadless::cleanup()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(TimeoutMs);
    }
    m_process.reset();
    const qint64 pid = ProcessStat::pidInFile(m_pidFile);
    if (pid > 0 && ProcessStat::processRuns(pid))
        ::kill(pid_t(pid), SIGKILL);
}

void TestTunnelHeadless::start(const QStringList &arguments, const QByteArray &fakeMode)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PATH"_s, FakeBin + u':' + env.value(u"PATH"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    env.insert(u"EVENTWATCH_FAKE_TUNNEL_PIDFILE"_s, m_pidFile);
    if (!fakeMode.isEmpty())
        env.insert(u"EVENTWATCH_FAKE_CLOUDFLARED"_s, QString::fromLatin1(fakeMode));
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(env);
    m_process->start(QStringLiteral(EVENTWATCH_BINARY),
                     QStringList{u"--data-dir"_s, m_dir->filePath(u"data"_s), u"--port"_s, u"0"_s,
                                 u"--no-auth"_s}
                         + arguments);
    QVERIFY(m_process->waitForStarted(TimeoutMs));
}

QByteArray TestTunnelHeadless::waitForLine(const QByteArray &prefix)
{
    QDeadlineTimer deadline(TimeoutMs);
    while (!deadline.hasExpired()) {
        for (const QByteArray &line : m_stderr.split('\n'))
            if (line.startsWith(prefix))
                return line;
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(100);
        m_stderr += m_process->readAllStandardError();
    }
    m_stderr += m_process->readAllStandardError();
    for (const QByteArray &line : m_stderr.split('\n'))
        if (line.startsWith(prefix))
            return line;
    qWarning().noquote() << "stderr so far:" << m_stderr;
    return {};
}

void TestTunnelHeadless::printsThePublicUrlAndStopsTheChild()
{
    start({u"--headless"_s, u"--tunnel"_s, u"cloudflared"_s});
    QVERIFY(!waitForLine("listening on").isEmpty());
    QCOMPARE(waitForLine("public URL:"), ExpectedLine);
    const qint64 child = ProcessStat::pidInFile(m_pidFile);
    QVERIFY(child > 0);
    QVERIFY(ProcessStat::processRuns(child));

    ::kill(pid_t(m_process->processId()), SIGTERM);
    QVERIFY(m_process->waitForFinished(TimeoutMs));
    QCOMPARE(m_process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_process->exitCode(), 0);
    // Stopped and waited for before Eventwatch exits.
    QVERIFY(!ProcessStat::processRuns(child));
}

void TestTunnelHeadless::childEndsWhenEventwatchIsKilled()
{
    start({u"--headless"_s, u"--tunnel"_s, u"cloudflared"_s});
    QCOMPARE(waitForLine("public URL:"), ExpectedLine);
    const qint64 child = ProcessStat::pidInFile(m_pidFile);
    QVERIFY(child > 0);
    QVERIFY(ProcessStat::processRuns(child));

    ::kill(pid_t(m_process->processId()), SIGKILL);
    QVERIFY(m_process->waitForFinished(TimeoutMs));
    QCOMPARE(m_process->exitStatus(), QProcess::CrashExit);
    QTRY_VERIFY_WITH_TIMEOUT(!ProcessStat::processRuns(child), TimeoutMs);
}

void TestTunnelHeadless::cloudflaredFailureIsOneLine()
{
    start({u"--headless"_s, u"--tunnel"_s, u"cloudflared"_s}, "die");
    const QByteArray line = waitForLine("tunnel:");
    QVERIFY2(line.startsWith("tunnel: failed to request quick Tunnel: "), line.constData());
    QVERIFY(line.endsWith("(starting again in 1 s)"));
    QVERIFY(m_process->state() == QProcess::Running); // the receiver goes on without a tunnel
}

void TestTunnelHeadless::refusesAnUnknownTool()
{
    start({u"--headless"_s, u"--tunnel"_s, u"frp"_s});
    QVERIFY(m_process->waitForFinished(TimeoutMs));
    QCOMPARE(m_process->exitCode(), 1);
    QCOMPARE(m_process->readAllStandardError(),
             QByteArray("eventwatch: --tunnel: frp is not ngrok, cloudflared or none\n"));
}

void TestTunnelHeadless::windowRefusesTunnelOption()
{
    start({u"--tunnel"_s, u"ngrok"_s});
    QVERIFY(m_process->waitForFinished(TimeoutMs));
    QCOMPARE(m_process->exitCode(), 1);
    QVERIFY(m_process->readAllStandardError().startsWith("eventwatch: --tunnel is for --headless"));
}

QTEST_GUILESS_MAIN(TestTunnelHeadless)
#include "tst_tunnelheadless.moc"
