#include "http/HttpRequestFramer.h"

#include <QTest>

using Refusal = HttpRequestFramer::Refusal;

class TstHttpRequestFramer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeRequests_data();
    void wholeRequests();
    void byteByByteGivesTheSameResult_data() { wholeRequests_data(); }
    void byteByByteGivesTheSameResult();
    void skippingBodiesGivesTheSameResult_data() { wholeRequests_data(); }
    void skippingBodiesGivesTheSameResult();
    void headersOverLimitAreRefusedBeforeTheyEnd();
    void bodyIsNeverKept();
    void keepAliveStateFollowsTheLastRequest();
    void continueIsExpectedOnlyWithABody();
};

namespace {

HttpRequestFramer::Limits smallLimits()
{
    HttpRequestFramer::Limits limits;
    limits.maxHeaderBytes = 256;
    limits.maxBodyBytes = 100;
    return limits;
}

} // namespace

void TstHttpRequestFramer::wholeRequests_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("messages");
    QTest::addColumn<Refusal>("refusal");
    QTest::addColumn<bool>("inMessageAfter");

    QTest::newRow("GET without body")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << 1 << Refusal::None << false;
    QTest::newRow("POST with body")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello") << 1 << Refusal::None
        << false;
    QTest::newRow("POST body incomplete")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhel") << 0 << Refusal::None
        << true;
    QTest::newRow("two pipelined")
        << QByteArray("GET / HTTP/1.1\r\n\r\nPOST / HTTP/1.1\r\nContent-Length: 2\r\n\r\nok") << 2
        << Refusal::None << false;
    QTest::newRow("leading blank lines")
        << QByteArray("\r\n\r\nGET / HTTP/1.1\r\n\r\n") << 1 << Refusal::None << false;
    QTest::newRow("bare newlines")
        << QByteArray("GET / HTTP/1.1\nHost: a\n\n") << 1 << Refusal::None << false;
    QTest::newRow("headers incomplete")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n") << 0 << Refusal::None << true;
    QTest::newRow("chunked") << QByteArray(
        "POST / HTTP/1.1\r\nTransfer-Encoding: "
        "chunked\r\n\r\n5\r\nhello\r\n3;ext=1\r\nabc\r\n0\r\n\r\n")
                             << 1 << Refusal::None << false;
    QTest::newRow("chunked with trailer") << QByteArray(
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\nX-T: 1\r\n\r\n")
                                          << 1 << Refusal::None << false;
    QTest::newRow("body exactly at limit")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\n") + QByteArray(100, 'x') << 1
        << Refusal::None << false;
    QTest::newRow("body over limit") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n")
                                     << 0 << Refusal::BodyTooLarge << true;
    QTest::newRow("chunked over limit")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n")
               + QByteArray(64, 'x') + "\r\n40\r\n"
        << 0 << Refusal::BodyTooLarge << true;
    QTest::newRow("huge content length")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n") << 0
        << Refusal::Malformed << true;
    QTest::newRow("negative content length")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 0 << Refusal::Malformed
        << true;
    QTest::newRow("conflicting content lengths")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") << 0
        << Refusal::Malformed << true;
    QTest::newRow("both framings")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n")
        << 0 << Refusal::Malformed << true;
    QTest::newRow("gzip transfer encoding")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 0
        << Refusal::UnsupportedEncoding << true;
    QTest::newRow("bad chunk size")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 0
        << Refusal::Malformed << true;
    QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 0 << Refusal::Malformed << true;
    QTest::newRow("HTTP/2 preface")
        << QByteArray("PRI * HTTP/2.0\r\n\r\n") << 0 << Refusal::Malformed << true;
    QTest::newRow("header without colon")
        << QByteArray("GET / HTTP/1.1\r\nBroken\r\n\r\n") << 0 << Refusal::Malformed << true;
    QTest::newRow("double space in the request line")
        << QByteArray("GET  / HTTP/1.1\r\n\r\n") << 0 << Refusal::Malformed << true;
    QTest::newRow("tab in the request line")
        << QByteArray("GET\t/ HTTP/1.1\r\n\r\n") << 0 << Refusal::Malformed << true;
    QTest::newRow("header names in any case")
        << QByteArray("POST / HTTP/1.1\r\ncOnTeNt-LeNgTh: 2\r\n\r\nok") << 1 << Refusal::None
        << false;
    QTest::newRow("repeated transfer encoding")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n")
        << 0 << Refusal::UnsupportedEncoding << true;
    QTest::newRow("empty transfer encoding, then chunked")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding:\r\nTransfer-Encoding: chunked\r\n"
                      "\r\n0\r\n\r\n")
        << 1 << Refusal::None << false;
    QTest::newRow("headers over limit")
        << QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(300, 'a') + "\r\n\r\n"
        << 0 << Refusal::HeadersTooLarge << true;
}

void TstHttpRequestFramer::wholeRequests()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, messages);
    QFETCH(Refusal, refusal);
    QFETCH(bool, inMessageAfter);

    HttpRequestFramer framer(smallLimits());
    const HttpRequestFramer::Progress progress = framer.feed(bytes);
    QCOMPARE(progress.refusal, refusal);
    QCOMPARE(progress.messagesCompleted, messages);
    if (refusal == Refusal::None)
        QCOMPARE(framer.inMessage(), inMessageAfter);
}

void TstHttpRequestFramer::byteByByteGivesTheSameResult()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, messages);
    QFETCH(Refusal, refusal);
    QFETCH(bool, inMessageAfter);

    HttpRequestFramer framer(smallLimits());
    int completed = 0;
    Refusal seen = Refusal::None;
    for (const char byte : std::as_const(bytes)) {
        const HttpRequestFramer::Progress progress = framer.feed(QByteArrayView(&byte, 1));
        completed += progress.messagesCompleted;
        if (progress.refusal != Refusal::None) {
            seen = progress.refusal;
            break;
        }
    }
    QCOMPARE(seen, refusal);
    QCOMPARE(completed, messages);
    if (refusal == Refusal::None)
        QCOMPARE(framer.inMessage(), inMessageAfter);
}

// As the connection guard reads: bodies skipped uncopied, everything else fed a few bytes at a
// time.
void TstHttpRequestFramer::skippingBodiesGivesTheSameResult()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, messages);
    QFETCH(Refusal, refusal);
    QFETCH(bool, inMessageAfter);

    HttpRequestFramer framer(smallLimits());
    HttpRequestFramer::Progress progress;
    qsizetype framed = 0;
    while (framed < bytes.size() && progress.refusal == Refusal::None) {
        const qint64 body = qMin<qint64>(framer.bodyBytesPending(), bytes.size() - framed);
        if (body > 0) {
            progress += framer.skipBody(body);
            framed += body;
            continue;
        }
        const qsizetype count = qMin<qsizetype>(7, bytes.size() - framed);
        progress += framer.feed(QByteArrayView(bytes).sliced(framed, count));
        framed += count;
    }
    QCOMPARE(progress.refusal, refusal);
    QCOMPARE(progress.messagesCompleted, messages);
    if (refusal == Refusal::None)
        QCOMPARE(framer.inMessage(), inMessageAfter);
}

void TstHttpRequestFramer::headersOverLimitAreRefusedBeforeTheyEnd()
{
    HttpRequestFramer framer(smallLimits());
    QCOMPARE(framer.feed("GET / HTTP/1.1\r\n").refusal, Refusal::None);
    QCOMPARE(framer.feed(QByteArray(300, 'a')).refusal, Refusal::HeadersTooLarge);
}

void TstHttpRequestFramer::bodyIsNeverKept()
{
    HttpRequestFramer::Limits limits;
    limits.maxBodyBytes = 1 << 30;
    HttpRequestFramer framer(limits);
    QVERIFY(framer.feed("POST / HTTP/1.1\r\nContent-Length: 1073741824\r\n\r\n").refusal
            == Refusal::None);
    const QByteArray block(1 << 20, 'x');
    for (int i = 0; i < 1023; ++i)
        QCOMPARE(framer.feed(block).messagesCompleted, 0);
    QCOMPARE(framer.feed(block).messagesCompleted, 1);
    QVERIFY(!framer.inMessage());
}

void TstHttpRequestFramer::keepAliveStateFollowsTheLastRequest()
{
    HttpRequestFramer framer(smallLimits());
    framer.feed("GET / HTTP/1.1\r\n\r\n");
    QVERIFY(!framer.closeRequested());
    framer.feed("GET / HTTP/1.1\r\nConnection: keep-alive, Close\r\n\r\n");
    QVERIFY(framer.closeRequested());
    framer.feed("GET / HTTP/1.0\r\n\r\n");
    QVERIFY(framer.closeRequested());
    framer.feed("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    QVERIFY(!framer.closeRequested());
}

void TstHttpRequestFramer::continueIsExpectedOnlyWithABody()
{
    HttpRequestFramer framer(smallLimits());
    QVERIFY(framer.feed("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n")
                .continueExpected);
    QVERIFY(!framer.feed("abc").continueExpected);
    QVERIFY(!framer.feed("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 0\r\n\r\n")
                 .continueExpected);
    QVERIFY(!framer.feed("POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc").continueExpected);
}

QTEST_GUILESS_MAIN(TstHttpRequestFramer)
#include "tst_httprequestframer.moc"
