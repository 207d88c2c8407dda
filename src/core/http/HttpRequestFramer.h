#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Follows the framing of the HTTP/1.x requests arriving on one connection, byte by byte, without
// keeping any body: where the headers end, how long the body is, where the next request starts.
// QHttpServer 6.4 buffers whatever it is sent and never times out, so the connection guard
// consults this framer before QHttpServer reads a byte and refuses what crosses a limit.
class HttpRequestFramer final
{
public:
    struct Limits
    {
        qsizetype maxHeaderBytes = 16 * 1024;
        qint64 maxBodyBytes = 1024 * 1024;
    };

    enum class Refusal {
        None,
        Malformed,          // 400
        HeadersTooLarge,    // 431
        BodyTooLarge,       // 413
        UnsupportedEncoding // 501: a Transfer-Encoding other than chunked
    };

    struct Progress
    {
        Refusal refusal = Refusal::None;
        // Headers of a request that announced Expect: 100-continue and a body were completed
        // by this feed; the client waits for an interim answer before sending the body.
        bool continueExpected = false;
        int messagesCompleted = 0;

        Progress &operator+=(const Progress &later);
    };

    explicit HttpRequestFramer(Limits limits);

    Progress feed(QByteArrayView bytes);
    // Body bytes the framer only counts: inside a Content-Length body or a chunk's data.
    qint64 bodyBytesPending() const;
    // As feed() with that many body bytes, for a caller that did not look at them; at most
    // bodyBytesPending().
    Progress skipBody(qint64 count);

    // True between the first byte of a request and its last.
    bool inMessage() const { return m_state != State::RequestStart; }
    bool inHeaders() const { return m_state == State::Headers; }
    // Whether the last completed request asked for the connection to close after its answer
    // (Connection: close, or HTTP/1.0 without keep-alive).
    bool closeRequested() const { return m_closeRequested; }

    static int statusFor(Refusal refusal);
    static QByteArray reasonFor(Refusal refusal);

private:
    enum class State {
        RequestStart,
        Headers,
        FixedBody,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
    };

    qsizetype consumeHeaders(QByteArrayView bytes, Progress &progress);
    qsizetype consumeFixedBody(qint64 available, Progress &progress);
    qsizetype consumeChunkLine(QByteArrayView bytes, Progress &progress);
    qsizetype consumeChunkData(qint64 available);
    qsizetype consumeTrailers(QByteArrayView bytes, Progress &progress);
    bool interpretHeaders(Progress &progress);
    void finishMessage(Progress &progress);

    Limits m_limits;
    State m_state = State::RequestStart;
    QByteArray m_line; // the header block (or the current chunk line) collected so far
    qint64 m_bodyRemaining = 0;
    qint64 m_bodyTotal = 0;
    bool m_closeRequested = false;
    bool m_closeAfterThis = false;
};
