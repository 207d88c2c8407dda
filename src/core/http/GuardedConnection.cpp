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
    // QHttpServer reads everything available after this handler, so what is available now is
    // exactly what arrived since the last call.
    const QByteArray arrived = m_socket->peek(m_socket->bytesAvailable());
    const HttpRequestFramer::Progress progress = m_framer.feed(arrived);
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
