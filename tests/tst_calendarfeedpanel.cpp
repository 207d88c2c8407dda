// The calendar feed in the window: the settings page and the feed token the window reads at
// start, against the real keychain of the private session (tests/session/run-in-session.sh).

#include "CalendarFeedPanel.h"
#include "HttpTestClient.h"
#include "MainWindow.h"
#include "http/ReceiverService.h"
#include "secrets/SecretStore.h"
#include "secrets/TokenKeychain.h"
#include "secrets/WebhookTokenController.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

class TstCalendarFeedPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void theFeedIsOffUntilATokenIsGenerated();
    void theAddressFollowsThePublicUrlAndTheSpace();
    void theWindowServesTheFeedWithTheKeychainFeedToken();

private:
    QString dataDir() const { return m_dir->filePath(u"data"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstCalendarFeedPanel::initTestCase()
{
    if (qEnvironmentVariable("EVENTWATCH_TEST_SESSION") != u"1"_s)
        QSKIP("needs the private session of tests/session/run-in-session.sh");
}

void TstCalendarFeedPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstCalendarFeedPanel::cleanup()
{
    m_dir.reset();
}

void TstCalendarFeedPanel::theFeedIsOffUntilATokenIsGenerated()
{
    WebhookTokenController feed(dataDir(), TokenKeychain::FeedToken);
    feed.load();
    QTRY_COMPARE(feed.state(), WebhookTokenController::State::NotSet);
    CalendarFeedPanel panel(feed);
    panel.setBaseUrl(QUrl(u"http://127.0.0.1:8765"_s));
    auto *address = panel.findChild<QLineEdit *>(u"urlEdit"_s);
    auto *state = panel.findChild<QLabel *>(u"stateLabel"_s);
    auto *copy = panel.findChild<QPushButton *>(u"copyButton"_s);
    auto *generate = panel.findChild<QPushButton *>(u"generateButton"_s);
    QVERIFY(address && state && copy && generate);
    QVERIFY(address->text().isEmpty());
    QVERIFY(!copy->isEnabled());
    QVERIFY2(state->text().contains(u"off"_s), qPrintable(state->text()));

    QSignalSpy changed(&feed, &WebhookTokenController::tokenChanged);
    QTest::mouseClick(generate, Qt::LeftButton);
    QVERIFY(changed.wait());
    QCOMPARE(address->text(),
             u"http://127.0.0.1:8765/calendar.ics?token="_s + QString::fromLatin1(feed.token()));
    QVERIFY2(state->text().contains(u"this computer only"_s), qPrintable(state->text()));
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), address->text());

    // Its own keychain entry: the webhook token of the directory is still not set.
    SecretStore store;
    QCOMPARE(TokenKeychain(store, dataDir()).loadNow().status, SecretResult::Status::NotFound);
    QCOMPARE(TokenKeychain(store, dataDir(), TokenKeychain::FeedToken).loadNow().secret,
             feed.token());
}

void TstCalendarFeedPanel::theAddressFollowsThePublicUrlAndTheSpace()
{
    WebhookTokenController feed(dataDir(), TokenKeychain::FeedToken);
    feed.load();
    QTRY_COMPARE(feed.state(), WebhookTokenController::State::NotSet);
    QSignalSpy changed(&feed, &WebhookTokenController::tokenChanged);
    feed.generate();
    QVERIFY(changed.wait());
    CalendarFeedPanel panel(feed);
    panel.setBaseUrl(QUrl(u"https://example.trycloudflare.com"_s));
    panel.setSpaces({{u"3"_s, u"Bakers & Co"_s}, {u"8"_s, u"Singers"_s}});
    auto *spaces = panel.findChild<QComboBox *>(u"spaceCombo"_s);
    QVERIFY(spaces);
    QCOMPARE(spaces->count(), 3);
    spaces->setCurrentIndex(1);
    const QUrl url(panel.subscriptionUrl());
    QCOMPARE(url.host(), u"example.trycloudflare.com"_s);
    QCOMPARE(url.path(), u"/calendar.ics"_s);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"token"_s).toLatin1(), feed.token());
    QCOMPARE(query.queryItemValue(u"space"_s, QUrl::FullyDecoded), u"Bakers & Co"_s);
    QVERIFY(!panel.findChild<QLabel *>(u"stateLabel"_s)->text().contains(u"this computer"_s));
}

void TstCalendarFeedPanel::theWindowServesTheFeedWithTheKeychainFeedToken()
{
    SecretStore store;
    const QByteArray feedToken = TokenKeychain::generate();
    QVERIFY(TokenKeychain(store, dataDir(), TokenKeychain::FeedToken).storeNow(feedToken).ok());
    Settings settings(m_dir->filePath(u"settings.ini"_s));
    ReceiverConfig config;
    config.dataDir = dataDir();
    config.port = 0;
    ReceiverService receiver(config);
    QString error;
    QVERIFY2(receiver.prepareStore(&error), qPrintable(error));
    WebhookTokenController tokens(config.dataDir);
    MainWindow window(receiver, settings, tokens);
    tokens.load();
    QTRY_COMPARE(tokens.state(), WebhookTokenController::State::NotSet);
    tokens.generate();
    QTRY_VERIFY(receiver.isRunning());
    QTRY_COMPARE(receiver.config().feedToken, feedToken);
    const auto served = HttpTestClient::exchange(
        receiver.port(), HttpTestClient::request("GET", "/calendar.ics?token=" + feedToken));
    QVERIFY(served);
    QCOMPARE(served->status, 200);
    QVERIFY(served->body.startsWith("BEGIN:VCALENDAR"));
    receiver.stop();
}

QTEST_MAIN(TstCalendarFeedPanel)
#include "tst_calendarfeedpanel.moc"
