// The keychain as Eventwatch uses it, against a real gnome-keyring (Secret Service) in the
// private session that tests/session/run-in-session.sh provides.

#include "secrets/ProfileId.h"
#include "secrets/SecretStore.h"
#include "secrets/TokenKeychain.h"
#include "secrets/WebhookTokenController.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString LoginCollection = u"/org/freedesktop/secrets/collection/login"_s;

SecretResult load(SecretStore &store, const QString &dataDir)
{
    return TokenKeychain(store, dataDir).loadNow();
}

SecretResult save(SecretStore &store, const QString &dataDir, const QByteArray &token)
{
    return TokenKeychain(store, dataDir).storeNow(token);
}

// Locks the login collection through the Secret Service API, as the desktop's "lock keyring"
// does. Unlocking needs the password again, so the test that locks runs last.
bool lockLoginCollection()
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                                       u"org.freedesktop.Secret.Service"_s, u"Lock"_s);
    call << QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(LoginCollection)});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call);
    return reply.type() == QDBusMessage::ReplyMessage;
}

} // namespace

class TstSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void aStoredTokenReadsBack();
    void aDataDirectoryWithoutProfileHasNoToken();
    void theProfileIdIsKeptInTheDataDirectory();
    void clearingRemovesOnlyThatToken();
    void generatedTokensAreLongAndRandom();
    void acceptableTokens_data();
    void acceptableTokens();
    void theControllerReadsAndGeneratesTokens();
    // Last: it leaves the keychain locked.
    void aLockedKeychainIsReportedAsLocked();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstSecrets::initTestCase()
{
    if (qEnvironmentVariable("EVENTWATCH_TEST_SESSION") != u"1"_s)
        QSKIP("needs the private session of tests/session/run-in-session.sh");
}

void TstSecrets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstSecrets::aStoredTokenReadsBack()
{
    SecretStore store;
    const QString dataDir = m_dir->filePath(u"data"_s);
    const QByteArray token = TokenKeychain::generate();
    const SecretResult stored = save(store, dataDir, token);
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    const SecretResult loaded = load(store, dataDir);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message()));
    QCOMPARE(loaded.secret, token);
    QVERIFY(loaded.cause.isEmpty());
}

void TstSecrets::aDataDirectoryWithoutProfileHasNoToken()
{
    SecretStore store;
    const SecretResult loaded = load(store, m_dir->filePath(u"never-used"_s));
    QCOMPARE(loaded.status, SecretResult::Status::NotFound);
    QVERIFY(loaded.secret.isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"never-used"_s)));
}

void TstSecrets::theProfileIdIsKeptInTheDataDirectory()
{
    const QString dataDir = m_dir->filePath(u"data"_s);
    QString error;
    const QString id = ProfileId::readOrCreate(dataDir, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QCOMPARE(ProfileId::readOrCreate(dataDir, &error), id);
    QCOMPARE(ProfileId::read(dataDir), id);
    QVERIFY(ProfileId::readOrCreate(m_dir->filePath(u"other"_s), &error) != id);

    // A profile id that is not a UUID is not used.
    QFile file(QDir(dataDir).filePath(u"profile-id"_s));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("../../etc/passwd\n");
    file.close();
    QCOMPARE(ProfileId::read(dataDir), QString());
}

void TstSecrets::clearingRemovesOnlyThatToken()
{
    SecretStore store;
    const QString mine = m_dir->filePath(u"mine"_s);
    const QString theirs = m_dir->filePath(u"theirs"_s);
    QVERIFY(save(store, mine, "mine-0123456789abcdef").ok());
    QVERIFY(save(store, theirs, "theirs-0123456789abcdef").ok());
    const SecretResult cleared = TokenKeychain(store, mine).clearNow();
    QVERIFY2(cleared.ok(), qPrintable(cleared.message()));
    QCOMPARE(load(store, mine).status, SecretResult::Status::NotFound);
    QCOMPARE(load(store, theirs).secret, QByteArray("theirs-0123456789abcdef"));
}

void TstSecrets::generatedTokensAreLongAndRandom()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 100; ++i) {
        const QByteArray token = TokenKeychain::generate();
        QCOMPARE(token.size(), 43); // 32 bytes
        QCOMPARE(QByteArray::fromBase64(token, QByteArray::Base64UrlEncoding).size(), 32);
        QVERIFY(TokenKeychain::isAcceptable(token, nullptr));
        seen.insert(token);
    }
    QCOMPARE(seen.size(), 100);
}

void TstSecrets::acceptableTokens_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("generated") << TokenKeychain::generate() << true;
    QTest::newRow("16 characters") << QByteArray(16, 'a') << true;
    QTest::newRow("15 characters") << QByteArray(15, 'a') << false;
    QTest::newRow("4096 characters") << QByteArray(4096, 'a') << true;
    QTest::newRow("4097 characters") << QByteArray(4097, 'a') << false;
    QTest::newRow("space") << QByteArray("0123456789 abcdef") << false;
    QTest::newRow("line break") << QByteArray("0123456789\nabcdef") << false;
    QTest::newRow("non-ASCII") << QByteArray("0123456789abcdef\xc3\xa9") << false;
}

void TstSecrets::acceptableTokens()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, acceptable);
    QString error;
    QCOMPARE(TokenKeychain::isAcceptable(token, &error), acceptable);
    QCOMPARE(error.isEmpty(), acceptable);
}

void TstSecrets::theControllerReadsAndGeneratesTokens()
{
    const QString dataDir = m_dir->filePath(u"data"_s);
    WebhookTokenController controller(dataDir);
    QSignalSpy changed(&controller, &WebhookTokenController::tokenChanged);
    QSignalSpy states(&controller, &WebhookTokenController::stateChanged);
    controller.load();
    QTRY_COMPARE(controller.state(), WebhookTokenController::State::NotSet);
    QCOMPARE(changed.count(), 0);

    controller.generate();
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(controller.state(), WebhookTokenController::State::Set);
    const QByteArray token = changed.first().first().toByteArray();
    QCOMPARE(controller.token(), token);

    // What it stored is what a restart reads.
    WebhookTokenController restarted(dataDir);
    QSignalSpy loaded(&restarted, &WebhookTokenController::tokenChanged);
    restarted.load();
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.first().first().toByteArray(), token);

    std::unique_ptr<WebhookTokenController> fromFile(
        WebhookTokenController::fixed("file-token-0123456789", u"/path/token"_s));
    QCOMPARE(fromFile->state(), WebhookTokenController::State::FromFile);
    QVERIFY(!fromFile->usesKeychain());
    fromFile->generate();
    QCOMPARE(fromFile->token(), QByteArray("file-token-0123456789"));
}

void TstSecrets::aLockedKeychainIsReportedAsLocked()
{
    SecretStore store;
    const QString dataDir = m_dir->filePath(u"data"_s);
    QVERIFY(save(store, dataDir, "locked-away-0123456789").ok());
    QVERIFY(lockLoginCollection());
    const SecretResult loaded = load(store, dataDir);
    QCOMPARE(loaded.status, SecretResult::Status::Locked);
    QVERIFY(loaded.secret.isEmpty());
    QVERIFY2(loaded.message().contains(u"locked"_s) && loaded.message().contains(u"--token-file"_s),
             qPrintable(loaded.message()));

    WebhookTokenController controller(dataDir);
    controller.load();
    QTRY_COMPARE(controller.state(), WebhookTokenController::State::KeychainError);
    QVERIFY(controller.detail().contains(u"locked"_s));
    QVERIFY(controller.token().isEmpty());
}

QTEST_GUILESS_MAIN(TstSecrets)
#include "tst_secrets.moc"
