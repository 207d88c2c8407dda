// `eventwatch --headless` as a user runs it: the real binary in a child process, real sockets,
// real files. What a 200 promises is checked in the SQLite file itself.

#include "HttpTestClient.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QWaitCondition>

#include <array>
#include <atomic>
#include <csignal>
#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int StartTimeoutMs = 15000;
constexpr int StopTimeoutMs = 15000;
const QByteArray Token = "tst-headless-token-0123456789abcdef";
const QByteArray FeedToken = "tst-headless-feed-token-fedcba9876543210";

QString databasePathIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"eventwatch.sqlite3"_s);
}

bool writeFile(const QString &path, const QByteArray &contents, QFile::Permissions permissions)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(contents) == contents.size() && file.setPermissions(permissions);
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

constexpr QFile::Permissions OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

// A token file as the documentation asks for it (chmod 600).
QString writeTokenFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"token"_s);
    return writeFile(path, Token + '\n', OwnerOnly) ? path : QString();
}

QByteArray deliveryBody(const QString &eventId, const QByteArray &padding = {})
{
    QJsonObject payload{{u"post_type"_s, u"post"_s}, {u"title"_s, u"tst_headless"_s}};
    if (!padding.isEmpty())
        payload.insert(u"padding"_s, QString::fromLatin1(padding));
    return QJsonDocument(QJsonObject{{u"event_id"_s, eventId},
                                     {u"event_timestamp"_s, u"2025-11-07T23:17:21+00:00"_s},
                                     {u"payload"_s, payload}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject jsonObjectOf(const HttpTestResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

// Peak resident set size of a process (VmHWM), in KiB; -1 when it cannot be read.
qint64 peakRssKiB(qint64 pid)
{
    const QByteArray status = fileContents(u"/proc/%1/status"_s.arg(pid));
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith("VmHWM:")) {
            bool ok = false;
            const qint64 kib = line.sliced(6).trimmed().split(' ').first().toLongLong(&ok);
            return ok ? kib : -1;
        }
    }
    return -1;
}

// Whether the process has a handler of its own for signalNumber (SigCgt in /proc/<pid>/status).
bool catchesSignal(qint64 pid, int signalNumber)
{
    const QByteArray status = fileContents(u"/proc/%1/status"_s.arg(pid));
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith("SigCgt:")) {
            bool ok = false;
            const quint64 mask = line.sliced(7).trimmed().toULongLong(&ok, 16);
            return ok && (mask & (quint64(1) << (signalNumber - 1))) != 0;
        }
    }
    return false;
}

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The same quiet output whether the test runs under CTest or by hand; warnings still show.
    environment.insert(u"QT_LOGGING_RULES"_s, u"eventwatch.*.info=false"_s);
    return environment;
}

// Runs sql on the database file with a connection of the test's own and returns every row.
std::optional<QList<QVariantList>> queryStore(const QString &databasePath, const QString &sql,
                                              QString *error)
{
    if (!QFileInfo::exists(databasePath)) {
        *error = databasePath + u" does not exist"_s;
        return std::nullopt;
    }
    static int connections = 0;
    const QString name = u"tst_headless-%1"_s.arg(++connections);
    std::optional<QList<QVariantList>> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(databasePath);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                *error = query.lastError().text();
            } else {
                rows.emplace();
                while (query.next()) {
                    QVariantList row;
                    for (int column = 0; column < query.record().count(); ++column)
                        row << query.value(column);
                    rows->append(row);
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

std::optional<QSet<QString>> storedEventIds(const QString &databasePath, QString *error)
{
    const std::optional<QList<QVariantList>> rows =
        queryStore(databasePath, u"SELECT event_id FROM deliveries"_s, error);
    if (!rows)
        return std::nullopt;
    QSet<QString> ids;
    for (const QVariantList &row : *rows)
        ids.insert(row.first().toString());
    return ids;
}

// The ids of `expected` that are not in `stored`, a few of them, for a failure message.
QString missingIds(const QStringList &expected, const QSet<QString> &stored, int *missingCount)
{
    QStringList missing;
    for (const QString &id : expected) {
        if (!stored.contains(id))
            missing << id;
    }
    *missingCount = int(missing.size());
    return missing.mid(0, 10).join(u", "_s);
}

QString statusList(const QList<int> &statuses)
{
    QStringList texts;
    for (const int status : statuses)
        texts << QString::number(status);
    return texts.join(u", "_s);
}

// One eventwatch child process. Killed if still running when it goes out of scope, so a test
// that fails half-way leaves nothing behind.
class Eventwatch final
{
    Q_DISABLE_COPY_MOVE(Eventwatch)

public:
    Eventwatch()
    {
        m_process.setProcessEnvironment(childEnvironment());
        m_process.setReadChannel(QProcess::StandardError);
    }

    ~Eventwatch()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(StopTimeoutMs);
        }
    }

    // Starts `[launcher...] eventwatch --headless arguments` and waits for the line that says
    // it listens. On failure returns false with what the child printed.
    bool start(const QStringList &arguments, QString *error, const QStringList &launcher = {})
    {
        QStringList command = launcher;
        command << QStringLiteral(EVENTWATCH_BINARY) << u"--headless"_s << u"--port"_s << u"0"_s
                << arguments;
        m_process.start(command.first(), command.mid(1));
        if (!m_process.waitForStarted(StartTimeoutMs)) {
            *error = u"cannot start: "_s + m_process.errorString();
            return false;
        }
        const QDeadlineTimer deadline(StartTimeoutMs);
        while (true) {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine();
                m_stderr += line;
                constexpr QByteArrayView prefix = "listening on ";
                if (line.startsWith(prefix)) {
                    const QUrl url(QString::fromUtf8(line.sliced(prefix.size()).trimmed()));
                    m_port = quint16(url.port());
                    if (m_port == 0)
                        *error = u"no port in: "_s + QString::fromUtf8(line);
                    return m_port != 0;
                }
            }
            if (m_process.state() == QProcess::NotRunning || deadline.hasExpired())
                break;
            m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        }
        m_stderr += m_process.readAllStandardError();
        *error = u"no listening line; stderr: "_s + QString::fromUtf8(m_stderr);
        return false;
    }

    // Sends SIGTERM once the process handles it, and waits for the process to end. (The
    // listening line comes before the handler: see sigtermRightAfterListeningLine().)
    bool terminate()
    {
        if (!QTest::qWaitFor([this] { return catchesSignal(pid(), SIGTERM); }, StartTimeoutMs))
            qWarning("eventwatch installed no SIGTERM handler in time");
        return terminateAtOnce();
    }

    // Sends SIGTERM right away and waits for the process to end.
    bool terminateAtOnce()
    {
        m_process.terminate();
        const bool finished = m_process.waitForFinished(StopTimeoutMs);
        m_stderr += m_process.readAllStandardError();
        return finished;
    }

    QProcess &process() { return m_process; }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QString stderrText() const { return QString::fromUtf8(m_stderr); }

private:
    QProcess m_process;
    QByteArray m_stderr;
    quint16 m_port = 0;
};

// What a run of eventwatch to its end left behind.
struct Finished
{
    bool finished = false;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Finished runToEnd(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    process.start(QStringLiteral(EVENTWATCH_BINARY), arguments);
    Finished result;
    result.finished = process.waitForFinished(StopTimeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(StopTimeoutMs);
    }
    result.exitStatus = process.exitStatus();
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// What the posting clients of the SIGKILL test share.
struct PostingState
{
    QMutex mutex;
    QWaitCondition progressed;
    int answered200 = 0;    // guarded by mutex
    int postingClients = 0; // guarded by mutex
    std::atomic_bool stop{false};
};

// What one posting client saw.
struct PostingClient
{
    QStringList stored;       // event_ids answered 200
    QList<int> otherStatuses; // anything else that was answered
    int unanswered = 0;       // requests the connection dropped (at the SIGKILL)
};

// Posts unique deliveries on one keep-alive connection as fast as the server answers, until told
// to stop or the connection goes.
void postUntilStopped(quint16 port, const QString &idPrefix, PostingState &state,
                      PostingClient &result)
{
    HttpTestClient client(port);
    if (client.connectToServer()) {
        for (int n = 0; !state.stop.load(); ++n) {
            const QString eventId = idPrefix + QString::number(n);
            if (!client.send(HttpTestClient::delivery(deliveryBody(eventId), Token))) {
                ++result.unanswered;
                break;
            }
            const std::optional<HttpTestResponse> response = client.readResponse(10000);
            if (!response) {
                ++result.unanswered;
                break;
            }
            if (response->status != 200) {
                result.otherStatuses << response->status;
                continue;
            }
            result.stored << eventId;
            QMutexLocker locker(&state.mutex);
            ++state.answered200;
            state.progressed.wakeAll();
        }
    }
    QMutexLocker locker(&state.mutex);
    --state.postingClients;
    state.progressed.wakeAll();
}

// A body of zero bytes, sent as it is or in chunks, handed out in writes of 64 KiB.
class ZeroBody final
{
public:
    static constexpr qint64 WriteSize = 64 * 1024;

    // chunkSize 0: not chunked (the request says Content-Length instead).
    ZeroBody(qint64 size, qint64 chunkSize)
        : m_dataLeft(size)
        , m_chunkSize(chunkSize)
    {}

    bool atEnd() const { return m_atEnd; }

    QByteArray next()
    {
        QByteArray piece;
        if (m_chunkSize > 0 && m_chunkLeft == 0) {
            if (m_chunksStarted)
                piece += "\r\n";
            m_chunksStarted = true;
            const qint64 size = qMin(m_chunkSize, m_dataLeft);
            piece += QByteArray::number(size, 16) + "\r\n";
            if (size == 0) {
                m_atEnd = true;
                return piece + "\r\n";
            }
            m_chunkLeft = size;
        }
        const qint64 data = qMin(WriteSize, m_chunkSize > 0 ? m_chunkLeft : m_dataLeft);
        piece.append(qsizetype(data), '\0');
        m_dataLeft -= data;
        if (m_chunkSize > 0)
            m_chunkLeft -= data;
        else
            m_atEnd = m_dataLeft == 0;
        return piece;
    }

private:
    qint64 m_dataLeft;
    qint64 m_chunkSize;
    qint64 m_chunkLeft = 0;
    bool m_chunksStarted = false;
    bool m_atEnd = false;
};

struct Upload
{
    std::optional<HttpTestResponse> answer;
    qint64 bodyBytesSent = 0;     // written to the socket in all
    qint64 sentBeforeAnswer = -1; // written when the answer had arrived
};

// Sends head, then the body, write by write, until the body ends or the server closes; notes
// how much had been sent when the answer came.
Upload upload(quint16 port, const QByteArray &head, ZeroBody &body)
{
    Upload result;
    HttpTestClient client(port);
    if (!client.connectToServer() || !client.send(head))
        return result;
    QTcpSocket &socket = client.socket();
    while (!body.atEnd()) {
        if (!result.answer && (socket.bytesAvailable() > 0 || socket.waitForReadyRead(0))) {
            result.answer = client.readResponse(5000);
            result.sentBeforeAnswer = result.bodyBytesSent;
        }
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
        const QByteArray piece = body.next();
        if (socket.write(piece) != piece.size())
            break;
        while (socket.bytesToWrite() > 0 && socket.waitForBytesWritten(5000)) {
        }
        result.bodyBytesSent += piece.size() - socket.bytesToWrite();
        if (socket.bytesToWrite() > 0)
            break;
    }
    if (!result.answer) {
        result.answer = client.readResponse(5000);
        result.sentBeforeAnswer = result.bodyBytesSent;
    }
    return result;
}

} // namespace

class TstHeadless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandLineErrors_data();
    void commandLineErrors();
    void informationOptions_data();
    void informationOptions();
    void startsAnswersAndStopsOnSigterm();
    void sigtermRightAfterListeningLine();
    void sigkillLosesNoAnsweredDelivery();
    void oversizedBodyRefusedWithBoundedMemory_data();
    void oversizedBodyRefusedWithBoundedMemory();
    void failingStoreAnswers503NotOk();
    void wrongTokensAreNeverStored();
    void feedTokenFromAFile();
};

void TstHeadless::commandLineErrors_data()
{
    // In the arguments, {dir} stands for a fresh temporary directory holding token files and a
    // regular file named "file"; {busyport} for a port the test listens on itself.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason"); // a part of the one line expected on stderr

    const QStringList data = {u"--headless"_s, u"--data-dir"_s, u"{dir}/data"_s};
    const QStringList token = {u"--token-file"_s, u"{dir}/token-600"_s};

    QTest::newRow("port already in use")
        << (data + token + QStringList{u"--port"_s, u"{busyport}"_s})
        << u"cannot listen on 127.0.0.1:"_s;
    QTest::newRow("token file readable by others (644)")
        << (data + QStringList{u"--token-file"_s, u"{dir}/token-644"_s})
        << u"is readable by group or others"_s;
    QTest::newRow("token file missing")
        << (data + QStringList{u"--token-file"_s, u"{dir}/no-such-token"_s}) << u"does not exist"_s;
    QTest::newRow("token file empty")
        << (data + QStringList{u"--token-file"_s, u"{dir}/token-empty"_s}) << u"is empty"_s;
    QTest::newRow("no token and no --no-auth") << data << u"no webhook token"_s;
    QTest::newRow("--no-auth on 0.0.0.0")
        << (data + QStringList{u"--no-auth"_s, u"--bind"_s, u"0.0.0.0"_s})
        << u"--no-auth is refused on 0.0.0.0"_s;
    QTest::newRow("--port not a number")
        << (data + token + QStringList{u"--port"_s, u"http"_s}) << u"--port: http"_s;
    QTest::newRow("--port above 65535")
        << (data + token + QStringList{u"--port"_s, u"65536"_s}) << u"--port: 65536"_s;
    QTest::newRow("--max-body zero")
        << (data + token + QStringList{u"--max-body"_s, u"0"_s}) << u"--max-body"_s;
    QTest::newRow("--max-body with a unit")
        << (data + token + QStringList{u"--max-body"_s, u"1MB"_s}) << u"--max-body"_s;
    QTest::newRow("--bind not an address")
        << (data + token + QStringList{u"--bind"_s, u"example"_s}) << u"--bind: example"_s;
    QTest::newRow("unknown option")
        << (data + token + QStringList{u"--frobnicate"_s}) << u"frobnicate"_s;
    QTest::newRow("feed token file readable by others (644)")
        << (data + token + QStringList{u"--feed-token-file"_s, u"{dir}/token-644"_s})
        << u"is readable by group or others"_s;
    QTest::newRow("feed token file holding the webhook token")
        << (data + token + QStringList{u"--feed-token-file"_s, u"{dir}/token-600"_s})
        << u"must differ from the webhook token"_s;
    QTest::newRow("feed token file for the window")
        << QStringList{u"--data-dir"_s, u"{dir}/data"_s, u"--feed-token-file"_s,
                       u"{dir}/feed-600"_s}
        << u"--feed-token-file is for --headless"_s;
    QTest::newRow("data dir below a regular file")
        << (QStringList{u"--headless"_s, u"--data-dir"_s, u"{dir}/file/sub"_s} + token)
        << u"cannot create the data directory"_s;
}

void TstHeadless::commandLineErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u"token-600"_s), Token, OwnerOnly));
    QVERIFY(writeFile(dir.filePath(u"token-644"_s), Token,
                      OwnerOnly | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(writeFile(dir.filePath(u"token-empty"_s), "\n", OwnerOnly));
    QVERIFY(writeFile(dir.filePath(u"feed-600"_s), FeedToken, OwnerOnly));
    QVERIFY(writeFile(dir.filePath(u"file"_s), "a regular file", OwnerOnly));
    QTcpServer busy;
    QVERIFY2(busy.listen(QHostAddress::LocalHost), qPrintable(busy.errorString()));
    for (QString &argument : arguments) {
        argument.replace(u"{dir}"_s, dir.path());
        argument.replace(u"{busyport}"_s, QString::number(busy.serverPort()));
    }

    const Finished run = runToEnd(arguments);
    QVERIFY2(run.finished, "eventwatch did not exit");
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QByteArray());
    // Exactly one line, ours: no Qt warning around it.
    QVERIFY2(run.err.endsWith('\n') && run.err.count('\n') == 1, run.err.constData());
    QVERIFY2(run.err.startsWith("eventwatch: "), run.err.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(reason), run.err.constData());
}

void TstHeadless::informationOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expected"); // a part of stdout

    QTest::newRow("--version") << QStringList{u"--version"_s}
                               << QByteArray("eventwatch " EVENTWATCH_VERSION "\n");
    QTest::newRow("--help") << QStringList{u"--help"_s}
                            << QByteArray("Usage: eventwatch [options]");
    QTest::newRow("--headless --help")
        << QStringList{u"--headless"_s, u"--help"_s} << QByteArray("--no-auth");
}

void TstHeadless::informationOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expected);

    const Finished run = runToEnd(arguments);
    QVERIFY2(run.finished, "eventwatch did not exit");
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    QVERIFY2(run.out.contains(expected), run.out.constData());
}

void TstHeadless::startsAnswersAndStopsOnSigterm()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString tokenFile = writeTokenFile(dir);
    QVERIFY(!tokenFile.isEmpty());
    const QString dataDir = dir.filePath(u"data"_s);

    Eventwatch eventwatch;
    QString error;
    QVERIFY2(eventwatch.start({u"--data-dir"_s, dataDir, u"--token-file"_s, tokenFile}, &error),
             qPrintable(error));

    const std::optional<HttpTestResponse> health =
        HttpTestClient::exchange(eventwatch.port(), HttpTestClient::request("GET", "/healthz"));
    QVERIFY(health);
    QCOMPARE(health->status, 200);
    QCOMPARE(jsonObjectOf(*health), QJsonObject({{u"status"_s, u"ok"_s}}));

    const QString eventId = u"sigterm-delivery-1"_s;
    const QByteArray delivery = HttpTestClient::delivery(deliveryBody(eventId), Token);
    const std::optional<HttpTestResponse> stored =
        HttpTestClient::exchange(eventwatch.port(), delivery);
    QVERIFY(stored);
    QCOMPARE(stored->status, 200);
    QCOMPARE(jsonObjectOf(*stored), QJsonObject({{u"status"_s, u"stored"_s}}));
    const std::optional<HttpTestResponse> retried =
        HttpTestClient::exchange(eventwatch.port(), delivery);
    QVERIFY(retried);
    QCOMPARE(retried->status, 200);
    QCOMPARE(jsonObjectOf(*retried), QJsonObject({{u"status"_s, u"duplicate"_s}}));

    QVERIFY2(eventwatch.terminate(), "eventwatch did not stop on SIGTERM");
    QCOMPARE(eventwatch.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(eventwatch.process().exitCode(), 0);

    const std::optional<QList<QVariantList>> rows = queryStore(
        databasePathIn(dataDir), u"SELECT event_id, attempts, body FROM deliveries"_s, &error);
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().at(0).toString(), eventId);
    QCOMPARE(rows->first().at(1).toInt(), 2);
    QCOMPARE(rows->first().at(2).toByteArray(), deliveryBody(eventId));
}

void TstHeadless::sigtermRightAfterListeningLine()
{
    // The listening line tells a supervisor that the receiver is up; a SIGTERM from then on must
    // stop it cleanly (exit 0), however soon it comes. A race only shows now and then, so the
    // start is tried many times; the first unclean end settles it.
    constexpr int Tries = 60;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString tokenFile = writeTokenFile(dir);
    QVERIFY(!tokenFile.isEmpty());
    const QStringList arguments = {u"--data-dir"_s, dir.filePath(u"data"_s), u"--token-file"_s,
                                   tokenFile};
    int tries = 0;
    QString unclean;
    while (tries < Tries && unclean.isEmpty()) {
        ++tries;
        Eventwatch eventwatch;
        QString error;
        QVERIFY2(eventwatch.start(arguments, &error), qPrintable(error));
        QVERIFY2(eventwatch.terminateAtOnce(), "eventwatch did not stop on SIGTERM");
        const QProcess &process = eventwatch.process();
        if (process.exitStatus() == QProcess::CrashExit)
            unclean = u"killed by signal %1"_s.arg(process.exitCode());
        else if (process.exitCode() != 0)
            unclean =
                u"exit code %1, stderr: %2"_s.arg(process.exitCode()).arg(eventwatch.stderrText());
    }
    qInfo("SIGTERM right after the listening line, %d start(s): %s", tries,
          unclean.isEmpty() ? "always exit 0" : qPrintable(unclean));
    QVERIFY2(
        unclean.isEmpty(),
        qPrintable(u"start %1 of %2 ended uncleanly: %3"_s.arg(tries).arg(Tries).arg(unclean)));
}

void TstHeadless::sigkillLosesNoAnsweredDelivery()
{
    constexpr int Clients = 4;
    constexpr int KillAfter = 500;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString tokenFile = writeTokenFile(dir);
    QVERIFY(!tokenFile.isEmpty());
    const QString dataDir = dir.filePath(u"data"_s);
    const QStringList arguments = {u"--data-dir"_s, dataDir, u"--token-file"_s, tokenFile};

    auto eventwatch = std::make_unique<Eventwatch>();
    QString error;
    QVERIFY2(eventwatch->start(arguments, &error), qPrintable(error));

    PostingState state;
    state.postingClients = Clients;
    std::array<PostingClient, Clients> results;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < Clients; ++i) {
        const QString prefix = u"sigkill-%1-"_s.arg(i);
        threads.emplace_back(QThread::create(postUntilStopped, eventwatch->port(), prefix,
                                             std::ref(state), std::ref(results.at(i))));
        threads.back()->start();
    }
    int answeredAtKill = 0;
    int postingAtKill = 0;
    {
        QMutexLocker locker(&state.mutex);
        const QDeadlineTimer deadline(30000);
        while (state.answered200 < KillAfter && state.postingClients > 0 && !deadline.hasExpired())
            state.progressed.wait(&state.mutex, deadline);
        answeredAtKill = state.answered200;
        postingAtKill = state.postingClients;
    }
    eventwatch->process().kill();
    const bool killed = eventwatch->process().waitForFinished(StopTimeoutMs);
    state.stop = true;
    for (const std::unique_ptr<QThread> &thread : threads)
        thread->wait();
    QVERIFY2(killed, "eventwatch did not end on SIGKILL");
    QCOMPARE(eventwatch->process().exitStatus(), QProcess::CrashExit);
    QVERIFY2(
        answeredAtKill >= KillAfter,
        qPrintable(u"only %1 deliveries answered 200 before the deadline"_s.arg(answeredAtKill)));
    QCOMPARE(postingAtKill, Clients); // all of them were still posting when the kill came

    QStringList answered;
    int unanswered = 0;
    for (const PostingClient &client : results) {
        QVERIFY2(client.otherStatuses.isEmpty(),
                 qPrintable(u"a delivery was answered %1"_s.arg(statusList(client.otherStatuses))));
        answered += client.stored;
        unanswered += client.unanswered;
    }

    const std::optional<QSet<QString>> stored = storedEventIds(databasePathIn(dataDir), &error);
    QVERIFY2(stored, qPrintable(error));
    int missingCount = 0;
    const QString missing = missingIds(answered, *stored, &missingCount);
    qInfo("SIGKILL with %d clients posting: %lld deliveries answered 200, %d requests cut off, "
          "%lld rows in the store, %d answered ones missing",
          Clients, qlonglong(answered.size()), unanswered, qlonglong(stored->size()), missingCount);
    QVERIFY2(
        missingCount == 0,
        qPrintable(u"%1 deliveries answered 200 are not in the store, e.g. %2"_s.arg(missingCount)
                       .arg(missing)));

    // The store the kill left behind opens again, and knows what it had answered.
    eventwatch = std::make_unique<Eventwatch>();
    QVERIFY2(eventwatch->start(arguments, &error), qPrintable(error));
    const std::optional<HttpTestResponse> retried = HttpTestClient::exchange(
        eventwatch->port(), HttpTestClient::delivery(deliveryBody(answered.last()), Token));
    QVERIFY(retried);
    QCOMPARE(retried->status, 200);
    QCOMPARE(jsonObjectOf(*retried), QJsonObject({{u"status"_s, u"duplicate"_s}}));
    QVERIFY(eventwatch->terminate());
    QCOMPARE(eventwatch->process().exitCode(), 0);
}

void TstHeadless::oversizedBodyRefusedWithBoundedMemory_data()
{
    QTest::addColumn<qint64>("chunkSize"); // 0: Content-Length

    QTest::newRow("Content-Length: 200 MiB") << qint64(0);
    QTest::newRow("chunked, 1 MiB chunks (second chunk crosses the limit)") << qint64(1024 * 1024);
    QTest::newRow("chunked, one 200 MiB chunk") << qint64(200 * 1024 * 1024);
}

void TstHeadless::oversizedBodyRefusedWithBoundedMemory()
{
    QFETCH(qint64, chunkSize);
    constexpr qint64 BodySize = 200 * 1024 * 1024;
    constexpr qint64 AllowedGrowthKiB = 64 * 1024;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString tokenFile = writeTokenFile(dir);
    QVERIFY(!tokenFile.isEmpty());
    Eventwatch eventwatch;
    QString error;
    QVERIFY2(eventwatch.start(
                 {u"--data-dir"_s, dir.filePath(u"data"_s), u"--token-file"_s, tokenFile}, &error),
             qPrintable(error));
    const qint64 peakBefore = peakRssKiB(eventwatch.pid());
    QVERIFY(peakBefore > 0);

    QByteArray head = "POST /webhooks/mighty-networks HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      "Content-Type: application/json\r\nAuthorization: Bearer "
                      + Token + "\r\n";
    head += chunkSize > 0 ? QByteArray("Transfer-Encoding: chunked\r\n\r\n")
                          : "Content-Length: " + QByteArray::number(BodySize) + "\r\n\r\n";
    ZeroBody body(BodySize, chunkSize);
    const Upload sent = upload(eventwatch.port(), head, body);

    QVERIFY2(sent.answer, "no answer to the oversized body");
    QCOMPARE(sent.answer->status, 413);
    QVERIFY2(
        sent.sentBeforeAnswer < BodySize,
        qPrintable(u"answered only after the whole body (%1 bytes)"_s.arg(sent.sentBeforeAnswer)));

    // Still serving, and everything the upload made it hold is in the peak by now.
    const std::optional<HttpTestResponse> health =
        HttpTestClient::exchange(eventwatch.port(), HttpTestClient::request("GET", "/healthz"));
    QVERIFY(health);
    QCOMPARE(health->status, 200);
    const qint64 peakAfter = peakRssKiB(eventwatch.pid());
    qInfo("413 after %lld body bytes (%lld sent in all); peak RSS %lld KiB -> %lld KiB (+%lld KiB)",
          sent.sentBeforeAnswer, sent.bodyBytesSent, peakBefore, peakAfter, peakAfter - peakBefore);
    QVERIFY2(peakAfter - peakBefore < AllowedGrowthKiB,
             qPrintable(u"peak RSS grew by %1 KiB"_s.arg(peakAfter - peakBefore)));
    QVERIFY(eventwatch.terminate());
    QCOMPARE(eventwatch.process().exitCode(), 0);
}

void TstHeadless::failingStoreAnswers503NotOk()
{
    const QString prlimit = QStandardPaths::findExecutable(u"prlimit"_s);
    if (prlimit.isEmpty())
        QSKIP("prlimit (util-linux) is not installed: cannot limit the file size");
    constexpr qint64 Headroom = 192 * 1024;
    constexpr int MaxDeliveries = 3000;
    constexpr int AfterFailure = 10;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString tokenFile = writeTokenFile(dir);
    QVERIFY(!tokenFile.isEmpty());
    const QString dataDir = dir.filePath(u"data"_s);
    const QStringList arguments = {u"--data-dir"_s, dataDir, u"--token-file"_s, tokenFile};
    const QString databasePath = databasePathIn(dataDir);

    // A fresh store, to know what the limit must leave room for.
    qint64 freshSize = 0;
    {
        Eventwatch eventwatch;
        QString error;
        QVERIFY2(eventwatch.start(arguments, &error), qPrintable(error));
        QVERIFY(eventwatch.terminate());
        QCOMPARE(eventwatch.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(eventwatch.process().exitCode(), 0);
        freshSize = QFileInfo(databasePath).size() + QFileInfo(databasePath + u"-wal"_s).size();
        QVERIFY(freshSize > 0);
    }
    const qint64 limit = freshSize + Headroom;

    Eventwatch eventwatch;
    QString error;
    QVERIFY2(eventwatch.start(arguments, &error, {prlimit, u"--fsize=%1"_s.arg(limit), u"--"_s}),
             qPrintable(error));
    HttpTestClient client(eventwatch.port());
    QVERIFY(client.connectToServer());
    QStringList answered200;
    QStringList answered503;
    QList<int> otherStatuses; // 0: no answer
    std::optional<HttpTestResponse> firstFailure;
    const QByteArray padding(1024, 'x');
    for (int n = 0; n < MaxDeliveries; ++n) {
        if (answered503.size() > AfterFailure)
            break;
        const QString eventId = u"fsize-%1"_s.arg(n);
        if (!client.send(HttpTestClient::delivery(deliveryBody(eventId, padding), Token))) {
            otherStatuses << 0;
            break;
        }
        const std::optional<HttpTestResponse> response = client.readResponse(10000);
        if (!response) {
            otherStatuses << 0;
            break;
        }
        if (response->status == 200) {
            answered200 << eventId;
        } else if (response->status == 503) {
            answered503 << eventId;
            if (!firstFailure)
                firstFailure = response;
        } else {
            otherStatuses << response->status;
        }
    }
    QVERIFY2(eventwatch.terminate(), "eventwatch did not stop on SIGTERM");
    qInfo("file size limit %lld bytes (fresh store %lld): %lld deliveries answered 200, %lld "
          "answered 503",
          limit, freshSize, qlonglong(answered200.size()), qlonglong(answered503.size()));
    QVERIFY2(otherStatuses.isEmpty(),
             qPrintable(u"answered neither 200 nor 503 (0: no answer): %1; stderr: %2"_s.arg(
                 statusList(otherStatuses), eventwatch.stderrText())));
    QVERIFY2(firstFailure, "the file size limit never made a delivery fail");
    QVERIFY(!answered200.isEmpty());
    QVERIFY2(firstFailure->error().size() > 0, firstFailure->body.constData());
    QCOMPARE(eventwatch.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(eventwatch.process().exitCode(), 0);

    const std::optional<QSet<QString>> stored = storedEventIds(databasePath, &error);
    QVERIFY2(stored, qPrintable(error));
    int missingCount = 0;
    const QString missing = missingIds(answered200, *stored, &missingCount);
    QVERIFY2(
        missingCount == 0,
        qPrintable(u"%1 deliveries answered 200 are not in the store, e.g. %2"_s.arg(missingCount)
                       .arg(missing)));
}

void TstHeadless::wrongTokensAreNeverStored()
{
    constexpr int Attempts = 20;
    const QByteArray marker = "body-marker-that-must-never-be-stored";
    const QList<QByteArray> authorizations = {
        "Bearer wrong-token",
        "Bearer " + Token.chopped(1),
        "Bearer " + Token + 'x',
        "Basic " + Token.toBase64(),
        {}, // no Authorization header
    };

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString tokenFile = writeTokenFile(dir);
    QVERIFY(!tokenFile.isEmpty());
    const QString dataDir = dir.filePath(u"data"_s);
    Eventwatch eventwatch;
    QString error;
    QVERIFY2(eventwatch.start({u"--data-dir"_s, dataDir, u"--token-file"_s, tokenFile}, &error),
             qPrintable(error));

    for (int n = 0; n < Attempts; ++n) {
        QList<std::pair<QByteArray, QByteArray>> headers = {{"Content-Type", "application/json"}};
        const QByteArray authorization = authorizations.at(n % authorizations.size());
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const QByteArray body = deliveryBody(u"unauthorized-%1"_s.arg(n), marker);
        const std::optional<HttpTestResponse> response = HttpTestClient::exchange(
            eventwatch.port(),
            HttpTestClient::request("POST", "/webhooks/mighty-networks", body, headers));
        QVERIFY(response);
        QCOMPARE(response->status, 401);
    }
    // Stopping writes out the refusals still queued.
    QVERIFY(eventwatch.terminate());
    QCOMPARE(eventwatch.process().exitCode(), 0);

    const QString databasePath = databasePathIn(dataDir);
    const std::optional<QList<QVariantList>> deliveries =
        queryStore(databasePath, u"SELECT count(*) FROM deliveries"_s, &error);
    QVERIFY2(deliveries, qPrintable(error));
    QCOMPARE(deliveries->size(), 1);
    QCOMPARE(deliveries->first().first().toInt(), 0);
    const std::optional<QList<QVariantList>> refusals =
        queryStore(databasePath, u"SELECT status, reason, method, path FROM refusals"_s, &error);
    QVERIFY2(refusals, qPrintable(error));
    QCOMPARE(refusals->size(), Attempts);
    for (const QVariantList &row : *refusals) {
        QCOMPARE(row.at(0).toInt(), 401);
        QVERIFY(row.at(1).toString().contains(u"token"_s));
        QCOMPARE(row.at(2).toString(), u"POST"_s);
        QCOMPARE(row.at(3).toString(), u"/webhooks/mighty-networks"_s);
    }
    // Neither the bodies nor the wrong tokens reached the files.
    for (const QString &path : QStringList{databasePath, databasePath + u"-wal"_s}) {
        const QByteArray bytes = fileContents(path);
        QVERIFY2(!bytes.contains(marker), qPrintable(path));
        QVERIFY2(!bytes.contains("wrong-token"), qPrintable(path));
    }
}

// A receiver without a keychain (a server) serves the calendar feed with a token of its own
// from a file; the webhook token does not open it.
void TstHeadless::feedTokenFromAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString tokenFile = writeTokenFile(dir);
    QVERIFY(!tokenFile.isEmpty());
    const QString feedTokenFile = dir.filePath(u"feed-token"_s);
    QVERIFY(writeFile(feedTokenFile, FeedToken + '\n', OwnerOnly));

    Eventwatch eventwatch;
    QString error;
    QVERIFY2(eventwatch.start({u"--data-dir"_s, dir.filePath(u"data"_s), u"--token-file"_s,
                               tokenFile, u"--feed-token-file"_s, feedTokenFile},
                              &error),
             qPrintable(error));
    const std::optional<HttpTestResponse> feed = HttpTestClient::exchange(
        eventwatch.port(), HttpTestClient::request("GET", "/calendar.ics?token=" + FeedToken));
    QVERIFY(feed);
    QCOMPARE(feed->status, 200);
    QVERIFY2(feed->header("content-type").startsWith("text/calendar"),
             feed->header("content-type").constData());
    QVERIFY(feed->body.startsWith("BEGIN:VCALENDAR"));
    const std::optional<HttpTestResponse> withWebhookToken = HttpTestClient::exchange(
        eventwatch.port(), HttpTestClient::request("GET", "/calendar.ics?token=" + Token));
    QVERIFY(withWebhookToken);
    QCOMPARE(withWebhookToken->status, 401);
    QVERIFY2(eventwatch.terminate(), "eventwatch did not stop on SIGTERM");
    QCOMPARE(eventwatch.process().exitCode(), 0);
    QVERIFY2(!eventwatch.stderrText().contains(QString::fromUtf8(FeedToken)),
             "the feed token reached the output");
}

QTEST_GUILESS_MAIN(TstHeadless)
#include "tst_headless.moc"
