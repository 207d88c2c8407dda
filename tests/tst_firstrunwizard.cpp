// The first-run guide from its first page to the first delivery, on the offscreen platform,
// against the real receiver (real sockets) and the real keychain of the private session
// (tests/session/run-in-session.sh).

#include "EventTableModel.h"
#include "FirstRunWizard.h"
#include "HttpTestClient.h"
#include "MainWindow.h"
#include "http/ReceiverService.h"
#include "http/TestDeliverySender.h"
#include "secrets/WebhookTokenController.h"
#include "settings/Settings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray eventDelivery(const QString &deliveryId, int eventId, const QString &title)
{
    const QJsonObject payload{
        {u"id"_s, eventId},
        {u"post_type"_s, u"event"_s},
        {u"title"_s, title},
        {u"event_type"_s, u"local_meetup"_s},
        {u"starts_at"_s, u"2026-12-03T18:00:00+00:00"_s},
        {u"space"_s, QJsonObject{{u"id"_s, 3}, {u"name"_s, u"Bakers"_s}}},
    };
    return QJsonDocument(QJsonObject{{u"event_id"_s, deliveryId}, {u"payload"_s, payload}})
        .toJson(QJsonDocument::Compact);
}

// A port nothing listens on right now.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

class TstFirstRunWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnTheFirstStartOnly();
    void aStoreWithEventsNeedsNoGuide();
    void fromTheFirstPageToARealDelivery();
    void theTestDeliveryFinishesTheGuide();
    void anExistingTokenIsKept();
    void skipMarksTheFirstRunDone();
    void theHelpMenuReopensTheGuide();

private:
    FirstRunWizard *guide() const;
    // Enter on whatever has the focus: the wizard's default button unless a page takes it.
    void pressEnter();
    void goToWaitingPage();
    template<typename T>
    T *child(const char *name) const
    {
        // On the page shown: pages share names such as problemLabel.
        T *widget = guide()->currentPage()->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ReceiverService> m_receiver;
    std::unique_ptr<WebhookTokenController> m_tokens;
    std::unique_ptr<MainWindow> m_window;
};

void TstFirstRunWizard::initTestCase()
{
    if (qEnvironmentVariable("EVENTWATCH_TEST_SESSION") != u"1"_s)
        QSKIP("needs the private session of tests/session/run-in-session.sh");
}

// As main() does it: the store is ready, the receiver waits for the keychain's token.
void TstFirstRunWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    ReceiverConfig config;
    config.dataDir = m_dir->filePath(u"data"_s);
    config.port = 0;
    m_receiver = std::make_unique<ReceiverService>(config);
    QString error;
    QVERIFY2(m_receiver->prepareStore(&error), qPrintable(error));
    m_tokens = std::make_unique<WebhookTokenController>(config.dataDir);
    m_window = std::make_unique<MainWindow>(*m_receiver, *m_settings, *m_tokens);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_tokens->load();
}

void TstFirstRunWizard::cleanup()
{
    m_window.reset();
    m_tokens.reset();
    m_receiver.reset();
    m_settings.reset();
    m_dir.reset();
}

FirstRunWizard *TstFirstRunWizard::guide() const
{
    return m_window->findChild<FirstRunWizard *>();
}

void TstFirstRunWizard::pressEnter()
{
    QWidget *target = guide()->focusWidget() ? guide()->focusWidget() : guide();
    QTest::keyClick(target, Qt::Key_Return);
}

void TstFirstRunWizard::opensOnTheFirstStartOnly()
{
    QVERIFY(!m_settings->firstRunCompleted());
    m_window->openConnectGuideOnFirstRun();
    QVERIFY(guide());
    QVERIFY(guide()->isVisible());
    QVERIFY2(guide()->windowTitle().contains(u"Eventwatch"_s), qPrintable(guide()->windowTitle()));
    QCOMPARE(guide()->currentId(), int(FirstRunWizard::WelcomePageId));

    m_settings->setFirstRunCompleted(true);
    guide()->close();
    QTRY_VERIFY(!guide());
    m_window->openConnectGuideOnFirstRun();
    QVERIFY(!guide());
}

// Someone who receives events already (from before the guide existed) is not shown it.
void TstFirstRunWizard::aStoreWithEventsNeedsNoGuide()
{
    QTRY_COMPARE(m_tokens->state(), WebhookTokenController::State::NotSet);
    QSignalSpy changed(m_tokens.get(), &WebhookTokenController::tokenChanged);
    m_tokens->generate();
    QVERIFY(changed.wait());
    QTRY_VERIFY(m_receiver->isRunning());
    QSignalSpy stored(m_receiver.get(), &ReceiverService::storeChanged);
    const auto response = HttpTestClient::exchange(
        m_receiver->port(), HttpTestClient::delivery(eventDelivery(u"old-1"_s, 7, u"Older event"_s),
                                                     m_tokens->token()));
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QVERIFY(stored.wait());

    m_window->openConnectGuideOnFirstRun();
    QVERIFY(!guide());
    QVERIFY(m_settings->firstRunCompleted());
}

// Every step with the keyboard (Enter moves on), as a first start meets it: no token yet, a port
// someone else holds, a public address typed by hand, then a real delivery over HTTP.
void TstFirstRunWizard::fromTheFirstPageToARealDelivery()
{
    m_window->openConnectGuideOnFirstRun();
    QVERIFY(guide());
    QVERIFY(QTest::qWaitForWindowExposed(guide()));
    pressEnter();
    QCOMPARE(guide()->currentId(), int(FirstRunWizard::TokenPageId));

    // Token: generated into the keychain without a click; the receiver starts with it.
    QTRY_COMPARE(m_tokens->state(), WebhookTokenController::State::Set);
    QTRY_VERIFY(m_receiver->isRunning());
    QVERIFY(!m_tokens->token().isEmpty());
    QVERIFY2(child<QLabel>("stateLabel")->text().contains(u"new token"_s),
             qPrintable(child<QLabel>("stateLabel")->text()));
    QVERIFY(child<QPushButton>("replaceButton")->isHidden());
    pressEnter();
    QCOMPARE(guide()->currentId(), int(FirstRunWizard::PortPageId));

    // Port: one that is taken is refused; a free one moves the receiver there.
    auto *spin = child<QSpinBox>("portSpin");
    QCOMPARE(spin->value(), int(m_receiver->port()));
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
    spin->setValue(holder.serverPort());
    QVERIFY2(child<QLabel>("portStateLabel")->text().contains(u"in use"_s),
             qPrintable(child<QLabel>("portStateLabel")->text()));
    pressEnter();
    QCOMPARE(guide()->currentId(), int(FirstRunWizard::PortPageId));
    const quint16 port = freePort();
    QVERIFY(port != 0);
    spin->setValue(port);
    pressEnter();
    QCOMPARE(guide()->currentId(), int(FirstRunWizard::TunnelPageId));
    QVERIFY(m_receiver->isRunning());
    QCOMPARE(m_receiver->port(), port);
    QCOMPARE(m_settings->port(), port);

    // Public address: by hand. Plain http is refused; a pasted webhook URL keeps its host.
    auto *manual = child<QRadioButton>("manualRadio");
    QTest::keyClick(manual, Qt::Key_Space);
    QVERIFY(manual->isChecked());
    auto *edit = child<QLineEdit>("manualEdit");
    QVERIFY(edit->hasFocus() || !guide()->isActiveWindow());
    QTest::keyClicks(edit, u"http://events.example.org"_s);
    pressEnter();
    QCOMPARE(guide()->currentId(), int(FirstRunWizard::TunnelPageId));
    QVERIFY2(child<QLabel>("problemLabel")->text().contains(u"https://"_s),
             qPrintable(child<QLabel>("problemLabel")->text()));
    edit->clear();
    QTest::keyClicks(edit, u"events.example.org/webhooks/mighty-networks"_s);
    pressEnter();
    QCOMPARE(guide()->currentId(), int(FirstRunWizard::ConnectPageId));
    QCOMPARE(m_settings->tunnelProvider(), TunnelProvider::None);
    QCOMPARE(m_settings->manualPublicUrl(), QUrl(u"https://events.example.org"_s));

    // What to paste: read-only, each with its Copy button.
    const QString url = u"https://events.example.org/webhooks/mighty-networks"_s;
    auto *urlEdit = child<QLineEdit>("urlEdit");
    auto *keyEdit = child<QLineEdit>("keyEdit");
    QCOMPARE(urlEdit->text(), url);
    QCOMPARE(m_window->webhookUrl(), url);
    QVERIFY(urlEdit->isReadOnly());
    QCOMPARE(keyEdit->text(), QString::fromLatin1(m_tokens->token()));
    QVERIFY(keyEdit->isReadOnly());
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QTest::keyClick(child<QPushButton>("copyUrlButton"), Qt::Key_Space);
    QCOMPARE(QApplication::clipboard()->text(), url);
    QTest::keyClick(child<QPushButton>("copyKeyButton"), Qt::Key_Space);
    QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(m_tokens->token()));
    pressEnter();
    QCOMPARE(guide()->currentId(), int(FirstRunWizard::WaitingPageId));

    // Waiting: a real delivery with the token ends the guide on that event.
    QSignalSpy received(guide(), &FirstRunWizard::firstEventReceived);
    QSignalSpy finished(guide(), &QDialog::finished);
    const auto response = HttpTestClient::exchange(
        port, HttpTestClient::delivery(eventDelivery(u"first-1"_s, 41, u"Sourdough night"_s),
                                       m_tokens->token()));
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QVERIFY(received.wait());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
    QVERIFY(m_settings->firstRunCompleted());
    QCOMPARE(Settings(m_settings->fileName()).firstRunCompleted(), true);

    auto *table = m_window->findChild<QTableView *>(u"eventTable"_s);
    const qint64 rowId = received.at(0).at(0).toLongLong();
    QTRY_COMPARE(table->currentIndex().data(EventTableModel::RowIdRole).toLongLong(), rowId);
    QCOMPARE(table->currentIndex().siblingAtColumn(int(EventColumn::Title)).data().toString(),
             u"Sourdough night"_s);
    QTRY_VERIFY(!guide());
}

void TstFirstRunWizard::goToWaitingPage()
{
    m_window->openConnectGuide();
    QVERIFY(guide());
    QVERIFY(QTest::qWaitForWindowExposed(guide()));
    pressEnter();
    QCOMPARE(guide()->currentId(), int(FirstRunWizard::TokenPageId));
    QTRY_VERIFY(guide()->currentPage()->isComplete());
    QTRY_VERIFY(m_receiver->isRunning());
    pressEnter();
    QCOMPARE(guide()->currentId(), int(FirstRunWizard::PortPageId));
    pressEnter();
    QCOMPARE(guide()->currentId(), int(FirstRunWizard::TunnelPageId));
    QTest::keyClick(child<QRadioButton>("laterRadio"), Qt::Key_Space);
    pressEnter();
    QCOMPARE(guide()->currentId(), int(FirstRunWizard::ConnectPageId));
    QVERIFY2(child<QLabel>("urlStateLabel")->text().contains(u"Only this computer"_s),
             qPrintable(child<QLabel>("urlStateLabel")->text()));
    QCOMPARE(child<QLineEdit>("urlEdit")->text(), m_receiver->webhookUrl());
    pressEnter();
    QCOMPARE(guide()->currentId(), int(FirstRunWizard::WaitingPageId));
}

// The test delivery goes the window's way (the test sender, to the receiver's own address);
// sent twice over two runs of the guide it updates the same sample event, which still counts.
void TstFirstRunWizard::theTestDeliveryFinishesTheGuide()
{
    auto *table = m_window->findChild<QTableView *>(u"eventTable"_s);
    for (int run = 0; run < 2; ++run) {
        goToWaitingPage();
        if (QTest::currentTestFailed())
            return;
        QSignalSpy received(guide(), &FirstRunWizard::firstEventReceived);
        auto *test = child<QPushButton>("testButton");
        QVERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(received.wait());
        const qint64 rowId = received.at(0).at(0).toLongLong();
        QTRY_COMPARE(table->currentIndex().data(EventTableModel::RowIdRole).toLongLong(), rowId);
        QCOMPARE(table->currentIndex().siblingAtColumn(int(EventColumn::Title)).data().toString(),
                 u"Eventwatch test event"_s);
        QTRY_VERIFY(!guide());
        table->selectionModel()->clearCurrentIndex();
    }
}

void TstFirstRunWizard::anExistingTokenIsKept()
{
    QTRY_COMPARE(m_tokens->state(), WebhookTokenController::State::NotSet);
    QSignalSpy changed(m_tokens.get(), &WebhookTokenController::tokenChanged);
    m_tokens->generate();
    QVERIFY(changed.wait());
    const QByteArray token = m_tokens->token();

    m_window->openConnectGuide();
    QVERIFY(QTest::qWaitForWindowExposed(guide()));
    pressEnter();
    QCOMPARE(guide()->currentId(), int(FirstRunWizard::TokenPageId));
    QVERIFY(guide()->currentPage()->isComplete());
    QVERIFY2(child<QLabel>("stateLabel")->text().contains(u"already"_s),
             qPrintable(child<QLabel>("stateLabel")->text()));
    QVERIFY(child<QPushButton>("replaceButton")->isVisible());
    pressEnter();
    QCOMPARE(guide()->currentId(), int(FirstRunWizard::PortPageId));
    QCOMPARE(m_tokens->token(), token);
    QCOMPARE(changed.size(), 1);
}

// Skip is the wizard's Cancel: Esc does it too. Either way the guide does not come back by
// itself, also after a restart (the settings file says so).
void TstFirstRunWizard::skipMarksTheFirstRunDone()
{
    m_window->openConnectGuideOnFirstRun();
    QVERIFY(guide());
    QAbstractButton *skip = guide()->button(QWizard::CancelButton);
    QCOMPARE(skip->text(), u"&Skip"_s);
    QVERIFY(skip->isVisible());
    QTest::mouseClick(skip, Qt::LeftButton);
    QTRY_VERIFY(!guide());
    QVERIFY(m_settings->firstRunCompleted());
    QVERIFY(Settings(m_settings->fileName()).firstRunCompleted());
    m_window->openConnectGuideOnFirstRun();
    QVERIFY(!guide());

    m_window->openConnectGuide();
    QVERIFY(guide());
    QTest::keyClick(guide(), Qt::Key_Escape);
    QTRY_VERIFY(!guide());
}

void TstFirstRunWizard::theHelpMenuReopensTheGuide()
{
    auto *help = m_window->findChild<QMenu *>(u"helpMenu"_s);
    QVERIFY(help);
    QStringList texts;
    for (QAction *action : help->actions())
        if (!action->isSeparator())
            texts << action->text();
    QCOMPARE(texts, QStringList({u"&Connect Mighty Networks…"_s, u"Open &Data Folder"_s,
                                 u"&About Eventwatch"_s}));
    help->actions().constFirst()->trigger();
    QVERIFY(guide());
    QVERIFY(guide()->isVisible());
    // A second time raises the open guide instead of opening another.
    help->actions().constFirst()->trigger();
    QCOMPARE(m_window->findChildren<FirstRunWizard *>().size(), 1);
}

QTEST_MAIN(TstFirstRunWizard)
#include "tst_firstrunwizard.moc"
