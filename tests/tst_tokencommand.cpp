// `eventwatch token ...` as a user runs it: the real binary, the real keychain (gnome-keyring in
// the private session that tests/session/run-in-session.sh provides), real files.

#include "HttpTestClient.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int TimeoutMs = 30000;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QByteArray lastLine() const { return out.trimmed().split('\n').last(); }
};

Run eventwatch(const QStringList &arguments, const QByteArray &input = {},
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(EVENTWATCH_BINARY), arguments);
    Run run;
    if (!process.waitForStarted(TimeoutMs))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(TimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// Every file under directory whose contents include needle.
QStringList filesContaining(const QString &directory, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

// What secret-tool (libsecret's own client) finds in the keychain for Eventwatch.
QByteArray keychainListing()
{
    QProcess process;
    process.start(u"secret-tool"_s,
                  {u"search"_s, u"--all"_s, u"xdg:schema"_s, u"org.qt.keychain"_s});
    process.waitForFinished(TimeoutMs);
    return process.readAllStandardOutput() + process.readAllStandardError();
}

} // namespace

class TstTokenCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void generateStoresARandomTokenInTheKeychainOnly();
    void generateKeepsAnExistingTokenUnlessReplaced();
    void setReadsTheTokenFromStandardInput();
    void setRefusesAnUnusableToken();
    void clearRemovesTheToken();
    void twoDataDirectoriesHaveTwoTokens();
    void headlessModeReceivesWithTheKeychainToken();
    void headlessModeWithoutATokenSaysHowToSetOne();
    void withoutASessionBusTheKeychainIsNamedAsTheProblem();
    void unknownActionsAreRefused();
    void feedTokenIsAKeychainEntryOfItsOwn();
    void feedTokenMustDifferFromTheWebhookToken();
    void headlessModeServesTheFeedWithTheKeychainFeedToken();

private:
    QStringList args(const QString &action) const;
    QStringList feedArgs(const QString &action) const;
    // Starts the receiver without a window on a free port of this data directory; returns the
    // port from its "listening on" line, or 0 when it did not start.
    quint16 startHeadless(QProcess &headless) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
};

void TstTokenCommand::initTestCase()
{
    if (qEnvironmentVariable("EVENTWATCH_TEST_SESSION") != u"1"_s)
        QSKIP("needs the private session of tests/session/run-in-session.sh");
}

void TstTokenCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dataDir = m_dir->filePath(u"data"_s);
}

QStringList TstTokenCommand::args(const QString &action) const
{
    return {u"token"_s, action, u"--data-dir"_s, m_dataDir};
}

QStringList TstTokenCommand::feedArgs(const QString &action) const
{
    return args(action) << u"--feed"_s;
}

quint16 TstTokenCommand::startHeadless(QProcess &headless) const
{
    headless.setReadChannel(QProcess::StandardError);
    headless.start(QStringLiteral(EVENTWATCH_BINARY),
                   {u"--headless"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, m_dataDir});
    const QDeadlineTimer deadline(TimeoutMs);
    while (headless.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        if (!headless.canReadLine()) {
            headless.waitForReadyRead(100);
            continue;
        }
        const QByteArray line = headless.readLine();
        if (line.startsWith("listening on "))
            return quint16(QUrl(QString::fromUtf8(line.sliced(13).trimmed())).port());
    }
    return 0;
}

void TstTokenCommand::generateStoresARandomTokenInTheKeychainOnly()
{
    const Run generated = eventwatch(args(u"generate"_s));
    QCOMPARE(generated.exitCode, 0);
    const QByteArray token = generated.lastLine();
    // 32 random bytes in base64url without padding.
    QVERIFY2(
        QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_s).match(QString::fromLatin1(token)).hasMatch(),
        token.constData());
    QVERIFY(generated.err.contains("keychain"));

    const Run shown = eventwatch(args(u"show"_s));
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.lastLine(), token);

    QFile profile(QDir(m_dataDir).filePath(u"profile-id"_s));
    QVERIFY(profile.open(QIODevice::ReadOnly));
    const QByteArray profileId = profile.readAll().trimmed();
    const QByteArray listing = keychainListing();
    QVERIFY2(listing.contains(QByteArray("webhook-token/" + profileId)), listing.constData());
    QVERIFY2(listing.contains("io.github.eventwatch.Eventwatch"), listing.constData());

    // Not in the data directory, the settings or anywhere else under HOME.
    QCOMPARE(filesContaining(m_dataDir, token), QStringList());
    QCOMPARE(filesContaining(QDir::homePath(), token), QStringList());
    QCOMPARE(filesContaining(qEnvironmentVariable("XDG_CONFIG_HOME"), token), QStringList());

    const Run another =
        eventwatch({u"token"_s, u"generate"_s, u"--data-dir"_s, m_dir->filePath(u"other"_s)});
    QCOMPARE(another.exitCode, 0);
    QVERIFY(another.lastLine() != token);
}

void TstTokenCommand::generateKeepsAnExistingTokenUnlessReplaced()
{
    const QByteArray first = eventwatch(args(u"generate"_s)).lastLine();
    const Run again = eventwatch(args(u"generate"_s));
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("already set") && again.err.contains("--replace"),
             again.err.constData());
    QCOMPARE(again.out, QByteArray());
    QCOMPARE(eventwatch(args(u"show"_s)).lastLine(), first);

    const Run replaced = eventwatch(args(u"generate"_s) << u"--replace"_s);
    QCOMPARE(replaced.exitCode, 0);
    QVERIFY(replaced.lastLine() != first);
    QCOMPARE(eventwatch(args(u"show"_s)).lastLine(), replaced.lastLine());
}

void TstTokenCommand::setReadsTheTokenFromStandardInput()
{
    const QByteArray token = "pasted-from-mighty-networks-0123456789";
    const Run set = eventwatch(args(u"set"_s), "  " + token + "\n");
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(set.out, QByteArray());
    QCOMPARE(eventwatch(args(u"show"_s)).lastLine(), token);
}

void TstTokenCommand::setRefusesAnUnusableToken()
{
    for (const QByteArray &bad : {QByteArray(), QByteArray("short"),
                                  QByteArray("has a space in it ok"), QByteArray(5000, 'x')}) {
        const Run set = eventwatch(args(u"set"_s), bad + '\n');
        QCOMPARE(set.exitCode, 1);
        QCOMPARE(set.err.count('\n'), 1);
        QVERIFY(set.err.startsWith("eventwatch: the token"));
    }
    QCOMPARE(eventwatch(args(u"show"_s)).exitCode, 1);
}

void TstTokenCommand::clearRemovesTheToken()
{
    QCOMPARE(eventwatch(args(u"generate"_s)).exitCode, 0);
    QFile profile(QDir(m_dataDir).filePath(u"profile-id"_s));
    QVERIFY(profile.open(QIODevice::ReadOnly));
    const QByteArray entry = QByteArray("webhook-token/" + profile.readAll().trimmed());
    QVERIFY(keychainListing().contains(entry));
    const Run cleared = eventwatch(args(u"clear"_s));
    QCOMPARE(cleared.exitCode, 0);
    const Run shown = eventwatch(args(u"show"_s));
    QCOMPARE(shown.exitCode, 1);
    QVERIFY2(shown.err.contains("no webhook token is set") && shown.err.contains("token generate"),
             shown.err.constData());
    QVERIFY(!keychainListing().contains(entry));
    // Clearing what is not there is not an error.
    QCOMPARE(eventwatch(args(u"clear"_s)).exitCode, 0);
}

void TstTokenCommand::twoDataDirectoriesHaveTwoTokens()
{
    const QString otherDir = m_dir->filePath(u"other"_s);
    const QByteArray mine = eventwatch(args(u"generate"_s)).lastLine();
    const QByteArray theirs =
        eventwatch({u"token"_s, u"generate"_s, u"--data-dir"_s, otherDir}).lastLine();
    QVERIFY(mine != theirs);
    QCOMPARE(eventwatch(args(u"clear"_s)).exitCode, 0);
    QCOMPARE(eventwatch({u"token"_s, u"show"_s, u"--data-dir"_s, otherDir}).lastLine(), theirs);
}

void TstTokenCommand::headlessModeReceivesWithTheKeychainToken()
{
    const QByteArray token = eventwatch(args(u"generate"_s)).lastLine();
    QProcess headless;
    const quint16 port = startHeadless(headless);
    QVERIFY2(port != 0, headless.readAllStandardError().constData());

    const QByteArray body =
        R"({"event_id":"tokencommand-1","event_timestamp":"2026-01-01T00:00:00Z","payload":{"id":1}})";
    const auto accepted = HttpTestClient::exchange(port, HttpTestClient::delivery(body, token));
    QVERIFY(accepted);
    QCOMPARE(accepted->status, 200);
    const auto refused =
        HttpTestClient::exchange(port, HttpTestClient::delivery(body, "not-the-token-0123456789"));
    QVERIFY(refused);
    QCOMPARE(refused->status, 401);

    headless.terminate();
    QVERIFY(headless.waitForFinished(TimeoutMs));
    QCOMPARE(headless.exitCode(), 0);
}

void TstTokenCommand::headlessModeWithoutATokenSaysHowToSetOne()
{
    const Run run = eventwatch({u"--headless"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, m_dataDir});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains("no webhook token is set") && run.err.contains("token generate")
                 && run.err.contains("--token-file"),
             run.err.constData());
}

void TstTokenCommand::withoutASessionBusTheKeychainIsNamedAsTheProblem()
{
    QCOMPARE(eventwatch(args(u"generate"_s)).exitCode, 0);
    QProcessEnvironment noBus = QProcessEnvironment::systemEnvironment();
    noBus.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    for (const QStringList &arguments :
         {args(u"show"_s), args(u"generate"_s) << u"--replace"_s,
          QStringList{u"--headless"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, m_dataDir}}) {
        const Run run = eventwatch(arguments, {}, noBus);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.contains("keychain cannot be reached")
                     && run.err.contains("no D-Bus session bus")
                     && run.err.contains("--token-file"),
                 run.err.constData());
        QCOMPARE(run.out, QByteArray());
    }
}

void TstTokenCommand::unknownActionsAreRefused()
{
    const Run run = eventwatch(args(u"print"_s));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("unknown token action 'print'"));
    const Run none = eventwatch({u"token"_s});
    QCOMPARE(none.exitCode, 1);
    const Run help = eventwatch({u"token"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("generate|show|set|clear"));
}

void TstTokenCommand::feedTokenIsAKeychainEntryOfItsOwn()
{
    const QByteArray webhook = eventwatch(args(u"generate"_s)).lastLine();
    const Run generated = eventwatch(feedArgs(u"generate"_s));
    QCOMPARE(generated.exitCode, 0);
    const QByteArray feed = generated.lastLine();
    QCOMPARE(feed.size(), 43);
    QVERIFY(feed != webhook);
    QCOMPARE(eventwatch(feedArgs(u"show"_s)).lastLine(), feed);
    QCOMPARE(eventwatch(args(u"show"_s)).lastLine(), webhook);
    const QByteArray listing = keychainListing();
    QVERIFY2(listing.contains("feed-token/"), listing.constData());
    QVERIFY(filesContaining(m_dataDir, feed).isEmpty());

    // Generate keeps it unless told to replace it, as for the webhook token.
    QCOMPARE(eventwatch(feedArgs(u"generate"_s)).exitCode, 1);
    QCOMPARE(eventwatch(feedArgs(u"show"_s)).lastLine(), feed);

    QCOMPARE(eventwatch(feedArgs(u"set"_s), "too-short\n").exitCode, 1);
    QCOMPARE(eventwatch(feedArgs(u"set"_s), "a-feed-token-of-my-own-123\n").exitCode, 0);
    QCOMPARE(eventwatch(feedArgs(u"show"_s)).lastLine(), "a-feed-token-of-my-own-123");

    QCOMPARE(eventwatch(feedArgs(u"clear"_s)).exitCode, 0);
    const Run cleared = eventwatch(feedArgs(u"show"_s));
    QCOMPARE(cleared.exitCode, 1);
    QVERIFY2(cleared.err.contains("--feed"), cleared.err.constData());
    QCOMPARE(eventwatch(args(u"show"_s)).lastLine(), webhook);
}

void TstTokenCommand::feedTokenMustDifferFromTheWebhookToken()
{
    const QByteArray webhook = eventwatch(args(u"generate"_s)).lastLine();
    const Run same = eventwatch(feedArgs(u"set"_s), webhook + '\n');
    QCOMPARE(same.exitCode, 1);
    QCOMPARE(eventwatch(feedArgs(u"show"_s)).exitCode, 1);
}

void TstTokenCommand::headlessModeServesTheFeedWithTheKeychainFeedToken()
{
    const QByteArray webhook = eventwatch(args(u"generate"_s)).lastLine();
    const QByteArray feed = eventwatch(feedArgs(u"generate"_s)).lastLine();
    QProcess headless;
    const quint16 port = startHeadless(headless);
    QVERIFY2(port != 0, headless.readAllStandardError().constData());

    const auto served = HttpTestClient::exchange(
        port, HttpTestClient::request("GET", "/calendar.ics?token=" + feed));
    QVERIFY(served);
    QCOMPARE(served->status, 200);
    QVERIFY(served->body.startsWith("BEGIN:VCALENDAR"));
    const auto withWebhookToken = HttpTestClient::exchange(
        port, HttpTestClient::request("GET", "/calendar.ics?token=" + webhook));
    QVERIFY(withWebhookToken);
    QCOMPARE(withWebhookToken->status, 401);

    headless.terminate();
    QVERIFY(headless.waitForFinished(TimeoutMs));
    QCOMPARE(headless.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TstTokenCommand)
#include "tst_tokencommand.moc"
