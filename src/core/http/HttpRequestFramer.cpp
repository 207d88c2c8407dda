#include "http/HttpRequestFramer.h"

#include <optional>
#include <utility>

namespace {

constexpr qsizetype MaxChunkLineBytes = 1024;

bool isLineBreak(char c)
{
    return c == '\r' || c == '\n';
}

// The end of the header block ("\r\n\r\n", or the bare "\n\n" some clients send), searched from
// `from`; returns the index just past it, or -1.
qsizetype headerBlockEnd(const QByteArray &block, qsizetype from)
{
    for (qsizetype i = qMax<qsizetype>(from, 0); i < block.size(); ++i) {
        if (block.at(i) != '\n')
            continue;
        if (i >= 1 && block.at(i - 1) == '\n')
            return i + 1;
        if (i >= 2 && block.at(i - 1) == '\r' && block.at(i - 2) == '\n')
            return i + 1;
    }
    return -1;
}

std::optional<qint64> parseDecimal(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<qint64> parseHex(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 15)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toByteArray().toLongLong(&ok, 16);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

bool hasToken(QByteArrayView commaList, QByteArrayView token)
{
    while (!commaList.isEmpty()) {
        const qsizetype comma = commaList.indexOf(',');
        const QByteArrayView item = comma < 0 ? commaList : commaList.first(comma);
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
        commaList = comma < 0 ? QByteArrayView() : commaList.sliced(comma + 1);
    }
    return false;
}

// The first line of a block and the rest after its line break.
std::pair<QByteArrayView, QByteArrayView> firstLine(QByteArrayView block)
{
    const qsizetype newline = block.indexOf('\n');
    if (newline < 0)
        return {block, {}};
    return {block.first(newline), block.sliced(newline + 1)};
}

// "METHOD TARGET HTTP/1.x", single spaces, both parts present: whether it is HTTP/1.0, or
// nothing when the line is not a request line.
std::optional<bool> isHttp10RequestLine(QByteArrayView line)
{
    const qsizetype first = line.indexOf(' ');
    const qsizetype second = first < 0 ? -1 : line.indexOf(' ', first + 1);
    if (first <= 0 || second <= first + 1 || line.indexOf(' ', second + 1) >= 0)
        return std::nullopt;
    const QByteArrayView version = line.sliced(second + 1);
    if (version == QByteArrayView("HTTP/1.1"))
        return false;
    if (version == QByteArrayView("HTTP/1.0"))
        return true;
    return std::nullopt;
}

} // namespace

HttpRequestFramer::HttpRequestFramer(Limits limits)
    : m_limits(limits)
{}

HttpRequestFramer::Progress HttpRequestFramer::feed(QByteArrayView bytes)
{
    Progress progress;
    while (!bytes.isEmpty() && progress.refusal == Refusal::None) {
        qsizetype used = 0;
        switch (m_state) {
        case State::RequestStart:
            // Blank lines before a request line are allowed and ignored.
            if (isLineBreak(bytes.front())) {
                used = 1;
                break;
            }
            m_state = State::Headers;
            m_line.clear();
            continue;
        case State::Headers:
            used = consumeHeaders(bytes, progress);
            break;
        case State::FixedBody:
            used = consumeFixedBody(bytes.size(), progress);
            break;
        case State::ChunkSize:
        case State::ChunkDataEnd:
            used = consumeChunkLine(bytes, progress);
            break;
        case State::ChunkData:
            used = consumeChunkData(bytes.size());
            break;
        case State::Trailers:
            used = consumeTrailers(bytes, progress);
            break;
        }
        bytes = bytes.sliced(used);
    }
    return progress;
}

qint64 HttpRequestFramer::bodyBytesPending() const
{
    return m_state == State::FixedBody || m_state == State::ChunkData ? m_bodyRemaining : 0;
}

HttpRequestFramer::Progress HttpRequestFramer::skipBody(qint64 count)
{
    Q_ASSERT(count <= bodyBytesPending());
    Progress progress;
    if (m_state == State::FixedBody)
        consumeFixedBody(count, progress);
    else if (m_state == State::ChunkData)
        consumeChunkData(count);
    return progress;
}

HttpRequestFramer::Progress &HttpRequestFramer::Progress::operator+=(const Progress &later)
{
    if (refusal == Refusal::None)
        refusal = later.refusal;
    continueExpected = continueExpected || later.continueExpected;
    messagesCompleted += later.messagesCompleted;
    return *this;
}

qsizetype HttpRequestFramer::consumeHeaders(QByteArrayView bytes, Progress &progress)
{
    const qsizetype before = m_line.size();
    // Look at no more than the limit allows, so a header flood is never copied whole.
    const qsizetype room = m_limits.maxHeaderBytes + 1 - before;
    m_line.append(bytes.first(qMin(bytes.size(), room)));
    const qsizetype end = headerBlockEnd(m_line, before - 3);
    if (end < 0) {
        if (m_line.size() > m_limits.maxHeaderBytes)
            progress.refusal = Refusal::HeadersTooLarge;
        return qMin(bytes.size(), room);
    }
    if (end > m_limits.maxHeaderBytes) {
        progress.refusal = Refusal::HeadersTooLarge;
        return end - before;
    }
    m_line.truncate(end);
    if (interpretHeaders(progress) && m_state == State::RequestStart)
        finishMessage(progress);
    return end - before;
}

// Reads the header block in place: a request's headers are read once per request, so nothing
// here is copied or allocated unless a request repeats a header that lists values.
bool HttpRequestFramer::interpretHeaders(Progress &progress)
{
    auto [requestLine, rest] = firstLine(m_line);
    const std::optional<bool> http10 = isHttp10RequestLine(requestLine.trimmed());
    if (!http10) {
        progress.refusal = Refusal::Malformed;
        return false;
    }
    std::optional<qint64> contentLength;
    QByteArrayView transferEncoding;
    QByteArray transferEncodings; // only when the header is repeated
    bool closeToken = false;
    bool keepAliveToken = false;
    bool expectsContinue = false;
    while (!rest.isEmpty()) {
        QByteArrayView line;
        std::tie(line, rest) = firstLine(rest);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            progress.refusal = Refusal::Malformed;
            return false;
        }
        const QByteArrayView name = line.first(colon).trimmed();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            const std::optional<qint64> length = parseDecimal(value);
            if (!length || (contentLength && *contentLength != *length)) {
                progress.refusal = Refusal::Malformed;
                return false;
            }
            contentLength = length;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            if (transferEncoding.isEmpty()) {
                transferEncoding = value;
            } else {
                transferEncodings = transferEncoding.toByteArray().append(',').append(value);
                transferEncoding = transferEncodings;
            }
        } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            closeToken = closeToken || hasToken(value, "close");
            keepAliveToken = keepAliveToken || hasToken(value, "keep-alive");
        } else if (name.compare("expect", Qt::CaseInsensitive) == 0) {
            expectsContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    m_closeAfterThis = closeToken || (*http10 && !keepAliveToken);
    m_bodyTotal = 0;
    if (!transferEncoding.isEmpty()) {
        // A request with both framings is how requests are smuggled past proxies: refuse it.
        if (contentLength) {
            progress.refusal = Refusal::Malformed;
            return false;
        }
        if (transferEncoding.trimmed().compare("chunked", Qt::CaseInsensitive) != 0) {
            progress.refusal = Refusal::UnsupportedEncoding;
            return false;
        }
        m_state = State::ChunkSize;
        m_line.clear();
        progress.continueExpected = expectsContinue;
        return true;
    }
    const qint64 length = contentLength.value_or(0);
    if (length > m_limits.maxBodyBytes) {
        progress.refusal = Refusal::BodyTooLarge;
        return false;
    }
    m_bodyRemaining = length;
    m_state = length > 0 ? State::FixedBody : State::RequestStart;
    progress.continueExpected = expectsContinue && length > 0;
    m_line.clear();
    return true;
}

qsizetype HttpRequestFramer::consumeFixedBody(qint64 available, Progress &progress)
{
    const qsizetype used = qsizetype(qMin(available, m_bodyRemaining));
    m_bodyRemaining -= used;
    if (m_bodyRemaining == 0)
        finishMessage(progress);
    return used;
}

qsizetype HttpRequestFramer::consumeChunkLine(QByteArrayView bytes, Progress &progress)
{
    const qsizetype newline = bytes.indexOf('\n');
    const qsizetype used = newline < 0 ? bytes.size() : newline + 1;
    m_line.append(bytes.first(used));
    if (m_line.size() > MaxChunkLineBytes) {
        progress.refusal = Refusal::Malformed;
        return used;
    }
    if (newline < 0)
        return used;
    const QByteArray line = m_line.trimmed();
    m_line.clear();
    if (m_state == State::ChunkDataEnd) {
        if (!line.isEmpty())
            progress.refusal = Refusal::Malformed;
        m_state = State::ChunkSize;
        return used;
    }
    const qsizetype extension = line.indexOf(';');
    const std::optional<qint64> size = parseHex(extension < 0 ? line : line.first(extension));
    if (!size) {
        progress.refusal = Refusal::Malformed;
        return used;
    }
    if (*size == 0) {
        m_state = State::Trailers;
        return used;
    }
    m_bodyTotal += *size;
    if (m_bodyTotal > m_limits.maxBodyBytes) {
        progress.refusal = Refusal::BodyTooLarge;
        return used;
    }
    m_bodyRemaining = *size;
    m_state = State::ChunkData;
    return used;
}

qsizetype HttpRequestFramer::consumeChunkData(qint64 available)
{
    const qsizetype used = qsizetype(qMin(available, m_bodyRemaining));
    m_bodyRemaining -= used;
    if (m_bodyRemaining == 0)
        m_state = State::ChunkDataEnd;
    return used;
}

qsizetype HttpRequestFramer::consumeTrailers(QByteArrayView bytes, Progress &progress)
{
    // Trailers end with an empty line; with no trailers that is the very first line.
    const qsizetype newline = bytes.indexOf('\n');
    const qsizetype used = newline < 0 ? bytes.size() : newline + 1;
    m_line.append(bytes.first(used));
    if (m_line.size() > m_limits.maxHeaderBytes) {
        progress.refusal = Refusal::HeadersTooLarge;
        return used;
    }
    if (newline < 0)
        return used;
    const bool emptyLine =
        m_line == "\r\n" || m_line == "\n" || m_line.endsWith("\n\r\n") || m_line.endsWith("\n\n");
    if (emptyLine)
        finishMessage(progress);
    return used;
}

void HttpRequestFramer::finishMessage(Progress &progress)
{
    ++progress.messagesCompleted;
    m_closeRequested = m_closeAfterThis;
    m_state = State::RequestStart;
    m_line.clear();
    m_bodyRemaining = 0;
}

int HttpRequestFramer::statusFor(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None:
        return 200;
    case Refusal::Malformed:
        return 400;
    case Refusal::HeadersTooLarge:
        return 431;
    case Refusal::BodyTooLarge:
        return 413;
    case Refusal::UnsupportedEncoding:
        return 501;
    }
    return 400;
}

QByteArray HttpRequestFramer::reasonFor(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::Malformed:
        return "malformed HTTP request";
    case Refusal::HeadersTooLarge:
        return "request headers larger than the limit";
    case Refusal::BodyTooLarge:
        return "request body larger than the limit";
    case Refusal::UnsupportedEncoding:
        return "unsupported Transfer-Encoding";
    }
    return {};
}
