// The webhook token in the window: the settings panel and the receiver that waits for a token,
// against the real keychain of the private session (tests/session/run-in-session.sh).

#include "MainWindow.h"
#include "WebhookTokenPanel.h"
#include "http/ReceiverService.h"
#include "secrets/WebhookTokenController.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TstWebhookTokenPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void aNewDataDirectoryHasNoTokenUntilOneIsGenerated();
    void revealAndCopyShowTheToken();
    void aTokenFileCannotBeReplacedFromTheWindow();
    void theReceiverStartsOnceTheTokenIsGenerated();

private:
    QPushButton *button(QWidget *parent, const char *name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstWebhookTokenPanel::initTestCase()
{
    if (qEnvironmentVariable("EVENTWATCH_TEST_SESSION") != u"1"_s)
        QSKIP("needs the private session of tests/session/run-in-session.sh");
}

void TstWebhookTokenPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstWebhookTokenPanel::cleanup()
{
    m_dir.reset();
}

QPushButton *TstWebhookTokenPanel::button(QWidget *parent, const char *name) const
{
    return parent->findChild<QPushButton *>(QString::fromLatin1(name));
}

void TstWebhookTokenPanel::aNewDataDirectoryHasNoTokenUntilOneIsGenerated()
{
    WebhookTokenController tokens(m_dir->filePath(u"data"_s));
    tokens.load();
    QTRY_COMPARE(tokens.state(), WebhookTokenController::State::NotSet);
    WebhookTokenPanel panel(tokens);
    auto *state = panel.findChild<QLabel *>(u"stateLabel"_s);
    auto *field = panel.findChild<QLineEdit *>(u"tokenEdit"_s);
    QVERIFY(state && field);
    QVERIFY2(state->text().contains(u"Not set yet"_s), qPrintable(state->text()));
    QVERIFY(field->text().isEmpty());
    QVERIFY(!button(&panel, "copyButton")->isEnabled());
    QVERIFY(!button(&panel, "revealButton")->isEnabled());
    QVERIFY(button(&panel, "generateButton")->isEnabled());

    QSignalSpy changed(&tokens, &WebhookTokenController::tokenChanged);
    QTest::mouseClick(button(&panel, "generateButton"), Qt::LeftButton);
    QVERIFY(changed.wait());
    QCOMPARE(tokens.state(), WebhookTokenController::State::Set);
    QCOMPARE(field->text().toLatin1(), tokens.token());
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QVERIFY2(state->text().contains(u"keychain"_s), qPrintable(state->text()));
}

void TstWebhookTokenPanel::revealAndCopyShowTheToken()
{
    WebhookTokenController tokens(m_dir->filePath(u"data"_s));
    tokens.load();
    QTRY_COMPARE(tokens.state(), WebhookTokenController::State::NotSet);
    QSignalSpy changed(&tokens, &WebhookTokenController::tokenChanged);
    tokens.generate();
    QVERIFY(changed.wait());
    WebhookTokenPanel panel(tokens);
    auto *field = panel.findChild<QLineEdit *>(u"tokenEdit"_s);
    QTest::mouseClick(button(&panel, "revealButton"), Qt::LeftButton);
    QCOMPARE(field->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(button(&panel, "revealButton"), Qt::LeftButton);
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QTest::mouseClick(button(&panel, "copyButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text().toLatin1(), tokens.token());
}

void TstWebhookTokenPanel::aTokenFileCannotBeReplacedFromTheWindow()
{
    std::unique_ptr<WebhookTokenController> tokens(
        WebhookTokenController::fixed("from-a-file-0123456789", u"/home/me/token"_s));
    WebhookTokenPanel panel(*tokens);
    QVERIFY(button(&panel, "generateButton")->isHidden());
    QVERIFY(button(&panel, "copyButton")->isEnabled());
    QVERIFY(panel.findChild<QLabel *>(u"stateLabel"_s)->text().contains(u"/home/me/token"_s));
}

void TstWebhookTokenPanel::theReceiverStartsOnceTheTokenIsGenerated()
{
    Settings settings(m_dir->filePath(u"settings.ini"_s));
    ReceiverConfig config;
    config.dataDir = m_dir->filePath(u"data"_s);
    config.port = 0;
    ReceiverService receiver(config);
    QString error;
    QVERIFY2(receiver.prepareStore(&error), qPrintable(error));
    WebhookTokenController tokens(config.dataDir);
    MainWindow window(receiver, settings, tokens);
    window.show();
    tokens.load();
    QTRY_COMPARE(tokens.state(), WebhookTokenController::State::NotSet);
    QVERIFY(!receiver.isRunning());
    auto *messageBar = window.findChild<QLabel *>(u"messageBar"_s);
    QVERIFY(messageBar && messageBar->isVisible());
    QVERIFY2(messageBar->text().contains(u"Generate"_s), qPrintable(messageBar->text()));

    tokens.generate();
    QTRY_VERIFY(receiver.isRunning());
    QCOMPARE(receiver.config().token, tokens.token());
    QVERIFY(!messageBar->isVisible());
    receiver.stop();
}

QTEST_MAIN(TstWebhookTokenPanel)
#include "tst_webhooktokenpanel.moc"
