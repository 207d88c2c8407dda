// The public URL in the window: the webhook URL everywhere follows a cloudflared quick tunnel
// (the stand-in on PATH), the status bar names the tunnel's state, the Settings page saves the
// choice, offers "Start ngrok" and install hints, and "Check from outside" reports in the window.

#include "MainWindow.h"
#include "PublicUrlPanel.h"
#include "RefusingPort.h"
#include "StaticHttpServer.h"
#include "TcpForwarder.h"
#include "http/ReceiverService.h"
#include "secrets/WebhookTokenController.h"
#include "settings/Settings.h"
#include "tunnel/TunnelController.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray Token = "public-url-test-token-0123456789";
const QString FakeBin = QStringLiteral(EVENTWATCH_FIXTURES "/tunnel-bin");
const QString QuickTunnel = u"https://seasonal-deck-organisms-sf.trycloudflare.com"_s;

} // namespace

class TestPublicUrlPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cloudflaredUrlIsTheWebhookUrlEverywhere();
    void statusBarShowsATunnelThatIsDown();
    void panelSavesTheChoiceAndAsksToApplyIt();
    void panelOffersToStartNgrok();
    void panelSaysHowToInstallATool();
    void checkFromOutsidePassesThroughAForwarder();
    void checkFromOutsideNamesTheFailedHop();

private:
    void startWindow();
    QString messageBarText() const;

    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ReceiverService> m_receiver;
    std::unique_ptr<WebhookTokenController> m_tokens;
    std::unique_ptr<MainWindow> m_window;
};

void TestPublicUrlPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_path = qEnvironmentVariable("PATH");
}

void TestPublicUrlPanel::init()
{
    qputenv("PATH", (FakeBin + u':' + m_path).toLocal8Bit());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    ReceiverConfig config;
    config.dataDir = m_dir->path();
    config.port = 0;
    config.token = Token;
    m_receiver = std::make_unique<ReceiverService>(config);
    QString error;
    QVERIFY2(m_receiver->start(&error), qPrintable(error));
    m_tokens.reset(WebhookTokenController::fixed(Token, m_dir->filePath(u"token"_s)));
}

void TestPublicUrlPanel::cleanup()
{
    m_window.reset();
    m_receiver.reset();
    m_settings.reset();
    m_dir.reset();
    qunsetenv("EVENTWATCH_FAKE_CLOUDFLARED");
}

void TestPublicUrlPanel::startWindow()
{
    m_window = std::make_unique<MainWindow>(*m_receiver, *m_settings, *m_tokens);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QString TestPublicUrlPanel::messageBarText() const
{
    auto *bar = m_window->findChild<QLabel *>(u"messageBar"_s);
    return bar && bar->isVisible() ? bar->text() : QString();
}

void TestPublicUrlPanel::cloudflaredUrlIsTheWebhookUrlEverywhere()
{
    m_settings->setTunnelProvider(TunnelProvider::Cloudflared);
    startWindow();
    QSignalSpy changed(m_window.get(), &MainWindow::publicBaseUrlChanged);
    QTRY_COMPARE(m_window->publicBaseUrl(), QUrl(QuickTunnel));
    QCOMPARE(changed.last().at(0).toUrl(), QUrl(QuickTunnel));
    const QString webhook = QuickTunnel + u"/webhooks/mighty-networks"_s;
    QCOMPARE(m_window->webhookUrl(), webhook);
    QCOMPARE(m_window->findChild<QLineEdit *>(u"webhookUrlField"_s)->text(), webhook);
    auto *label = m_window->findChild<QLabel *>(u"tunnelLabel"_s);
    QVERIFY(label && label->isVisible());
    QCOMPARE(label->text(), u"cloudflared: up · "_s + webhook);

    // Back to no tunnel: the child ends, the local address is shown again.
    const qint64 child = m_window->tunnel()->childProcessId();
    QVERIFY(child > 0);
    m_settings->setTunnelProvider(TunnelProvider::None);
    m_window->applyTunnelSettings();
    QCOMPARE(m_window->publicBaseUrl(), m_receiver->baseUrl());
    QCOMPARE(m_window->tunnel()->childProcessId(), 0);
    QCOMPARE(label->text(), u"No public URL"_s);
}

void TestPublicUrlPanel::statusBarShowsATunnelThatIsDown()
{
    qputenv("EVENTWATCH_FAKE_CLOUDFLARED", "die");
    m_settings->setTunnelProvider(TunnelProvider::Cloudflared);
    startWindow();
    auto *label = m_window->findChild<QLabel *>(u"tunnelLabel"_s);
    QTRY_VERIFY(label->text().startsWith(u"cloudflared: down (failed to request quick Tunnel"_s));
    QCOMPARE(m_window->publicBaseUrl(), m_receiver->baseUrl());
}

void TestPublicUrlPanel::panelSavesTheChoiceAndAsksToApplyIt()
{
    TunnelController tunnel;
    PublicUrlPanel panel(*m_settings, tunnel);
    QSignalSpy changed(&panel, &PublicUrlPanel::tunnelSettingsChanged);
    QVERIFY(panel.findChild<QRadioButton *>(u"noneRadio"_s)->isChecked());
    panel.findChild<QRadioButton *>(u"cloudflaredRadio"_s)->setChecked(true);
    QCOMPARE(m_settings->tunnelProvider(), TunnelProvider::Cloudflared);
    QCOMPARE(changed.size(), 1);
    auto *manual = panel.findChild<QLineEdit *>(u"manualUrlEdit"_s);
    QVERIFY(!manual->isEnabled());
    panel.findChild<QRadioButton *>(u"noneRadio"_s)->setChecked(true);
    QVERIFY(manual->isEnabled());
    manual->setText(u"https://events.example.org"_s);
    Q_EMIT manual->editingFinished();
    QCOMPARE(m_settings->manualPublicUrl(), QUrl(u"https://events.example.org"_s));
    QCOMPARE(changed.size(), 3);

    panel.setWebhookUrl(u"https://events.example.org/webhooks/mighty-networks"_s);
    panel.findChild<QPushButton *>(u"copyButton"_s)->click();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             u"https://events.example.org/webhooks/mighty-networks"_s);
}

void TestPublicUrlPanel::panelOffersToStartNgrok()
{
    const RefusingPort refusing;
    const quint16 closedPort = refusing.port();
    QVERIFY(closedPort != 0);
    TunnelController tunnel;
    tunnel.setNgrokApiBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(closedPort)));
    m_settings->setTunnelProvider(TunnelProvider::Ngrok);
    PublicUrlPanel panel(*m_settings, tunnel);
    panel.show();
    tunnel.start(TunnelProvider::Ngrok, m_receiver->port());
    auto *start = panel.findChild<QPushButton *>(u"startNgrokButton"_s);
    QTRY_VERIFY(start->isVisible());
    QCOMPARE(panel.findChild<QLabel *>(u"stateLabel"_s)->text(),
             u"ngrok is down: ngrok is not running."_s);
    start->click();
    QTRY_VERIFY(tunnel.childProcessId() != 0);
    QVERIFY(!start->isVisible());
    QVERIFY(panel.findChild<QLabel *>(u"stateLabel"_s)->text().startsWith(u"ngrok is starting"_s));
}

void TestPublicUrlPanel::panelSaysHowToInstallATool()
{
    qputenv("PATH", m_dir->path().toLocal8Bit());
    TunnelController tunnel;
    PublicUrlPanel panel(*m_settings, tunnel);
    panel.show();
    auto *install = panel.findChild<QLabel *>(u"installLabel"_s);
    QVERIFY(install->isVisible());
    QVERIFY(install->text().contains(u"https://ngrok.com/download"_s));
    QVERIFY(install->text().contains(u"cloudflared"_s));
}

void TestPublicUrlPanel::checkFromOutsidePassesThroughAForwarder()
{
    TcpForwarder forwarder(m_receiver->port());
    const quint16 port = forwarder.start();
    QVERIFY(port);
    m_settings->setManualPublicUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    startWindow();
    auto *action = m_window->findChild<QAction *>(u"actionCheckFromOutside"_s);
    QVERIFY(action);
    action->trigger();
    QTRY_VERIFY(messageBarText().startsWith(u"Passed"_s));
    QCOMPARE(forwarder.connectionCount(), 1);
}

void TestPublicUrlPanel::checkFromOutsideNamesTheFailedHop()
{
    StaticHttpServer other;
    const quint16 port = other.start();
    QVERIFY(port);
    other.setAnswer(404, "not here");
    m_settings->setManualPublicUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    startWindow();
    m_window->checkFromOutside();
    QTRY_VERIFY(messageBarText().startsWith(u"Wrong port or service"_s));

    // Without a public URL there is nothing to check from outside.
    m_settings->setManualPublicUrl(QUrl());
    m_window->applyTunnelSettings();
    m_window->checkFromOutside();
    QVERIFY(messageBarText().startsWith(u"There is no public URL yet"_s));
    QCOMPARE(other.requestCount(), 1);
}

QTEST_MAIN(TestPublicUrlPanel)
#include "tst_publicurlpanel.moc"
