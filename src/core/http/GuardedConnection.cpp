#include "http/GuardedConnection.h"

#include "Logging.h"
#include "http/HttpAnswer.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace {

// How long a refused client may go on sending before the connection is dropped.
constexpr std::chrono::milliseconds LingerAfterRefusal{2000};
// How long an accepted request may wait for its answer before the connection is dropped.
constexpr std::chrono::milliseconds AnswerTimeout{60000};
// How much is copied out of the socket's buffer at a time to find and read a request's headers
// (a body is skipped without a copy); typical headers fit.
constexpr qint64 PeekWindow = 1024;

} // namespace

GuardedConnection::GuardedConnection(QTcpSocket *socket, const Settings &settings)
    : QObject(socket)
    , m_socket(socket)
    , m_settings(settings)
    , m_framer(settings.limits)
    , m_deadline(this)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &GuardedConnection::onDeadline);
    // Connected before QHttpServer's own handler, so every byte is judged before it is buffered.
    connect(m_socket, &QTcpSocket::readyRead, this, &GuardedConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, m_socket, &QObject::deleteLater);
    m_lastActivity.start();
    armDeadline();
}

GuardedConnection *GuardedConnection::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<GuardedConnection *>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void GuardedConnection::onReadyRead()
{
    if (m_refused) {
        drain();
        return;
    }
    m_lastActivity.start();
    const bool wasInMessage = m_framer.inMessage();
    const HttpRequestFramer::Progress progress = frameArrived();
    if (progress.refusal != HttpRequestFramer::Refusal::None) {
        refuse(HttpRequestFramer::statusFor(progress.refusal),
               HttpRequestFramer::reasonFor(progress.refusal));
        return;
    }
    if (progress.continueExpected)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_unanswered += progress.messagesCompleted;
    if (m_framer.inHeaders() && (!wasInMessage || progress.messagesCompleted > 0))
        m_messageClock.start();
    armDeadline();
}

// Feeds what arrived since the last call to the framer. QHttpServer reads everything available
// after this object's handler, so what is available now is exactly that. A body is only counted,
// never copied; headers are copied out to be read, in a window that grows by doubling, so that
// many small pipelined requests cost no more than one copy of what arrived.
HttpRequestFramer::Progress GuardedConnection::frameArrived()
{
    const qint64 available = m_socket->bytesAvailable();
    HttpRequestFramer::Progress progress;
    QByteArray peeked; // the first bytes available, as far as they were needed
    qint64 framed = 0;
    while (framed < available && progress.refusal == HttpRequestFramer::Refusal::None) {
        const qint64 body = qMin(m_framer.bodyBytesPending(), available - framed);
        if (body > 0) {
            progress += m_framer.skipBody(body);
            framed += body;
            continue;
        }
        if (framed >= peeked.size())
            peeked = m_socket->peek(
                qMin(available, qMax(framed + PeekWindow, 2 * qint64(peeked.size()))));
        if (framed >= peeked.size())
            break;
        progress += m_framer.feed(QByteArrayView(peeked).sliced(framed));
        framed = peeked.size();
    }
    return progress;
}

bool GuardedConnection::isIdle() const
{
    return !m_refused && m_unanswered == 0 && !m_framer.inMessage();
}

void GuardedConnection::evict()
{
    closeNow();
}

void GuardedConnection::answerWritten()
{
    m_lastActivity.start();
    if (m_unanswered > 0)
        --m_unanswered;
    if (m_unanswered == 0 && m_framer.closeRequested() && !m_framer.inMessage()) {
        m_socket->disconnectFromHost();
        return;
    }
    armDeadline();
}

void GuardedConnection::refuse(int status, const QByteArray &reason)
{
    if (m_refused)
        return;
    m_refused = true;
    // From now on only this object reads the socket, and it keeps nothing.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &GuardedConnection::drain);
    m_socket->write(
        HttpAnswer::json(status, HttpAnswer::errorBody(QString::fromLatin1(reason)), {}, true));
    m_socket->flush();
    // Half-close: the client reads the answer while what it still sends is discarded, instead
    // of a reset that could destroy the answer before the client reads it.
    if (m_socket->bytesToWrite() == 0)
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    else
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_socket->bytesToWrite() == 0)
                ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        });
    drain();
    m_deadline.start(LingerAfterRefusal);
    Q_EMIT refused(status, QString::fromLatin1(reason));
}

void GuardedConnection::drain()
{
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(m_socket->bytesAvailable());
}

void GuardedConnection::armDeadline()
{
    using namespace std::chrono;
    if (m_refused)
        return;
    if (m_framer.inHeaders()) {
        const milliseconds spent(m_messageClock.isValid() ? m_messageClock.elapsed() : 0);
        m_deadline.start(qMax(milliseconds(0), m_settings.headerTimeout - spent));
    } else if (m_framer.inMessage()) {
        m_deadline.start(m_settings.idleTimeout);
    } else if (m_unanswered > 0) {
        m_deadline.start(AnswerTimeout);
    } else {
        m_deadline.start(m_settings.idleTimeout);
    }
}

void GuardedConnection::onDeadline()
{
    if (!m_refused) {
        qCInfo(lcHttp).noquote() << "closing connection from" << m_socket->peerAddress().toString()
                                 << (m_framer.inHeaders() ? "(headers incomplete)" : "(idle)");
    }
    closeNow();
}

void GuardedConnection::closeNow()
{
    m_deadline.stop();
    m_socket->abort();
    m_socket->deleteLater();
}
